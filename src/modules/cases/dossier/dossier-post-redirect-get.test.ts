import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { dumpDatabase } from '../../../../test/support/dump-database.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { listSignals } from '../queries/assessment.ts';
import { listNotes, listTasks } from '../queries/tasks-notes.ts';
import { listSubjects } from '../queries/people.ts';
import { createDossierVia, formHtml, inputValue } from '../testing.ts';

/**
 * Issue 14 finding 2 on the dossier: a refused section form is answered with a 303 to its section
 * page, which shows the error summary and what was typed, also on a reload; the typed text waits
 * encrypted, never in plain text; the same form posted twice stores once.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const tokenOf = (html: string, action: string) => inputValue(formHtml(html, action), 'formulier') ?? '';

describe('Post/Redirect/Get on the dossier forms', () => {
  it('sends a refused signal back to the signals page, which shows the errors and the typed text on every reload', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const typed = 'Fictief: zij krijgt steeds dure cadeaus van een onbekende man (uniek-signaal-7Q).';
    const res = await inv.client.post(`/dossiers/${id}/signalen`, { groep: 'appearance', soort: 'observation', tekst: typed, bron: '' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/dossiers/${id}/signalen`);
    for (const page of [await inv.client.get(`/dossiers/${id}/signalen`), await inv.client.get(`/dossiers/${id}/signalen`)]) {
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain('Er is een probleem');
      expect(page.body).toContain('Noem de bron: wie zag of zei het?');
      expect(page.body).toContain('uniek-signaal-7Q');
    }
    // Kept server-side, encrypted: the typed text is nowhere in the database in plain text.
    expect(await dumpDatabase(t.ctx)).not.toContain('uniek-signaal-7Q');
    // Another page of the dossier does not show it, nor does a colleague's view of the same page.
    expect((await inv.client.get(`/dossiers/${id}/notities`)).body).not.toContain('Er is een probleem');
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    expect((await sup.client.get(`/dossiers/${id}/signalen`)).body).not.toContain('uniek-signaal-7Q');

    // Put right: saved, and the page is clean again.
    const page = await inv.client.get(`/dossiers/${id}/signalen`);
    const ok = await inv.client.post(`/dossiers/${id}/signalen`, {
      groep: 'appearance',
      soort: 'observation',
      tekst: typed,
      bron: 'Moeder (test)',
      formulier: tokenOf(page.body, `/dossiers/${id}/signalen`),
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/dossiers/${id}/signalen?ok=1#signalen`);
    const after = await inv.client.get(`/dossiers/${id}/signalen`);
    expect(after.statusCode).toBe(200);
    expect(after.body).not.toContain('Er is een probleem');
    expect((await listSignals(t.ctx.db, id)).length).toBe(1);
  });

  it('answers a refused status change on the overview the same way', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const version = inputValue(formHtml((await inv.client.get(`/dossiers/${id}`)).body, `/dossiers/${id}/status`), 'versie')!;
    const res = await inv.client.post(`/dossiers/${id}/status`, { status: 'decision', reden: 'Typed reason (uniek-status-3K)', versie: version });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/dossiers/${id}`);
    const page = await inv.client.get(`/dossiers/${id}`);
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Van ‘open’ kan het dossier niet naar ‘besluit’');
    expect(page.body).toContain('uniek-status-3K');
  });

  it('stores a note, a task, a person and a signal once when the same form is posted twice', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const forms: [string, string, Record<string, string>][] = [
      ['notities', 'notities', { tekst: 'Fictieve notitie, twee keer verstuurd.' }],
      ['taken', 'taken', { titel: 'Fictieve taak, twee keer verstuurd' }],
      ['personen', 'personen', { rol: 'possible_victim', naam: 'Testmeisje D. (fictief)' }],
      ['signalen', 'signalen', { groep: 'behaviour', soort: 'fact', tekst: 'Fictief signaal, twee keer verstuurd.', bron: 'School (test)' }],
    ];
    for (const [page, path, form] of forms) {
      const html = (await inv.client.get(`/dossiers/${id}/${page}`)).body;
      const formulier = tokenOf(html, `/dossiers/${id}/${path}`);
      expect(formulier).toMatch(/^[0-9a-f]{32}$/);
      for (let i = 0; i < 2; i++) {
        const res = await inv.client.post(`/dossiers/${id}/${path}`, { ...form, formulier });
        expect(res.statusCode).toBe(303);
        expect(String(res.headers.location)).toContain('ok=1');
      }
      // A new page has a new token: the next post is a new note, task …
      expect(tokenOf((await inv.client.get(`/dossiers/${id}/${page}`)).body, `/dossiers/${id}/${path}`)).not.toBe(formulier);
    }
    expect((await listNotes(t.ctx.db, id)).length).toBe(1);
    expect((await listTasks(t.ctx.db, id)).length).toBe(1);
    expect((await listSubjects(t.ctx.db, id)).length).toBe(1);
    expect((await listSignals(t.ctx.db, id)).length).toBe(1);
  });

  it('keeps the token through a refusal, so the corrected form still stores once', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const first = tokenOf((await inv.client.get(`/dossiers/${id}/notities`)).body, `/dossiers/${id}/notities`);
    expect((await inv.client.post(`/dossiers/${id}/notities`, { tekst: '', formulier: first })).statusCode).toBe(303);
    const refused = await inv.client.get(`/dossiers/${id}/notities`);
    expect(refused.statusCode).toBe(400);
    expect(tokenOf(refused.body, `/dossiers/${id}/notities`)).toBe(first);
    for (let i = 0; i < 2; i++) await inv.client.post(`/dossiers/${id}/notities`, { tekst: 'Fictieve notitie na een fout.', formulier: first });
    expect((await listNotes(t.ctx.db, id)).length).toBe(1);
  });
});
