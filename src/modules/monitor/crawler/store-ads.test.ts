import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/support/app.ts';
import type { Database } from '../../../db/client.ts';
import { recordOccurrences } from '../../identifiers/index.ts';
import { findIdentifierByKey, watchIdentifier } from '../../identifiers/testing.ts';
import { createSource } from '../sources/create-source.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { generateCorpus, type SyntheticAd } from '../testing/generate-corpus.ts';
import { createAdBatcher } from './ad-batcher.ts';
import type { ExtractedAd } from './extract-ad.ts';
import { storeAd, type StoreAdResult } from './store-ad.ts';
import { storeAds, type StoreAdInput } from './store-ads.ts';

// The batched ingest (storeAds) must leave exactly the rows that storing the same ads one by one with
// storeAd leaves: ads, versions with their WARC and hash, scores, identifiers with first/last seen,
// occurrences, and the alerts of a watched number. Two fresh databases, same input, rows compared.

const asExtracted = (a: SyntheticAd): ExtractedAd => ({ title: a.title, text: a.text, place: a.city, statedAge: a.age, price: a.price, postedAt: a.postedAt, contact: a.phone, imageUrls: a.imageUrls });
const urlOf = (id: string) => `https://ads.example.org/ad/${id}`;
const t0 = Date.parse('2026-11-02T10:00:00Z');
const warcOf = (url: string, text: string) => async () => new TextEncoder().encode(`WARC/1.1 fictief ${url} ${text.length}`);

const corpus = generateCorpus({ seed: 41, operators: 4, singles: 12, edits: 2, insertion: true });
// A text past the index's 20,000-character cut (the batch then extracts the cut text itself), and an
// ad without a phone.
const long: SyntheticAd = { ...(corpus[0] as SyntheticAd), id: 'lang', text: `${'heel lange tekst '.repeat(1300)} bel 06-1234 5678 of mail nep@voorbeeld.test` };
const quiet: SyntheticAd = { ...(corpus[1] as SyntheticAd), id: 'stil', phone: '', text: 'Geen nummer hier, alleen tekst over een fictieve advertentie.' };
const first = [...corpus, long, quiet];

/** The first crawl: every ad new, each with its own time. */
const crawl1: StoreAdInput[] = first.map((a, i) => ({ url: urlOf(a.id), ad: asExtracted(a), at: new Date(t0 + i * 1000), warc: warcOf(urlOf(a.id), a.text) }));
/**
 * The second crawl, a day later: most unchanged, some changed (text, phone gone, another phone),
 * some new, and one URL twice in a row (its second copy changed again).
 */
const crawl2: StoreAdInput[] = (() => {
  const at = (i: number) => new Date(t0 + 86_400_000 + i * 1000);
  const items: StoreAdInput[] = first.map((a, i) => {
    const ad = asExtracted(a);
    if (i % 5 === 1) return { url: urlOf(a.id), ad: { ...ad, text: `${ad.text} Nieuw: ook in het weekend.` }, at: at(i) };
    if (i % 7 === 2) return { url: urlOf(a.id), ad: { ...ad, contact: null, text: ad.text.replace(/0\d[\d\s-]{8,}/g, '') }, at: at(i) };
    if (i % 11 === 3) return { url: urlOf(a.id), ad: { ...ad, contact: '06 9876 5432' }, at: at(i) };
    return { url: urlOf(a.id), ad, at: at(i) };
  });
  const extra = generateCorpus({ seed: 42, operators: 1, singles: 3, edits: 1, insertion: false }).map((a) => ({ ...a, id: `nieuw-${a.id}` }));
  for (const [j, a] of extra.entries()) items.push({ url: urlOf(a.id), ad: asExtracted(a), at: at(1000 + j), warc: warcOf(urlOf(a.id), a.text) });
  const twice = first[3] as SyntheticAd;
  items.push({ url: urlOf(twice.id), ad: { ...asExtracted(twice), price: 'op aanvraag' }, at: at(2000) });
  return items;
})();

type Side = { database: Database; drop: () => Promise<void>; sourceId: string };

const setUp = async (): Promise<Side> => {
  const { database, drop } = await openTestDatabase();
  const db = database.db;
  const created = await createSource(
    db,
    { name: 'Batch of niet', startUrls: ['https://ads.example.org/ads'], allowedUrlPatterns: ['^https://ads\\.example\\.org/ad/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor het opslaan in batches.' },
    null,
  );
  if (!created.ok) throw new Error('source');
  // A watched number: the first ad's phone, already known from a fictitious report.
  const user = (await db.execute(
    sql`INSERT INTO users (email, name, password_hash, roles) VALUES ('batch@vangnet.test', 'Test Batch', 'x', ARRAY['analyst']) RETURNING id`,
  )) as unknown as { rows: Array<{ id: string }> };
  await recordOccurrences(db, { source: { type: 'report', id: '00000000-0000-4000-8000-000000000013' }, field: 'description', text: `nummer ${(corpus[0] as SyntheticAd).phone}`, seenAt: new Date(t0 - 86_400_000) });
  const phone = (await db.execute(sql`SELECT key FROM identifiers WHERE kind = 'phone' LIMIT 1`)) as unknown as { rows: Array<{ key: string }> };
  const identifier = await findIdentifierByKey(db, 'phone', phone.rows[0]?.key as string);
  await watchIdentifier(db, { identifierId: identifier?.id as number, userId: user.rows[0]?.id as string });
  return { database, drop, sourceId: created.source.id };
};

const rowsOf = async (side: Side, query: ReturnType<typeof sql>) => ((await side.database.db.execute(query)) as unknown as { rows: unknown[] }).rows;

/** Every row the ingest writes, without generated ids and times, keyed by what they stand for. */
const snapshot = async (side: Side) => ({
  ads: await rowsOf(
    side,
    sql`SELECT url, title, text, place, place_normalised, stated_age, price, posted_at, contact, phones, image_urls, content_hash, versions, group_id IS NULL AS no_group, first_seen_at::text, last_seen_at::text FROM ads ORDER BY url`,
  ),
  versions: await rowsOf(
    side,
    sql`SELECT a.url, v.version, v.content_hash, v.title, v.text, v.place, v.stated_age, v.price, v.posted_at, v.contact, v.image_urls, v.fetched_at::text, encode(v.warc_gz, 'hex') AS warc, v.warc_sha256 FROM ad_versions v JOIN ads a ON a.id = v.ad_id ORDER BY a.url, v.version`,
  ),
  scores: await rowsOf(side, sql`SELECT a.url, s.lexicon_version, s.total, s.fired FROM ad_indicator_scores s JOIN ads a ON a.id = s.ad_id ORDER BY a.url`),
  identifiers: await rowsOf(side, sql`SELECT kind, key, display, first_seen_at::text, last_seen_at::text FROM identifiers ORDER BY kind, key`),
  occurrences: await rowsOf(
    side,
    sql`SELECT i.kind, i.key, coalesce(a.url, o.source_id) AS source, o.source_type, o.field, o.start_pos, o.end_pos, o.mentions, o.raw, o.seen_at::text, o.place
          FROM identifier_occurrences o JOIN identifiers i ON i.id = o.identifier_id LEFT JOIN ads a ON o.source_type = 'ad' AND a.id::text = o.source_id
         ORDER BY 1, 2, 3, 4, 5`,
  ),
  alerts: await rowsOf(
    side,
    sql`SELECT i.key, coalesce(a.url, o.source_id) AS source, al.source_type
          FROM identifier_alerts al JOIN identifiers i ON i.id = al.identifier_id
          LEFT JOIN identifier_occurrences o ON o.id = al.occurrence_id LEFT JOIN ads a ON o.source_type = 'ad' AND a.id::text = o.source_id
         ORDER BY 1, 2`,
  ),
});

const outcomes = (results: StoreAdResult[]) => results.map((r) => `${r.outcome} ${r.contentHash}`);

describe('storing ads in batches leaves the same rows as storing them one by one', () => {
  let single: Side;
  let batched: Side;
  beforeAll(async () => {
    single = await setUp();
    batched = await setUp();
  });
  afterAll(async () => {
    await single?.database.close();
    await single?.drop();
    await batched?.database.close();
    await batched?.drop();
  });

  it('a first crawl and a recrawl (unchanged, changed, new, one URL twice) give equal rows and outcomes', async () => {
    for (const crawl of [crawl1, crawl2]) {
      const one: StoreAdResult[] = [];
      for (const item of crawl) one.push(await storeAd(single.database.db, { sourceId: single.sourceId, ...item }));
      const many: StoreAdResult[] = [];
      // An odd batch size, so batches end in the middle of a template's copies.
      for (let i = 0; i < crawl.length; i += 7) many.push(...(await storeAds(batched.database.db, batched.sourceId, crawl.slice(i, i + 7))));
      expect(outcomes(many)).toEqual(outcomes(one));
    }
    const a = await snapshot(single);
    const b = await snapshot(batched);
    // The input really covers what it claims.
    expect(a.versions.length).toBeGreaterThan(a.ads.length);
    expect(a.alerts.length).toBeGreaterThan(0);
    expect(a.occurrences.length).toBeGreaterThan(a.ads.length / 2);
    for (const table of Object.keys(a) as Array<keyof typeof a>) expect(b[table], table).toEqual(a[table]);
  });

  it('all ads in one batch gives the same rows too', async () => {
    const { database, drop } = await openTestDatabase();
    try {
      const created = await createSource(
        database.db,
        { name: 'Batch of niet', startUrls: ['https://ads.example.org/ads'], allowedUrlPatterns: ['^https://ads\\.example\\.org/ad/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor het opslaan in batches.' },
        null,
      );
      if (!created.ok) throw new Error('source');
      const side = { database, drop, sourceId: created.source.id };
      await storeAds(database.db, side.sourceId, crawl1);
      await storeAds(database.db, side.sourceId, crawl2);
      const all = await snapshot(side);
      const one = await snapshot(single);
      expect(all.ads).toEqual(one.ads);
      expect(all.versions).toEqual(one.versions);
      expect(all.scores).toEqual(one.scores);
      expect(all.occurrences.filter((o) => (o as { source_type: string }).source_type === 'ad')).toEqual(one.occurrences.filter((o) => (o as { source_type: string }).source_type === 'ad'));
    } finally {
      await database.close();
      await drop();
    }
  });

  it("the crawler's batcher: a batch with one bad ad stores the others one by one and reports only the bad one", async () => {
    const side = await setUp();
    try {
      const done: string[] = [];
      const failed: string[] = [];
      const batcher = createAdBatcher<string>(side.database.db, {
        sourceId: side.sourceId,
        lexicon: (await import('../indicators/lexicon-v1.ts')).LEXICON_V1,
        size: 4,
        done: async (r, tag) => {
          done.push(`${tag} ${r.outcome}`);
        },
        failed: async (_e, tag) => {
          failed.push(tag);
        },
      });
      const items = crawl1.slice(0, 6);
      // An ad without a title cannot be stored: the whole first batch fails, then only this ad.
      const bad = { ...(items[1] as StoreAdInput), ad: { ...(items[1] as StoreAdInput).ad, title: null as unknown as string } };
      for (const [i, item] of [items[0], bad, ...items.slice(2)].entries()) await batcher.add(item as StoreAdInput, `ad${i}`);
      await batcher.close();
      expect(failed).toEqual(['ad1']);
      expect(done).toEqual(['ad0 new', 'ad2 new', 'ad3 new', 'ad4 new', 'ad5 new']);
      expect(await rowsOf(side, sql`SELECT count(*)::int AS n FROM ads`)).toEqual([{ n: 5 }]);
    } finally {
      await side.database.close();
      await side.drop();
    }
  });
});
