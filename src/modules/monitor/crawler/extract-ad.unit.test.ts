import { load } from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractAd } from './extract-ad.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { renderAdPage } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

// Parsed as CheerioCrawler does: htmlparser2 into a DOM, then cheerio over it.
const parse = (html: string) => load(parseDocument(html)) as unknown as Parameters<typeof extractAd>[0];

describe('extractAd', () => {
  it('reads every field with the source selectors and keeps image URLs as absolute text', () => {
    const ad = generateCorpus({ seed: 1, operators: 0, singles: 1, edits: 0, insertion: false })[0]!;
    const got = extractAd(parse(renderAdPage(ad)), TEST_SITE_RULES, `http://site.test/ad/${ad.id}`);
    expect(got).toMatchObject({ title: ad.title, text: ad.text, place: ad.city, statedAge: ad.age, contact: ad.phone, postedAt: ad.postedAt });
    expect(got?.imageUrls).toEqual(ad.imageUrls.map((u) => `http://site.test${u}`));
  });

  it('survives malformed HTML and returns null when there is no ad text', () => {
    const broken = '<html><body><article class="ad"><h1 class="title">Kapot <b>opgemaakt<div class="text">tekst zonder einde <p><<>> &&& <script>';
    expect(() => extractAd(parse(broken), TEST_SITE_RULES, 'http://site.test/ad/x')).not.toThrow();
    expect(extractAd(parse('<html><body><p>geen advertentie</p>'), TEST_SITE_RULES, 'http://site.test/ad/y')).toBeNull();
  });

  it('bounds field lengths and the number of image URLs', () => {
    const imgs = Array.from({ length: 80 }, (_, i) => `<img src="/images/${i}.jpg">`).join('');
    const html = `<article class="ad"><h1 class="title">${'t'.repeat(2000)}</h1><div class="text">${'woord '.repeat(10_000)}</div>${imgs}</article>`;
    const got = extractAd(parse(html), TEST_SITE_RULES, 'http://site.test/ad/z');
    expect(got?.title.length).toBe(500);
    expect(got?.text.length).toBeLessThanOrEqual(20_000);
    expect(got?.imageUrls.length).toBe(50);
  });
});
