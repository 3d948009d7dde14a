import type { AppContext } from '../../../app/context.ts';
import type { DemoOptions } from '../../../app/module.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { type PageContent, parseBlocks, plainText } from '../pages/blocks.ts';
import { dutchDay } from './count-campaign-event.ts';
import { bumpCount, findPageBySlug, insertCampaignPath, insertPage, insertVersion, updatePage } from '../queries.ts';

const DEMO = { userId: null, label: 'Demo (fictief)' };

type DemoCampaign = { slug: string; codes: string[]; nl: [string, string, string]; en: [string, string, string] };

/** Clearly fictitious campaigns: the town, the fair and the hotel chain do not exist. */
const CAMPAIGNS: DemoCampaign[] = [
  {
    slug: 'demo-kermis-voorbeeldstad',
    codes: ['demo-kermis'],
    nl: [
      'Kermis Voorbeeldstad (fictieve demo)',
      'Dit is een verzonnen campagne om Vangnet te laten zien.',
      'Iemand op de kermis wil een fotoshoot met je doen? Let op: zo begint het soms.\n\n- Ga niet mee met iemand die je net kent.\n- Geef je nummer niet zomaar.\n\n>> Vertel het ons | /melden',
    ],
    en: [
      'Voorbeeldstad fair (fictitious demo)',
      'This is a made-up campaign to show Vangnet.',
      'Someone at the fair wants to do a photo shoot with you? Watch out: this is how it sometimes starts.\n\n- Do not go along with someone you just met.\n- Do not give your number just like that.\n\n>> Tell us | /melden',
    ],
  },
  {
    slug: 'demo-hotel-voorbeeld',
    codes: ['demo-hotel', 'demo-hotel-qr'],
    nl: [
      'Hotels in Voorbeeldstad (fictieve demo)',
      'Een verzonnen campagne voor hotelmedewerkers.',
      'Ziet u een jongere die steeds met andere volwassenen naar een kamer gaat? Meld het.\n\n>> Meld het online | /melden',
    ],
    en: [
      'Hotels in Voorbeeldstad (fictitious demo)',
      'A made-up campaign for hotel staff.',
      'Do you see a young person who keeps going to a room with different adults? Report it.\n\n>> Report online | /melden',
    ],
  },
];

const content = (c: DemoCampaign): PageContent => {
  const lang = ([title, summary, source]: [string, string, string]) => ({ title, summary, source, blocks: parseBlocks(source) });
  return { nl: lang(c.nl), en: lang(c.en) };
};

/** `vangnet demo`: two published fictitious campaigns with a week of made-up counts. Safe to run twice. */
export const loadDemoCampaigns = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  for (const c of CAMPAIGNS) {
    if (await findPageBySlug(ctx.db, c.slug)) continue;
    await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const page = await insertPage(tx, { slug: c.slug, kind: 'campaign', latestVersion: 1, createdAt: now, updatedAt: now });
      if (!page) return;
      const body = content(c);
      const version = await insertVersion(tx, {
        pageId: page.id,
        number: 1,
        content: body,
        reason: 'Demo (fictief) / demo (fictitious)',
        status: 'published',
        createdByLabel: DEMO.label,
        createdAt: now,
        reviewedByLabel: DEMO.label,
        reviewedAt: now,
      });
      await updatePage(tx, page.id, { publishedVersionId: version.id, searchNl: plainText(body.nl), searchEn: plainText(body.en) });
      for (const code of c.codes) {
        await insertCampaignPath(tx, code, page.id);
        for (let d = 0; d < 7; d += 1) {
          const day = dutchDay(new Date(now.getTime() - d * 24 * 3600 * 1000));
          // Made-up, varied numbers so the chart has a shape.
          for (let v = 0; v < ((d * 7 + code.length) % 9) + 2; v += 1) await bumpCount(tx, code, day, 'visits');
          if (d % 2 === 0) await bumpCount(tx, code, day, 'reportsBegun');
          if (d % 4 === 0) await bumpCount(tx, code, day, 'reportsSent');
        }
      }
      await recordAuditEvent(tx, { actor: DEMO, action: 'info.page.demo', targetType: 'info_page', targetId: page.id, details: { slug: c.slug } });
    });
    options.print(`Demo-campagne (fictief): ${c.slug} op ${c.codes.map((x) => `/c/${x}`).join(', ')}`);
  }
};
