import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { TestClient } from '../../../../test/support/client.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import type { Role } from '../../accounts/index.ts';
import { clearFigureCache } from '../dashboard/figure-cache.ts';
import { addChainRecords, partnerOrganisation } from '../testing.ts';

// Fictitious chain records. Partner A (a ZVH organisation): February 2026 14 referrals (5 care started,
// 5 closed, 2 declined, 2 without contact), March 6 (5 contact made, 1 declined), April 4 waiting,
// May 1 accepted; March 7 shares (5 still open and read, 2 stopped). Partner B: 3 referrals in March.
const clock = testClock('2026-06-15T10:00:00Z');
let t: TestApp;
let orgA: string;
let orgB: string;

const rep = (n: number, s: string) => Array.from({ length: n }, () => s);

beforeAll(async () => {
  t = await createTestApp({ clock });
  const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
  const userId = sup.user.id;
  orgA = (await partnerOrganisation(t, 'zvh')).id;
  orgB = (await partnerOrganisation(t, 'care')).id;
  await addChainRecords(t, { organisationId: orgA, userId, at: '2026-02-10T12:00:00Z', referrals: [...rep(5, 'care_started'), ...rep(5, 'closed'), ...rep(2, 'declined'), ...rep(2, 'no_contact')] });
  await addChainRecords(t, {
    organisationId: orgA,
    userId,
    at: '2026-03-10T12:00:00Z',
    referrals: [...rep(5, 'contact_made'), 'declined'],
    shares: [...rep(5, 'x').map(() => ({ live: true, read: true })), { live: false, read: false }, { live: false, read: false }],
  });
  await addChainRecords(t, { organisationId: orgA, userId, at: '2026-04-10T12:00:00Z', referrals: ['sent', 'sent', 'received', 'received'] });
  await addChainRecords(t, { organisationId: orgA, userId, at: '2026-05-10T12:00:00Z', referrals: ['accepted'] });
  await addChainRecords(t, { organisationId: orgB, userId, at: '2026-03-11T12:00:00Z', referrals: ['sent', 'accepted', 'declined'] });
});
afterAll(async () => {
  await t?.close();
});

/** The cells of a table by row heading (the month, or "Totaal"), in column order. */
const rows = (html: string, tableId: string): Map<string, string[]> => {
  const section = html.split(`id="sectie-${tableId}"`)[1]?.split('</section>')[0] ?? '';
  const out = new Map<string, string[]>();
  for (const row of section.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const head = /<th[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/.exec(row[1] ?? '')?.[1];
    if (head) out.set(head, [...(row[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1] ?? ''));
  }
  return out;
};

const SMALL = '&lt; 5';
// Every staff role but partner (accounts/roles.ts; the type keeps the names honest).
const OTHER_ROLES: Role[] = ['intake', 'investigator', 'supervisor', 'decoy_operator', 'legal_reviewer', 'analyst', 'privacy_officer', 'admin', 'communications', 'municipality'];

describe('the chain partner dashboard', () => {
  it("shows a partner its own organisation's referrals, their states and its shares, small cells as < 5", async () => {
    const a = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: orgA });
    const page = await a.client.get('/cijfers/keten?van=2026-01&tot=2026-06');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/Ketencijfers van Partner zvh \(fictief\)/);
    const ref = rows(page.body, 'verwijzingen');
    // Columns: all, waiting, accepted, declined, contact made, care started, no contact, closed.
    expect(ref.get('2026-02')).toEqual(['14', SMALL, SMALL, SMALL, SMALL, '5', SMALL, '5']);
    // March: 6 = 5 contact made + 1 declined; the split would give the 1 away, so it is withheld.
    expect(ref.get('2026-03')).toEqual(['6', ...rep(7, 'niet getoond')]);
    expect(ref.get('2026-04')?.[0]).toBe(SMALL);
    expect(ref.get('2026-05')?.[0]).toBe(SMALL);
    expect(ref.get('2026-01')?.[0]).toBe(SMALL);
    // The total counts only shown cells: 14 + 6, a lower bound because April and May are small.
    expect(ref.get('Totaal')?.[0]).toBe('≥ 20');
    const shares = rows(page.body, 'gedeeld');
    expect(shares.get('2026-03')?.[0]).toBe('7');
    // 5 of 7 still open: the rest (2) would follow by subtraction, so that split is withheld.
    expect(shares.get('2026-03')?.[1]).toBe('niet getoond');
    // Nothing of partner B, nothing of a record.
    expect(page.body).not.toContain('Partner care');
    for (const marker of ['DOSSIER-MARKER', 'VRAAG-MARKER', 'REDEN-MARKER']) expect(page.body).not.toContain(marker);
    expect(page.body).not.toContain('<script');

    const b = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: orgB });
    const pageB = await b.client.get('/cijfers/keten?van=2026-01&tot=2026-06');
    const refB = rows(pageB.body, 'verwijzingen');
    expect(refB.get('2026-03')?.[0]).toBe(SMALL);
    expect(refB.get('2026-02')?.[0]).toBe(SMALL);
    expect(pageB.body).not.toContain('Partner zvh');
  });

  it('gives no small number away by subtraction over any pair of periods', async () => {
    clearFigureCache(t.ctx);
    const a = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: orgA });
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
    const totals: { from: number; to: number; text: string }[] = [];
    for (let i = 0; i < months.length; i++) {
      for (let j = i; j < months.length; j++) {
        const page = await a.client.get(`/cijfers/keten?van=${months[i]}&tot=${months[j]}`);
        expect(page.statusCode).toBe(200);
        totals.push({ from: i, to: j, text: rows(page.body, 'verwijzingen').get('Totaal')?.[0] ?? '' });
      }
    }
    // Every number shown is a sum of months of 5 or more (February 14, March 6): the 4 of April and
    // the 1 of May never enter any number, so no difference of two pages can reveal them.
    for (const x of totals) {
      const m = /^(?:≥ )?([0-9.]+)$/.exec(x.text);
      if (!m) {
        expect([SMALL, 'kleine of niet getoonde aantallen'], x.text).toContain(x.text);
        continue;
      }
      const n = Number(m[1]);
      expect([6, 14, 20], `${months[x.from]}..${months[x.to]}: ${x.text}`).toContain(n);
      const coversSmall = x.from === 0 || x.to >= 3;
      if (coversSmall) expect(x.text, `${months[x.from]}..${months[x.to]}`).not.toMatch(/^[0-9]+$/);
    }
  });

  it('refuses another organisation or an area, and every role but partner (authorisation matrix)', async () => {
    const a = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: orgA });
    for (const q of [`organisatie=${orgB}`, 'gemeente=GM0363', 'regio=Twente']) {
      const res = await a.client.get(`/cijfers/keten?${q}`);
      expect(res.statusCode, q).toBe(403);
      expect(res.body).toContain('U ziet alleen de cijfers van uw eigen organisatie.');
      expect(res.body).not.toContain('Partner care');
    }
    // A partner sees no municipality or national dashboard and no assessment.
    for (const path of ['/cijfers', '/cijfers.csv', '/gemeente', '/beheer/gemeenten']) expect((await a.client.get(path)).statusCode, path).toBe(403);
    // A partner account without an organisation: an explanation, never figures.
    const lost = await signedInAs(t.ctx, t.staffApp, ['partner']);
    const none = await lost.client.get('/cijfers/keten');
    expect(none.statusCode).toBe(200);
    expect(none.body).toContain('hoort nog niet bij een organisatie');
    expect(none.body).not.toContain('sectie-verwijzingen');
    // Every other role, even with the partner's organisation on its account: 403.
    for (const role of OTHER_ROLES) {
      const other = await signedInAs(t.ctx, t.staffApp, [role], { organisationId: orgA });
      expect((await other.client.get('/cijfers/keten')).statusCode, role).toBe(403);
    }
    // Not signed in: never the page.
    const anon = await new TestClient(t.staffApp).get('/cijfers/keten');
    expect(anon.statusCode).not.toBe(200);
    expect(anon.body).not.toContain('sectie-verwijzingen');
  });

  it('answers hostile and impossible periods with a Dutch message, never a 500', async () => {
    const a = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: orgA });
    const fixed = ['2026-13', '2026-00', '1999-12', '2027-01', "'; DROP TABLE chain_referrals; --", '<script>alert(1)</script>', '２０２６-０１', '2026-1', '%00', 'x'.repeat(500)];
    for (const v of fixed) {
      const res = await a.client.get(`/cijfers/keten?van=${encodeURIComponent(v)}&tot=2026-06`);
      expect(res.statusCode, v).toBe(400);
      expect(res.body).toContain('Deze keuze kunnen we niet tonen');
      expect(res.body).not.toContain('<script>alert(1)</script>');
    }
    const reversed = await a.client.get('/cijfers/keten?van=2026-06&tot=2026-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('De beginmaand ligt na de eindmaand');
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), async (van, tot) => {
        const res = await a.client.get(`/cijfers/keten?van=${encodeURIComponent(van)}&tot=${encodeURIComponent(tot)}`);
        expect([200, 400]).toContain(res.statusCode);
      }),
      { numRuns: 25 },
    );
  });
});
