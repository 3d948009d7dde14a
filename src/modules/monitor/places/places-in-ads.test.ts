import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { createSource } from '../sources/create-source.ts';
import { selectAdsOfSource, selectGroups, selectScores, updatePlaceNormalised } from '../queries/ads.ts';
import { regroupAds } from '../grouping/regroup-ads.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { storeAd } from '../crawler/store-ad.ts';

const TEMPLATE = 'Hoi lieve heren, ik ben {naam}, een sportieve dame met lange benen. Discreet ontvangst in een schone privé kamer met douche. Bel of app gerust voor een afspraak, ook in het weekend. Tot snel, kusjes.';

/** Places as ads write them: one spelling for groups and for "same phone in many cities"; the raw text stays. */
describe('normalised places in stored ads, groups and the cross-ad indicator', () => {
  let app: TestApp;
  let sourceId = '';
  const store = (n: number, name: string, place: string, phone: string) =>
    storeAd(app.ctx.db, {
      sourceId,
      url: `http://127.0.0.1:9/ad/${n}`,
      ad: { title: `${name} nieuw`, text: TEMPLATE.replace('{naam}', name), place, statedAge: 25, price: null, postedAt: '2026-11-20', contact: phone, imageUrls: [] },
    });

  beforeAll(async () => {
    app = await createTestApp();
    const source = await createSource(app.ctx.db, { name: 'Plaatsen', startUrls: ['http://127.0.0.1:9/ads'], allowedUrlPatterns: ['^http://127.0.0.1:9/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor plaatsen.' }, null);
    if (!source.ok) throw new Error('source');
    sourceId = source.source.id;
    await store(1, 'Lisa', "A'dam", '06-12345671');
    await store(2, 'Mila', 'amsterdam centrum', '06-12345671');
    await store(3, 'Sara', 'Adam', '06-12345671');
    await store(4, 'Nina', "'s-Gravenhage", '06-12345671');
    await store(5, 'Eva', 'Den Haag', '06-12345671');
    await regroupAds(app.ctx.db);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stores the normalised place next to the raw one', async () => {
    const ads = await selectAdsOfSource(app.ctx.db, sourceId);
    expect(ads.map((a) => [a.place, a.placeNormalised]).sort()).toEqual([
      ["'s-Gravenhage", 'Den Haag'],
      ["A'dam", 'Amsterdam'],
      ['Adam', 'Amsterdam'],
      ['Den Haag', 'Den Haag'],
      ['amsterdam centrum', 'Amsterdam'],
    ]);
  });

  it('groups list each city once, and five spellings of two cities do not make "many cities"', async () => {
    const groups = await selectGroups(app.ctx.db);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.cities).toEqual(['Amsterdam', 'Den Haag']);
    const ads = await selectAdsOfSource(app.ctx.db, sourceId);
    const scores = await selectScores(app.ctx.db, ads.map((a) => a.id));
    expect(scores.flatMap((s) => s.fired.map((f) => f.id))).not.toContain('phone-many-cities');

    await store(6, 'Roos', 'Utrecht', '06-12345671');
    await regroupAds(app.ctx.db);
    const after = await selectScores(app.ctx.db, (await selectAdsOfSource(app.ctx.db, sourceId)).map((a) => a.id));
    const fired = after[0]?.fired.find((f) => f.id === 'phone-many-cities');
    expect(fired?.matches).toEqual(['+31612345671: 3 steden']);
  });

  it('the ads page shows the normalised place with the raw text; regrouping refreshes stale values', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['analyst']);
    const page = await client.get('/monitor');
    expect(page.body).toContain('data-place-normalised="Amsterdam">Amsterdam</span> (in de advertentie: “A&#39;dam”)');
    expect(page.body).toContain('data-place-normalised="Den Haag">Den Haag</span> ·');

    // A value stored by an older place list (or none at all) is put right at the next regrouping.
    const ads = await selectAdsOfSource(app.ctx.db, sourceId);
    await updatePlaceNormalised(app.ctx.db, null, ads.map((a) => a.id));
    await regroupAds(app.ctx.db);
    expect((await selectAdsOfSource(app.ctx.db, sourceId)).every((a) => a.placeNormalised !== null)).toBe(true);
  });
});
