import type { TestClient } from '../../../test/support/client.ts';
import type { AppContext } from '../../app/context.ts';
import { parseBlocks, plainText } from './pages/blocks.ts';
import { insertPage, insertVersion, updatePage } from './queries.ts';

/** Test helpers for public-info: a filled-in page editor form with fictitious text. */
export const pageForm = (o: { nl?: string; en?: string; reason?: string; basis?: number; extra?: Record<string, string> } = {}) => ({
  titleNl: 'Testpagina (fictief)',
  summaryNl: 'Een samenvatting.',
  sourceNl: o.nl ?? '## Kop\n\nTekst met **vet**.\n\n>> Meld het online | /melden',
  titleEn: 'Test page (fictitious)',
  summaryEn: 'A summary.',
  sourceEn: o.en ?? '## Heading\n\nText with **bold**.\n\n>> Report online | /melden',
  reason: o.reason ?? 'Test',
  basis: String(o.basis ?? 0),
  actie: 'opslaan',
  ...o.extra,
});

/** Creates a page or campaign through the staff form; returns its id. */
export const createThroughForm = async (client: TestClient, o: { slug: string; kind: 'page' | 'campaign'; codes?: string; nl?: string }): Promise<string> => {
  await client.get('/inhoud/nieuw');
  const res = await client.post('/inhoud/nieuw', pageForm({ nl: o.nl, extra: { slug: o.slug, kind: o.kind, codes: o.codes ?? '' } }));
  const id = /^\/inhoud\/([0-9a-f-]{36})/.exec(String(res.headers.location ?? ''))?.[1];
  if (res.statusCode !== 303 || !id) throw new Error(`create: ${res.statusCode} ${res.body.slice(0, 1500)}`);

  return id;
};

/** The id of the version with this number, read from the page's history. */
export const versionIdFrom = async (client: TestClient, pageId: string, number: number): Promise<string> => {
  const page = await client.get(`/inhoud/${pageId}/versies/${number}`);
  const id = /action="\/inhoud\/versies\/([0-9a-f-]{36})\/goedkeuren"/.exec(page.body)?.[1];
  if (!id) throw new Error(`no approve form on version ${number}: ${page.statusCode}`);

  return id;
};

const WORDS = ['jongeren', 'signalen', 'school', 'hotelkamer', 'chauffeur', 'ouders', 'geld', 'chantage', 'sexting', 'anoniem', 'melden', 'hulp', 'kermis', 'vrienden', 'telefoon'];

/** Benchmarks: `count` published fictitious pages with varied words, straight into the tables. */
export const loadBenchPages = async (ctx: AppContext, count: number): Promise<void> => {
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 60 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(' ');
    const source = `## Fictieve pagina ${i}\n\n${words}.\n\n- ${WORDS[i % WORDS.length]}\n\n>> Meld het | /melden`;
    const lang = { title: `Benchpagina ${i} (fictief)`, summary: words.slice(0, 80), source, blocks: parseBlocks(source) };
    const content = { nl: lang, en: { ...lang, title: `Bench page ${i} (fictitious)` } };
    const page = await insertPage(ctx.db, { slug: `bench-${i}`, kind: 'page', latestVersion: 1 });
    if (!page) continue;
    const v = await insertVersion(ctx.db, { pageId: page.id, number: 1, content, reason: 'bench', status: 'published', createdByLabel: 'bench', createdAt: ctx.clock.now() });
    await updatePage(ctx.db, page.id, { publishedVersionId: v.id, searchNl: plainText(content.nl), searchEn: plainText(content.en) });
  }
};
