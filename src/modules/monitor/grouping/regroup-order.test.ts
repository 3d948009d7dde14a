import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/support/app.ts';
import type { Database } from '../../../db/client.ts';
import type { ExtractedAd } from '../crawler/extract-ad.ts';
import { storeAds } from '../crawler/store-ads.ts';
import { createSource } from '../sources/create-source.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { generateCorpus, type SyntheticAd } from '../testing/generate-corpus.ts';
import { regroupAds } from './regroup-ads.ts';

// Issue 13: ads crawled in one batch share their first-seen time. The groups, their operator keys
// and the scores after regrouping must not depend on the order the crawler happened to store them
// in; and the regrouping's reuse of stored scores must give what scoring every ad again gives.

const asExtracted = (a: SyntheticAd): ExtractedAd => ({ title: a.title, text: a.text, place: a.city, statedAge: a.age, price: a.price, postedAt: a.postedAt, contact: a.phone, imageUrls: a.imageUrls });
const urlOf = (id: string) => `https://ads.example.org/ad/${id}`;
const at = new Date('2026-11-02T10:00:00Z');
const corpus = generateCorpus({ seed: 57, operators: 8, singles: 20, edits: 3, insertion: true });

/** A fixed shuffle (Fisher–Yates with a small LCG), so a failure can be run again. */
const shuffled = <T,>(items: T[], seed: number): T[] => {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

type Side = { database: Database; drop: () => Promise<void>; sourceId: string };

const setUp = async (): Promise<Side> => {
  const { database, drop } = await openTestDatabase();
  const created = await createSource(
    database.db,
    { name: 'Volgorde', startUrls: ['https://ads.example.org/ads'], allowedUrlPatterns: ['^https://ads\\.example\\.org/ad/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor de volgorde van opslaan.' },
    null,
  );
  if (!created.ok) throw new Error('source');
  return { database, drop, sourceId: created.source.id };
};

const rowsOf = async (side: Side, query: ReturnType<typeof sql>) => ((await side.database.db.execute(query)) as unknown as { rows: unknown[] }).rows;

/** Groups as the URLs of their ads, the operator as the URL of the ad its key names, and the scores by URL. */
const snapshot = async (side: Side) => ({
  groups: await rowsOf(
    side,
    sql`SELECT array_agg(a.url ORDER BY a.url) AS urls, g.size, g.template_text, g.cities, g.phones, (SELECT k.url FROM ads k WHERE k.id::text = g.operator_key) AS operator
          FROM ad_groups g JOIN ads a ON a.group_id = g.id GROUP BY g.id ORDER BY 1`,
  ),
  scores: await rowsOf(side, sql`SELECT a.url, s.lexicon_version, s.total, s.fired FROM ad_indicator_scores s JOIN ads a ON a.id = s.ad_id ORDER BY a.url`),
});

describe('regrouping does not depend on the order ads were stored in', () => {
  let inOrder: Side;
  let reordered: Side;
  beforeAll(async () => {
    inOrder = await setUp();
    reordered = await setUp();
  });
  afterAll(async () => {
    for (const side of [inOrder, reordered]) {
      await side?.database.close();
      await side?.drop();
    }
  });

  it('the same ads stored in another order, all seen at the same time, give the same groups, operators and scores', async () => {
    const items = corpus.map((a) => ({ url: urlOf(a.id), ad: asExtracted(a), at }));
    await storeAds(inOrder.database.db, inOrder.sourceId, items);
    // Stored in three batches of a shuffled order, as a crawl with several workers might.
    const mixed = shuffled(items, 2026);
    for (let i = 0; i < mixed.length; i += 40) await storeAds(reordered.database.db, reordered.sourceId, mixed.slice(i, i + 40));
    await regroupAds(inOrder.database.db);
    await regroupAds(reordered.database.db);

    const a = await snapshot(inOrder);
    const b = await snapshot(reordered);
    expect(a.groups.length).toBeGreaterThanOrEqual(8);
    expect(b.groups).toEqual(a.groups);
    expect(b.scores).toEqual(a.scores);
  });

  it('reusing the stored scores gives the same scores as reading every ad again', async () => {
    const reused = (await snapshot(inOrder)).scores;
    // A score of another lexicon version is not reused: every ad is read and scored again.
    await inOrder.database.db.execute(sql`UPDATE ad_indicator_scores SET lexicon_version = 'ouder', fired = '[]'::jsonb, total = 0`);
    await regroupAds(inOrder.database.db);
    const again = (await snapshot(inOrder)).scores;
    expect(again).toEqual(reused);
    expect(reused.some((s) => (s as { fired: Array<{ id: string }> }).fired.some((f) => f.id.startsWith('phone-many')))).toBe(true);
  });
});
