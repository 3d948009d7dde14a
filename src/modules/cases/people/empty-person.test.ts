import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { listSubjects } from '../queries/people.ts';
import { createDossierVia, formHtml, inputValue, postRefused } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const EMPTY = { rol: 'possible_victim', naam: '', aliassen: '', leeftijd: '', schatting: '', geslacht: 'unknown', plaats: '', beschrijving: '' };

describe('adding a person (issue 14 finding 13)', () => {
  it('refuses an empty "Persoon toevoegen" with a Dutch message in the error summary, keeps the choices and saves nothing', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/personen`);

    const res = await postRefused(inv.client, `/dossiers/${id}/personen`, { ...EMPTY, rol: 'witness', geslacht: 'female' });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('Opgeslagen');
    const summary = res.body.slice(res.body.indexOf('id="fouten"'), res.body.indexOf('</div>', res.body.indexOf('id="fouten"')));
    expect(summary).toContain('href="#personen-naam"');
    expect(summary).toContain('Vul minstens één gegeven in');
    // What was chosen stays chosen.
    const form = formHtml(res.body, `/dossiers/${id}/personen`);
    expect(form).toMatch(/<option value="witness" selected/);
    expect(form).toMatch(/<option value="female" selected/);
    expect(await listSubjects(t.ctx.db, id)).toHaveLength(0);
    // The add form is folded shut on the people page, but open when it comes back with its message
    // (also on a reload: the refusal waits until the form is saved).
    expect(res.body).toMatch(/<details class="vn-fold" id="personen-nieuw" open/);
    expect((await inv.client.get(`/dossiers/${id}/personen`)).body).toMatch(/<details class="vn-fold" id="personen-nieuw" open/);

    // One field is enough.
    expect((await inv.client.post(`/dossiers/${id}/personen`, { ...EMPTY, beschrijving: 'Lange jongen met rode jas (test)' })).statusCode).toBe(303);
    expect(await listSubjects(t.ctx.db, id)).toHaveLength(1);
    expect((await inv.client.get(`/dossiers/${id}/personen`)).body).toMatch(/<details class="vn-fold" id="personen-nieuw">/);
  });

  it('refuses to empty a stored person on the edit page and keeps the stored person', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/personen`);
    await inv.client.post(`/dossiers/${id}/personen`, { ...EMPTY, naam: 'Testpersoon K. (fictief)' });
    const [subject] = await listSubjects(t.ctx.db, id);
    const page = await inv.client.get(`/dossiers/${id}/personen/${subject!.id}`);
    const res = await inv.client.post(`/dossiers/${id}/personen/${subject!.id}`, { ...EMPTY, versie: inputValue(page.body, 'versie')! });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul minstens één gegeven in');
    expect((await listSubjects(t.ctx.db, id))[0]?.name).toBe('Testpersoon K. (fictief)');
  });
});
