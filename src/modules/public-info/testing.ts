import type { TestClient } from '../../../test/support/client.ts';

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
