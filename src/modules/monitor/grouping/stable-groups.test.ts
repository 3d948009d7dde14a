import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createSource } from '../sources/create-source.ts';
import { selectAdsOfSource, selectGroups } from '../queries/ads.ts';
import { regroupAds } from './regroup-ads.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { storeAd } from '../crawler/store-ad.ts';
import { generateCorpus, type SyntheticAd } from '../testing/generate-corpus.ts';

const asExtracted = (a: SyntheticAd) => ({ title: a.title, text: a.text, place: a.city, statedAge: a.age, price: a.price, postedAt: a.postedAt, contact: a.phone, imageUrls: a.imageUrls });

/** Group id per truth group (every copy of a template must be in one stored group). */
const groupIdsByTruth = async (app: TestApp, sourceId: string, corpus: SyntheticAd[]) => {
  const stored = await selectAdsOfSource(app.ctx.db, sourceId);
  const byUrl = new Map(stored.map((a) => [a.url, a.groupId]));
  const out = new Map<string, string | null>();
  for (const c of corpus) out.set(c.truth.groupId, byUrl.get(`https://ads.example.org/ad/${c.id}`) ?? null);

  return out;
};

describe('template groups keep their ids across regroupings', () => {
  const corpus = generateCorpus({ seed: 33, operators: 3, singles: 5, edits: 1, insertion: true });
  // Held back: one more copy of the first operator's template, and a whole new operator.
  const firstGroup = corpus[0]!.truth.groupId;
  const extraCopy = corpus.filter((c) => c.truth.groupId === firstGroup).at(-1)!;
  const later = generateCorpus({ seed: 34, operators: 1, singles: 0, edits: 1, insertion: true }).map((a) => ({ ...a, id: `later-${a.id}` }));
  const initial = corpus.filter((c) => c !== extraCopy);
  let app: TestApp;
  let sourceId = '';
  const store = (ads: SyntheticAd[]) =>
    Promise.all(ads.map((a) => storeAd(app.ctx.db, { sourceId, url: `https://ads.example.org/ad/${a.id}`, ad: asExtracted(a) })));

  beforeAll(async () => {
    app = await createTestApp();
    const created = await createSource(
      app.ctx.db,
      { name: 'Vaste groepen', startUrls: ['https://ads.example.org/ads'], allowedUrlPatterns: ['^https://ads\\.example\\.org/ad/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor groepsnummers.' },
      null,
    );
    if (!created.ok) throw new Error('source');
    sourceId = created.source.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('regrouping twice keeps every id; an ad joining a group keeps its id; a new operator gets a new group', async () => {
    await store(initial);
    await regroupAds(app.ctx.db);
    const first = await groupIdsByTruth(app, sourceId, initial);
    const groupsBefore = await selectGroups(app.ctx.db);
    expect(groupsBefore.length).toBeGreaterThanOrEqual(3);
    const before = new Map(groupsBefore.map((g) => [g.id, g]));

    await regroupAds(app.ctx.db);
    expect(await groupIdsByTruth(app, sourceId, initial)).toEqual(first);
    expect((await selectGroups(app.ctx.db)).map((g) => g.id).sort()).toEqual([...before.keys()].sort());

    await store([extraCopy, ...later]);
    await regroupAds(app.ctx.db);
    const after = await groupIdsByTruth(app, sourceId, [...initial, extraCopy]);
    for (const [truth, id] of first) expect(after.get(truth), truth).toBe(id);
    const grown = (await selectGroups(app.ctx.db)).find((g) => g.id === first.get(firstGroup))!;
    expect(grown.size).toBe(before.get(grown.id)!.size + 1);
    expect(grown.createdAt.getTime()).toBe(before.get(grown.id)!.createdAt.getTime());

    const newOperator = await groupIdsByTruth(app, sourceId, later);
    const newIds = [...new Set(newOperator.values())];
    expect(newIds.length).toBeGreaterThan(0);
    for (const id of newIds) {
      expect(id).not.toBeNull();
      expect(before.has(id!)).toBe(false);
    }
  });
});
