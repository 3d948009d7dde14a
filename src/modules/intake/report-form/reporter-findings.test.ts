import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import type { FormAnswers } from '../testing.ts';

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
