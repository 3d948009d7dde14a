// Crawlee hands us the CommonJS build of cheerio; its types differ nominally from the ESM build.
import type { CheerioAPI } from 'cheerio' with { 'resolution-mode': 'require' };
import type { SelectorRules } from '../sources/selector-rules.ts';

export type ExtractedAd = {
  title: string;
  text: string;
  place: string | null;
  statedAge: number | null;
  price: string | null;
  postedAt: string | null;
  contact: string | null;
  /** Absolute image URLs, as text. Never fetched. */
  imageUrls: string[];
};

const LIMITS = { title: 500, text: 20_000, field: 200, images: 50 };

const clean = (s: string, max: number) => s.replace(/\s+/g, ' ').trim().slice(0, max);

/** Reads an ad's fields with the source's selectors. Returns null when the page has no ad text. */
export const extractAd = ($: CheerioAPI, rules: SelectorRules, pageUrl: string): ExtractedAd | null => {
  const field = (sel: string | undefined, max = LIMITS.field) => (sel ? clean($(sel).first().text(), max) || null : null);
  const text = field(rules.text, LIMITS.text);
  if (!text) return null;
  const ageText = field(rules.age);
  const age = ageText ? Number.parseInt(ageText.replace(/\D+/g, ''), 10) : Number.NaN;
  const dateEl = rules.date ? $(rules.date).first() : null;
  const imageUrls: string[] = [];
  if (rules.images) {
    $(rules.images).each((_, el) => {
      if (imageUrls.length >= LIMITS.images) return;
      const raw = $(el).attr('src') ?? $(el).attr('href');
      if (!raw) return;
      // A picture written into the page is never kept, not even as text: only its media type.
      if (/^\s*data:/i.test(raw)) {
        imageUrls.push(`${raw.trim().slice(0, raw.trim().search(/[;,]/) > 0 ? raw.trim().search(/[;,]/) : 40)} (in de pagina zelf, niet bewaard)`);
        return;
      }
      try {
        imageUrls.push(new URL(raw, pageUrl).href);
      } catch {
        // A broken URL is not worth recording.
      }
    });
  }

  return {
    title: field(rules.title, LIMITS.title) ?? '',
    text,
    place: field(rules.place),
    statedAge: Number.isFinite(age) && age > 0 && age < 120 ? age : null,
    price: field(rules.price),
    postedAt: dateEl ? clean(dateEl.attr('datetime') ?? dateEl.text(), 40) || null : null,
    contact: field(rules.contact),
    imageUrls,
  };
};
