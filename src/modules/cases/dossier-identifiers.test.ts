import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { findWhereSeen } from '../identifiers/find-where-seen.ts';
import { listSubjects } from './queries.ts';
import { createDossierVia, inputValue } from './testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const everything = () => true;

describe('dossier people in the identifier index', () => {
  it('indexes a person’s description on add, and an edit that removes the number removes the occurrence', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const add = await inv.client.post(`/dossiers/${id}/personen`, {
      rol: 'suspected_trafficker',
      naam: 'Testman R.',
      aliassen: 'rico_test_vb',
      plaats: 'Zwolle',
      beschrijving: 'Belt vanaf 06-12 34 56 78, rijdt een grijze auto',
    });
    expect(add.statusCode).toBe(303);
    const [subject] = await listSubjects(t.ctx.db, id);
    const source = `${id}/${subject!.id}`;

    const seen = await findWhereSeen(t.ctx.db, { kind: 'phone', key: '+31612345678', mayOpen: everything });
    const mine = seen?.occurrences.filter((o) => o.source?.id === source) ?? [];
    expect(mine.map((o) => [o.sourceType, o.source?.field, o.place])).toEqual([['dossier_person', 'description', 'Zwolle']]);

    const page = await inv.client.get(`/identificatoren/phone/${encodeURIComponent('+31612345678')}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`/dossiers/${id}/personen/${subject!.id}`);

    const form = await inv.client.get(`/dossiers/${id}/personen/${subject!.id}`);
    const edit = await inv.client.post(`/dossiers/${id}/personen/${subject!.id}`, {
      versie: inputValue(form.body, 'versie')!,
      rol: 'suspected_trafficker',
      naam: 'Testman R.',
      aliassen: 'rico_test_vb',
      plaats: 'Zwolle',
      beschrijving: 'Rijdt een grijze auto',
    });
    expect(edit.statusCode).toBe(303);
    const after = await findWhereSeen(t.ctx.db, { kind: 'phone', key: '+31612345678', mayOpen: everything });
    expect(after?.occurrences.some((o) => o.source?.id === source) ?? false).toBe(false);
  });
});
