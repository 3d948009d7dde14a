import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { findWhereSeen } from '../../identifiers/index.ts';
import { listIdentifierAlerts, watchIdentifier, findIdentifierByKey } from '../../identifiers/testing.ts';
import { listNotes } from '../queries/tasks-notes.ts';
import { listSignals } from '../queries/assessment.ts';
import { listSubjects } from '../queries/people.ts';
import { createDossierVia, inputValue } from '../testing.ts';

/**
 * Issue 5 follow-up points 2 and 6: a dossier's notes, signals and summary feed the identifier index
 * as source `dossier` (field note:<id>, signal:<id>, summary) in the same transaction as the save; a
 * merged person's identifiers move to the kept person.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const everything = () => true;
const where = (key: string, kind: 'phone' | 'email' | 'account' = 'phone') => findWhereSeen(t.ctx.db, { kind, key, mayOpen: everything });
const sourcesOf = async (key: string, kind: 'phone' | 'email' | 'account' = 'phone') =>
  ((await where(key, kind))?.occurrences ?? []).map((o) => `${o.source?.type}:${o.source?.id}:${o.source?.field}`).sort();

describe('dossier notes, signals and summary in the identifier index', () => {
  it('indexes a note on add; an edit that drops the number drops its occurrence', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    expect((await inv.client.post(`/dossiers/${id}/notities`, { tekst: 'Moeder belde: hij gebruikt 06-1234 0311 en kim.test@example.org' })).statusCode).toBe(303);
    const note = (await listNotes(t.ctx.db, id))[0]!.note;
    expect(await sourcesOf('+31612340311')).toEqual([`dossier:${id}:note:${note.id}`]);
    expect(await sourcesOf('kim.test@example.org', 'email')).toEqual([`dossier:${id}:note:${note.id}`]);

    const form = await inv.client.get(`/dossiers/${id}/notities/${note.id}`);
    const edit = await inv.client.post(`/dossiers/${id}/notities/${note.id}`, { versie: inputValue(form.body, 'versie')!, tekst: 'Moeder belde: mail kim.test@example.org' });
    expect(edit.statusCode).toBe(303);
    expect(await sourcesOf('+31612340311')).toEqual([]);
    expect(await sourcesOf('kim.test@example.org', 'email')).toEqual([`dossier:${id}:note:${note.id}`]);
  });

  it('indexes a signal (text and source) and the summary; the identifier page links the dossier only for those who may open it', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const add = await inv.client.post(`/dossiers/${id}/signalen`, { groep: 'towards_others', soort: 'observation', tekst: 'Wordt opgehaald, hij appt van 0612340312', bron: 'instagram.com/signaal_test_vb', datum: '2026-03-01' });
    expect(add.statusCode).toBe(303);
    const signal = (await listSignals(t.ctx.db, id))[0]!.signal;
    expect(await sourcesOf('+31612340312')).toEqual([`dossier:${id}:signal:${signal.id}`]);
    expect((await where('+31612340312'))?.firstSeen?.toISOString().slice(0, 10)).toBe('2026-03-01');
    expect(await sourcesOf('instagram:signaal_test_vb', 'account')).toEqual([`dossier:${id}:signal:${signal.id}`]);

    const page = await inv.client.get(`/dossiers/${id}/samenvatting`);
    const summary = await inv.client.post(`/dossiers/${id}/samenvatting`, { vermoeden: 'unclear', samenvatting: 'Zelfde nummer 06-12340312 als in het signaal.', versie: inputValue(page.body, 'versie')! });
    expect(summary.statusCode).toBe(303);
    expect(await sourcesOf('+31612340312')).toEqual([`dossier:${id}:signal:${signal.id}`, `dossier:${id}:summary`].sort());

    const mine = await inv.client.get(`/identificatoren/phone/${encodeURIComponent('+31612340312')}`);
    expect(mine.body).toContain(`href="/dossiers/${id}"`);
    const other = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const theirs = await other.client.get(`/identificatoren/phone/${encodeURIComponent('+31612340312')}`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).not.toContain(`/dossiers/${id}`);
    expect(theirs.body).toContain('geen toegang');
  });
});

describe('merging two people moves their identifiers', () => {
  it('after a merge, where-else points at the kept person only; watches are not alerted by the move', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.post(`/dossiers/${id}/personen`, { rol: 'suspected_trafficker', naam: 'Testman K.', beschrijving: 'Belt van 06-12340321' });
    await inv.client.post(`/dossiers/${id}/personen`, { rol: 'suspected_trafficker', naam: 'Kevin (test)', aliassen: 'snapchat: kboy_test_vb', beschrijving: 'Nummer 06-12340322' });
    await inv.client.post(`/dossiers/${id}/personen`, { rol: 'suspected_trafficker', naam: 'Kev (test)', beschrijving: 'Ook 06-12340323' });
    const [a, b, c] = await listSubjects(t.ctx.db, id);
    expect(await sourcesOf('+31612340322')).toEqual([`dossier_person:${id}/${b!.id}:description`]);
    const identifier = await findIdentifierByKey(t.ctx.db, 'phone', '+31612340322');
    await watchIdentifier(t.ctx.db, { identifierId: identifier!.id, userId: inv.user.id });

    const merge = async (keep: string, gone: string) => {
      const url = `/dossiers/${id}/personen/samenvoegen?houden=${keep}&weg=${gone}`;
      const warn = await inv.client.get(url);
      expect((await inv.client.post(url, { reden: 'Zelfde persoon (test)', bevestig: 'ja', versie: inputValue(warn.body, 'versie')! })).statusCode).toBe(303);
    };
    // C into B, then B into A: C's number must end up at A, not at B.
    await merge(b!.id, c!.id);
    expect(await sourcesOf('+31612340323')).toEqual([`dossier_person:${id}/${b!.id}:merged:${c!.id}:description`]);
    await merge(a!.id, b!.id);
    expect(await sourcesOf('+31612340321')).toEqual([`dossier_person:${id}/${a!.id}:description`]);
    expect(await sourcesOf('+31612340322')).toEqual([`dossier_person:${id}/${a!.id}:merged:${b!.id}:description`]);
    expect(await sourcesOf('+31612340323')).toEqual([`dossier_person:${id}/${a!.id}:merged:${c!.id}:description`]);
    expect(await sourcesOf('snapchat:kboy_test_vb', 'account')).toEqual([`dossier_person:${id}/${a!.id}:merged:${b!.id}:names`]);
    expect(await listIdentifierAlerts(t.ctx.db, inv.user.id)).toEqual([]);

    // Editing the kept person keeps what came from the merged ones.
    const form = await inv.client.get(`/dossiers/${id}/personen/${a!.id}`);
    await inv.client.post(`/dossiers/${id}/personen/${a!.id}`, { versie: inputValue(form.body, 'versie')!, rol: 'suspected_trafficker', naam: 'Testman K.', beschrijving: 'Geen nummer meer' });
    expect(await sourcesOf('+31612340321')).toEqual([]);
    expect(await sourcesOf('+31612340322')).toEqual([`dossier_person:${id}/${a!.id}:merged:${b!.id}:description`]);
  });
});
