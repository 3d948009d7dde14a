import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../../../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditEventsFor } from '../audit-testing.ts';
import { findOrganisationByName } from '../queries.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('organisations', () => {
  it('an admin adds one and sees it listed with its kind; the change is audited', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const empty = await admin.client.get('/beheer/organisaties');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('Er zijn nog geen organisaties.');
    const res = await admin.client.post('/beheer/organisaties', { name: '  Veilig Thuis   Testregio (fictief) ', kind: 'veilig-thuis' });
    expect(res.statusCode).toBe(303);
    const list = await admin.client.get(res.headers.location as string);
    expect(list.body).toContain('De organisatie Veilig Thuis Testregio (fictief) is toegevoegd.');
    expect(list.body).toMatch(/<td>Veilig Thuis Testregio \(fictief\)<\/td><td>Veilig Thuis<\/td>/);
    const org = await findOrganisationByName(t.ctx.db, 'Veilig Thuis Testregio (fictief)');
    const [event] = await auditEventsFor(t.ctx.db, 'organisation.create', org!.id);
    expect(event?.details).toMatchObject({ kind: 'veilig-thuis' });
    // English labels too.
    await admin.client.get('/taal/en');
    expect((await admin.client.get('/beheer/organisaties')).body).toContain('Public Prosecution Service');
  });

  it('refuses a missing name, an unknown kind, a duplicate and an oversized name, keeping the input', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const missing = await admin.client.post('/beheer/organisaties', { name: '', kind: 'raad-van-state' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Vul de naam van de organisatie in.');
    expect(missing.body).toContain('Kies de soort organisatie.');
    await admin.client.post('/beheer/organisaties', { name: 'Gemeente Dubbelstad (fictief)', kind: 'municipality' });
    const dup = await admin.client.post('/beheer/organisaties', { name: 'gemeente dubbelstad (FICTIEF)', kind: 'municipality' });
    expect(dup.statusCode).toBe(400);
    expect(dup.body).toContain('Er is al een organisatie met deze naam.');
    expect(dup.body).toContain('value="gemeente dubbelstad (FICTIEF)"');
    expect(dup.body).toMatch(/<option value="municipality" selected/);
    const long = await admin.client.post('/beheer/organisaties', { name: 'o'.repeat(300), kind: 'care' });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('niet langer zijn dan 200 tekens');
  });

  it('is closed to everyone but admins', async () => {
    const po = await signedInAs(t.ctx, t.staffApp, ['privacy_officer', 'partner']);
    expect((await po.client.get('/beheer/organisaties')).statusCode).toBe(403);
    expect((await po.client.post('/beheer/organisaties', { name: 'Stiekem (fictief)', kind: 'own' })).statusCode).toBe(403);
    expect(await findOrganisationByName(t.ctx.db, 'Stiekem (fictief)')).toBeNull();
  });
});
