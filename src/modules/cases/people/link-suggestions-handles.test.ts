import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { listSubjects } from '../queries/people.ts';
import { createDossierVia } from '../testing.ts';

/**
 * Issue 5 point 4: near-identical handles are a reason for a suggestion ("lijkt op @x"), weaker than
 * a shared identifier, and nothing merges by itself.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('link suggestions from near-identical handles', () => {
  it('suggests a person with a look-alike handle after one sharing a number, with its reason, and lets the investigator decide', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const d1 = await createDossierVia(inv.client);
    const d2 = await createDossierVia(inv.client, { title: 'Tweede dossier (test)' });
    const d3 = await createDossierVia(inv.client, { title: 'Derde dossier (test)' });
    const d4 = await createDossierVia(inv.client, { title: 'Vierde dossier (test)' });
    await inv.client.post(`/dossiers/${d1}/personen`, { rol: 'suspected_trafficker', naam: 'Testman H.', beschrijving: 'Instagram: @kboy_test_010, belt van 06-12340501' });
    await inv.client.post(`/dossiers/${d2}/personen`, { rol: 'suspected_trafficker', naam: 'Testman Gelijk', beschrijving: 'Zelfde nummer 0612340501' });
    await inv.client.post(`/dossiers/${d3}/personen`, { rol: 'suspected_trafficker', naam: 'Testman Lijkt', beschrijving: 'instagram.com/k.boy.test.7' });
    // Same handle on another platform, and a different handle on the same one: no suggestion.
    await inv.client.post(`/dossiers/${d4}/personen`, { rol: 'suspected_trafficker', naam: 'Testman Anders', beschrijving: 'snapchat: kboy_test_010, instagram: @qboy_best_010' });
    const [p3] = await listSubjects(t.ctx.db, d3);

    const page = await inv.client.get(`/dossiers/${d1}/koppelingen`);
    expect(page.statusCode).toBe(200);
    const body = page.body;
    expect(body).toContain('Testman Gelijk');
    expect(body).toContain('Testman Lijkt');
    expect(body).not.toContain('Testman Anders');
    expect(body.indexOf('Testman Gelijk')).toBeLessThan(body.indexOf('Testman Lijkt'));
    expect(body).toMatch(/lijkt op\s*<a class="utrecht-link" href="\/identificatoren\/account\/instagram%3Ak\.boy\.test\.7">@k\.boy\.test\.7<\/a>\s*\(instagram, bijna dezelfde naam als @kboy_test_010\)/);
    expect(body).toContain('zwakkere reden');

    const url = `/dossiers/${d1}/koppelingen/besluit?persoon=${(await listSubjects(t.ctx.db, d1))[0]!.id}&ander=${encodeURIComponent(`${d3}/${p3!.id}`)}`;
    const decide = await inv.client.get(url);
    expect(decide.statusCode).toBe(200);
    expect(decide.body).toContain('lijkt op');
    expect((await inv.client.post(url, { besluit: 'unsure', reden: 'Alleen de naam lijkt erop (test)' })).statusCode).toBe(303);
    expect((await listSubjects(t.ctx.db, d1)).every((s) => !s.mergedInto)).toBe(true);
    expect((await listSubjects(t.ctx.db, d3)).every((s) => !s.mergedInto)).toBe(true);
  });

  it('finds a one-letter typo in a long handle, not in a short one, and never across dossiers the viewer may not open', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const stranger = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const d1 = await createDossierVia(inv.client);
    const d2 = await createDossierVia(inv.client, { title: 'Typfout (test)' });
    const hidden = await createDossierVia(stranger.client, { title: 'Niet van mij (test)' });
    await inv.client.post(`/dossiers/${d1}/personen`, { rol: 'suspected_trafficker', naam: 'Testman T.', beschrijving: 'tiktok: @ricotestvb en tiktok: @ab1' });
    await inv.client.post(`/dossiers/${d2}/personen`, { rol: 'suspected_trafficker', naam: 'Testman Typfout', beschrijving: 'tiktok: @ricotestvd en tiktok: @ab2' });
    await stranger.client.post(`/dossiers/${hidden}/personen`, { rol: 'suspected_trafficker', naam: 'Geheime Testman', beschrijving: 'tiktok: @ricotestvbb' });
    const body = (await inv.client.get(`/dossiers/${d1}/koppelingen`)).body;
    expect(body).toContain('Testman Typfout');
    expect(body).toContain('één letter anders dan @ricotestvb');
    expect(body).not.toContain('@ab2');
    expect(body).not.toContain('Geheime Testman');
    expect(body).not.toContain('ricotestvbb');
    expect(body).toContain('1 andere bron die u niet mag openen.');
  });
});
