import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../../../test/support/client.ts';
import { createStaffUser, signIn, signedInAs } from '../../../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { verifyAuditChain } from '../../audit/testing.ts';
import { auditEventsFor } from '../audit-testing.ts';
import { countActiveAdmins, findUserByEmail, findUserById, insertOrganisation, updateUser } from '../queries.ts';
import { setUserDisabled } from './set-user-disabled.ts';
import { users } from '../schema.ts';
import { currentTotp } from '../sign-in/totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const otpFrom = (html: string) => /data-testid="one-time-password">([a-z0-9-]+)</.exec(html)?.[1];
const versionFrom = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';

/** Signs in with a password only (the first step); returns the client and where it was sent. */
const firstStep = async (email: string, password: string) => {
  const client = new TestClient(t.staffApp);
  await client.get('/inloggen');
  const res = await client.post('/inloggen', { email, password });

  return { client, res };
};

describe('users administration', () => {
  it('lists users with roles, organisation, status and second factor, for admins only', async () => {
    const org = await insertOrganisation(t.ctx.db, { name: 'Politie Lijsttest (fictief)', kind: 'police' });
    const partner = await createStaffUser(t.ctx, { roles: ['partner'], organisationId: org.id, name: 'Petra Partner (fictief)' });
    const locked = await createStaffUser(t.ctx, { roles: ['intake'], name: 'Lotte Slot (fictief)', enrolled: false });
    await updateUser(t.ctx.db, locked.user.id, { lockedUntil: new Date(Date.now() + 600_000) });
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const res = await admin.client.get('/beheer/gebruikers');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Petra Partner (fictief)');
    expect(res.body).toContain(partner.user.email);
    expect(res.body).toContain('Ketenpartner');
    expect(res.body).toContain('Politie Lijsttest (fictief)');
    expect(res.body).toContain('op slot');
    expect(res.body).toContain('nog niet ingesteld');

    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    expect((await intake.client.get('/beheer/gebruikers')).statusCode).toBe(403);
    expect((await intake.client.post('/beheer/gebruikers/nieuw', { name: 'X', email: 'x@vangnet.test', roles: 'admin' })).statusCode).toBe(403);
  });

  it('creates a user and shows the one-time password once; the user must change it at first sign-in', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const form = await admin.client.get('/beheer/gebruikers/nieuw');
    expect(form.body).toContain('Lokprofiel-medewerker');
    const res = await admin.client.post('/beheer/gebruikers/nieuw', { name: 'Nina Nieuw (fictief)', email: 'Nina.Nieuw@Vangnet.test', roles: ['intake', 'analyst'] });
    expect(res.statusCode).toBe(200);
    const otp = otpFrom(res.body);
    expect(otp).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    const user = await findUserByEmail(t.ctx.db, 'nina.nieuw@vangnet.test');
    expect(user?.roles).toEqual(['intake', 'analyst']);
    expect(user?.mustChangePassword).toBe(true);
    expect(user?.passwordHash).not.toContain(otp!);
    const detail = await admin.client.get(`/beheer/gebruikers/${user!.id}`);
    expect(detail.body).not.toContain(otp!);
    const [event] = await auditEventsFor(t.ctx.db, 'user.create', user!.id);
    expect(event?.actorUserId).toBe(admin.user.id);

    // First sign-in: enrol the second factor, then the password change is forced.
    const { client, res: first } = await firstStep('nina.nieuw@vangnet.test', otp!);
    expect(first.headers.location).toBe('/inloggen/koppelen');
    const page = await client.get('/inloggen/koppelen');
    const secret = /data-testid="totp-secret">([A-Z2-7 ]+)</.exec(page.body)?.[1]?.replace(/ /g, '');
    expect((await client.post('/inloggen/koppelen', { code: currentTotp(secret!) })).statusCode).toBe(303);
    const home = await client.get('/');
    expect(home.headers.location).toBe('/account/wachtwoord');
  });

  it('keeps the typed values and explains each problem when creating a user goes wrong', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const empty = await admin.client.post('/beheer/gebruikers/nieuw', { name: '', email: 'geen-adres' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Vul een naam in.');
    expect(empty.body).toContain('Vul een geldig e-mailadres in');
    expect(empty.body).toContain('Kies minstens één rol.');
    expect(empty.body).toContain('value="geen-adres"');

    const partner = await admin.client.post('/beheer/gebruikers/nieuw', { name: 'Piet Partner (fictief)', email: 'piet@vangnet.test', roles: 'partner' });
    expect(partner.statusCode).toBe(400);
    expect(partner.body).toContain('Een ketenpartner hoort bij een organisatie');
    expect(partner.body).toContain('value="Piet Partner (fictief)"');
    expect(partner.body).toMatch(/value="partner"\s+checked/);

    const badOrg = await admin.client.post('/beheer/gebruikers/nieuw', {
      name: 'Piet Partner (fictief)',
      email: 'piet@vangnet.test',
      roles: 'partner',
      organisationId: 'niet-een-uuid',
    });
    expect(badOrg.statusCode).toBe(400);
    expect(badOrg.body).toContain('Deze organisatie bestaat niet');

    const badRole = await admin.client.post('/beheer/gebruikers/nieuw', { name: 'R (fictief)', email: 'r@vangnet.test', roles: ['superuser'] });
    expect(badRole.body).toContain('Kies alleen rollen uit de lijst.');

    const taken = await admin.client.post('/beheer/gebruikers/nieuw', { name: 'Dubbel (fictief)', email: admin.user.email.toUpperCase(), roles: 'intake' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Er is al een gebruiker met dit e-mailadres.');

    const long = await admin.client.post('/beheer/gebruikers/nieuw', { name: 'x'.repeat(5000), email: 'lang@vangnet.test', roles: 'intake' });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('niet langer zijn dan 200 tekens');
  });

  it('edits name, roles and organisation, with the roles before and after in the audit log', async () => {
    const org = await insertOrganisation(t.ctx.db, { name: 'OM Bewerktest (fictief)', kind: 'om' });
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const u = await createStaffUser(t.ctx, { roles: ['intake'] });
    const page = await admin.client.get(`/beheer/gebruikers/${u.user.id}`);
    expect(page.statusCode).toBe(200);
    const res = await admin.client.post(`/beheer/gebruikers/${u.user.id}`, {
      name: 'Bram Bewerkt (fictief)',
      roles: ['partner', 'analyst'],
      organisationId: org.id,
      version: versionFrom(page.body),
    });
    expect(res.statusCode).toBe(303);
    expect((await admin.client.get(res.headers.location as string)).body).toContain('De wijzigingen zijn opgeslagen.');
    const row = await findUserById(t.ctx.db, u.user.id);
    expect(row).toMatchObject({ name: 'Bram Bewerkt (fictief)', roles: ['partner', 'analyst'], organisationId: org.id });
    const [event] = await auditEventsFor(t.ctx.db, 'user.update', u.user.id);
    expect(event?.details).toMatchObject({ before: { roles: ['intake'] }, after: { roles: ['partner', 'analyst'] } });
  });

  it('refuses an edit based on an old version, says so, and keeps what the admin typed', async () => {
    const a1 = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const a2 = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const u = await createStaffUser(t.ctx, { roles: ['intake'], name: 'Cora Conflict (fictief)' });
    const page1 = await a1.client.get(`/beheer/gebruikers/${u.user.id}`);
    const page2 = await a2.client.get(`/beheer/gebruikers/${u.user.id}`);
    const first = await a2.client.post(`/beheer/gebruikers/${u.user.id}`, { name: 'Cora Eerst (fictief)', roles: 'intake', version: versionFrom(page2.body) });
    expect(first.statusCode).toBe(303);
    const late = await a1.client.post(`/beheer/gebruikers/${u.user.id}`, { name: 'Cora Later (fictief)', roles: ['intake', 'analyst'], version: versionFrom(page1.body) });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Iemand anders heeft deze gebruiker net gewijzigd.');
    expect(late.body).toContain('value="Cora Later (fictief)"');
    expect(late.body).toMatch(/value="analyst"\s+checked/);
    expect(late.body).toContain('Cora Eerst (fictief)');
    expect((await findUserById(t.ctx.db, u.user.id))?.name).toBe('Cora Eerst (fictief)');
    // Saving again after seeing the other change is allowed.
    const again = await a1.client.post(`/beheer/gebruikers/${u.user.id}`, { name: 'Cora Later (fictief)', roles: 'intake', version: versionFrom(late.body) });
    expect(again.statusCode).toBe(303);
  });

  it('a user signing in does not make an open edit form stale', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const u = await createStaffUser(t.ctx, { roles: ['intake'] });
    const page = await admin.client.get(`/beheer/gebruikers/${u.user.id}`);
    await signIn(t.ctx, t.staffApp, u);
    const res = await admin.client.post(`/beheer/gebruikers/${u.user.id}`, { name: 'Sam Signin (fictief)', roles: 'intake', version: versionFrom(page.body) });
    expect(res.statusCode).toBe(303);
  });

  it('disables a user (their session stops, sign-in is refused) and enables them again', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const u = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    expect((await u.client.get('/account')).statusCode).toBe(200);
    const res = await admin.client.post(`/beheer/gebruikers/${u.user.id}/uitschakelen`);
    expect(res.statusCode).toBe(303);
    const after = await u.client.get('/account');
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toContain('/inloggen');
    expect((await firstStep(u.user.email, u.password)).res.statusCode).toBe(401);
    expect((await admin.client.get('/beheer/gebruikers')).body).toContain('uitgeschakeld');
    expect(await auditEventsFor(t.ctx.db, 'user.disable', u.user.id)).toHaveLength(1);

    expect((await admin.client.post(`/beheer/gebruikers/${u.user.id}/inschakelen`)).statusCode).toBe(303);
    expect((await firstStep(u.user.email, u.password)).res.statusCode).toBe(303);
    expect(await auditEventsFor(t.ctx.db, 'user.enable', u.user.id)).toHaveLength(1);
  });

  it('resets a password: a new one-time password shown once, the old one fails, sessions end', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const u = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const res = await admin.client.post(`/beheer/gebruikers/${u.user.id}/wachtwoord-reset`);
    expect(res.statusCode).toBe(200);
    const otp = otpFrom(res.body);
    expect(otp).toBeTruthy();
    expect((await u.client.get('/account')).headers.location).toContain('/inloggen');
    expect((await firstStep(u.user.email, u.password)).res.statusCode).toBe(401);
    expect((await findUserById(t.ctx.db, u.user.id))?.mustChangePassword).toBe(true);
    const again = await signIn(t.ctx, t.staffApp, { ...u, password: otp! });
    expect((await again.get('/')).headers.location).toBe('/account/wachtwoord');
    expect(await auditEventsFor(t.ctx.db, 'user.password-reset', u.user.id)).toHaveLength(1);
  });

  it('resets the second factor: the user enrols again at the next sign-in', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const u = await createStaffUser(t.ctx, { roles: ['intake'] });
    expect((await admin.client.post(`/beheer/gebruikers/${u.user.id}/tweede-stap-reset`)).statusCode).toBe(303);
    expect((await findUserById(t.ctx.db, u.user.id))?.totpSecretEnc).toBeNull();
    expect((await firstStep(u.user.email, u.password)).res.headers.location).toBe('/inloggen/koppelen');
    expect(await auditEventsFor(t.ctx.db, 'user.totp-reset', u.user.id)).toHaveLength(1);
  });

  it('revokes all sessions of a user: their next request goes to the sign-in page', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const u = await createStaffUser(t.ctx, { roles: ['analyst'] });
    const c1 = await signIn(t.ctx, t.staffApp, u);
    const c2 = await signIn(t.ctx, t.staffApp, u);
    expect((await admin.client.get(`/beheer/gebruikers/${u.user.id}`)).body).toMatch(/Open sessies<\/th>\s*<td>2</);
    const res = await admin.client.post(`/beheer/gebruikers/${u.user.id}/sessies-stoppen`);
    expect(res.statusCode).toBe(303);
    for (const c of [c1, c2]) {
      const next = await c.get('/');
      expect(next.statusCode).toBe(303);
      expect(next.headers.location).toBe('/inloggen?terug=%2F');
    }
    const [event] = await auditEventsFor(t.ctx.db, 'user.sessions-revoked', u.user.id);
    expect(event?.details).toMatchObject({ count: 2 });
  });

  it('unlocks a locked account', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const u = await createStaffUser(t.ctx, { roles: ['intake'] });
    await updateUser(t.ctx.db, u.user.id, { failedLogins: 6, lockedUntil: new Date(Date.now() + 3600_000) });
    const page = await admin.client.get(`/beheer/gebruikers/${u.user.id}`);
    expect(page.body).toContain('Slot eraf halen');
    expect((await admin.client.post(`/beheer/gebruikers/${u.user.id}/ontgrendelen`)).statusCode).toBe(303);
    expect(await findUserById(t.ctx.db, u.user.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
    expect((await firstStep(u.user.email, u.password)).res.statusCode).toBe(303);
    expect(await auditEventsFor(t.ctx.db, 'user.unlock', u.user.id)).toHaveLength(1);
  });

  it('answers not found for an unknown or malformed user id, never an error', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'abc', "1' OR '1'='1", 'x'.repeat(300)]) {
      expect([404, 414]).toContain((await admin.client.get(`/beheer/gebruikers/${encodeURIComponent(id)}`)).statusCode);
      expect([404, 414]).toContain((await admin.client.post(`/beheer/gebruikers/${encodeURIComponent(id)}/uitschakelen`)).statusCode);
    }
  });

  it('keeps the audit chain intact after all these changes', async () => {
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true });
  });
});

describe('the last active admin', () => {
  it('cannot be disabled or lose the admin role', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin', 'privacy_officer']);
    // Leave exactly one active admin in this file's database.
    await t.ctx.db.update(users).set({ disabledAt: new Date() }).where(ne(users.id, admin.user.id));
    const disable = await admin.client.post(`/beheer/gebruikers/${admin.user.id}/uitschakelen`);
    expect(disable.statusCode).toBe(400);
    expect(disable.body).toContain('Dit is de laatste actieve beheerder.');
    const page = await admin.client.get(`/beheer/gebruikers/${admin.user.id}`);
    const demote = await admin.client.post(`/beheer/gebruikers/${admin.user.id}`, {
      name: admin.user.name,
      roles: 'privacy_officer',
      version: versionFrom(page.body),
    });
    expect(demote.statusCode).toBe(400);
    expect(demote.body).toContain('Dit is de laatste actieve beheerder.');
    expect((await findUserById(t.ctx.db, admin.user.id))?.roles).toContain('admin');

    // With a second active admin, the first may step down.
    const other = await createStaffUser(t.ctx, { roles: ['admin'] });
    expect(other.user.disabledAt).toBeNull();
    const ok = await admin.client.post(`/beheer/gebruikers/${admin.user.id}`, { name: admin.user.name, roles: 'privacy_officer', version: versionFrom(page.body) });
    expect(ok.statusCode).toBe(303);
    const row = await t.ctx.db.select().from(users).where(eq(users.id, admin.user.id));
    expect(row[0]?.roles).toEqual(['privacy_officer']);
  });
});

describe('two admins disabling each other at the same moment', () => {
  it('leaves exactly one active admin', async () => {
    const a = await createStaffUser(t.ctx, { roles: ['admin'] });
    const b = await createStaffUser(t.ctx, { roles: ['admin'] });
    await t.ctx.db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(and(ne(users.id, a.user.id), ne(users.id, b.user.id)));
    const actor = (u: typeof a) => ({ userId: u.user.id, label: u.user.email });
    const results = await Promise.all([
      setUserDisabled(t.ctx, b.user.id, true, actor(a)),
      setUserDisabled(t.ctx, a.user.id, true, actor(b)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.problem === 'lastAdmin')).toHaveLength(1);
    expect(await countActiveAdmins(t.ctx.db)).toBe(1);
  });
});
