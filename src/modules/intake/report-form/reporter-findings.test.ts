import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import type { FormAnswers } from '../testing.ts';
import { findIdentity, findReportByNumber } from '../queries.ts';

/** Reporter-side findings of issue 14, each seen as the reporter sees it (HTTP, no JavaScript). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const VICTIM: FormAnswers = {
  wie: { reporterKind: 'victim' },
  gevaar: { dangerNow: 'no' },
  wat: { whatHappened: 'Hij kijkt op mijn telefoon.' },
  contact: { anonymous: 'yes' },
  toestemming: { consentPolice: 'no', consentCare: 'yes', consentZvh: 'no' },
};

/** Starts a draft and posts the given steps; returns the client. */
const walk = async (answers: FormAnswers): Promise<TestClient> => {
  const client = publicClient(t.publicApp);
  await client.get('/melden');
  await client.post('/melden/start');
  for (const [slug, form] of Object.entries(answers)) await client.post(`/melden/${slug}`, form);

  return client;
};

describe('issue 14: the receipt page', () => {
  it('keeps each group of the receipt together and gives safe advice instead of "take a photo"', async () => {
    const third = await walk(VICTIM);
    await third.post('/melden/versturen');
    const shown = (await third.get('/melden/ontvangen')).body;
    const code = /<code class="vn-secret vn-receipt" data-testid="receipt">(.*?)<\/code>/s.exec(shown)?.[1] ?? '';
    const groups = [...code.matchAll(/<span>([0-9]+-?)<\/span>/g)].map((m) => m[1]);
    expect(groups).toHaveLength(6);
    expect(groups[0]).toMatch(/^[0-9]{8}-$/);
    expect(groups.slice(1, 5).every((g) => /^[0-9]{5}-$/.test(g ?? ''))).toBe(true);
    expect(groups[5]).toMatch(/^[0-9]{5}$/);
    expect(shown).not.toContain('maak er een foto van');
    expect(shown).toContain('Maak geen foto');
    expect(shown).toContain('op papier');
    expect(shown).toContain('Verlaat deze site');
    const css = (await t.publicApp.inject({ method: 'GET', url: '/assets/vangnet.css' })).body;
    expect(css.replace(/\s/g, '')).toContain('.vn-receiptspan{white-space:nowrap}');
  });
});

describe('issue 14: anonymous means no contact fields', () => {
  it('hides name, phone and e-mail once "anonymous" is chosen and never stores them', async () => {
    const client = await walk({ wie: { reporterKind: 'victim' } });
    const page = (await client.get('/melden/contact')).body;
    // The contact fields sit in a block the stylesheet hides unless "not anonymous" is checked.
    expect(page).toMatch(/<fieldset class="[^"]*vn-if-contact[^"]*">(?:(?!<\/fieldset>).)*name="phone"/s);
    const css = (await t.publicApp.inject({ method: 'GET', url: '/assets/vangnet.css' })).body.replace(/\s/g, '');
    expect(css).toMatch(/form:not\(:has\(\[name="?anonymous"?\]\[value="?no"?\]:checked\)\)\.vn-if-contact\{display:none\}/);
    // A browser that still sends typed contact data with "anonymous" keeps none of it.
    for (const [slug, form] of Object.entries({ ...VICTIM, contact: { anonymous: 'yes', name: 'Testnaam Geheim', phone: '06-12347777', email: 'geheim@vangnet.test' } })) {
      await client.post(`/melden/${slug}`, form);
    }
    const check = (await client.get('/melden/controle')).body;
    expect(check).not.toContain('Testnaam Geheim');
    expect(check).not.toContain('06-12347777');
    await client.post('/melden/versturen');
    const number = /Meldingsnummer: ([0-9]{8})/.exec((await client.get('/melden/ontvangen')).body)?.[1] ?? '';
    const report = await findReportByNumber(t.ctx.db, number);
    expect(report?.anonymous).toBe(true);
    expect(await findIdentity(t.ctx.db, report!.id)).toBeNull();
    expect(JSON.stringify(report?.answers)).not.toMatch(/Testnaam|12347777|geheim@/);
  });
});
