import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { TestClient } from '../../../../test/support/client.ts';
import { createStaffUser, signedInAs, signIn } from '../../../../test/support/factories.ts';
import { insertPasskey, listPasskeys, updateSession, updateUser } from '../queries.ts';
import { hashToken, SESSION_COOKIE } from '../sign-in/session.ts';
import { currentTotp } from '../sign-in/totp.ts';

/**
 * Passkeys over HTTP (the browser ceremony is in test/browser/staff-passkeys.test.ts): an admin can
 * require them for a role, and then the code is no longer enough once a user has one.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { STAFF_BASE_URL: 'http://localhost:3001' } });
});
afterAll(async () => {
  await t?.close();
});

// A made-up credential: enough for the rules about when TOTP counts; it can never sign anyone in.
const fakePasskey = (userId: string) =>
  insertPasskey(t.ctx.db, { userId, credentialId: `fake-${userId}`, publicKey: Buffer.from('no key').toString('base64url'), name: 'Testsleutel' });

/** Marks the client's session as signed in with a passkey (a fake key cannot do it over HTTP). */
const asPasskeySession = async (client: TestClient) => {
  const token = client.cookies.get(SESSION_COOKIE);
  if (!token) throw new Error('no session');
  await updateSession(t.ctx.db, hashToken(token), { secondFactor: 'passkey' });
};

/** The admin's choice of passkey roles, through the real form. */
const requirePasskeysFor = async (roles: string[]) => {
  const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
  expect((await admin.client.post('/beheer/passkeys', { rollen: roles })).statusCode).toBe(303);
};

const toPassword = async (u: Awaited<ReturnType<typeof createStaffUser>>) => {
  const client = new TestClient(t.staffApp);
  await client.get('/inloggen');
  expect((await client.post('/inloggen', { email: u.user.email, password: u.password })).statusCode).toBe(303);
  await updateUser(t.ctx.db, u.user.id, { totpLastStep: null });

  return client;
};

describe('passkeys required for a role', () => {
  it('only an admin sets the roles, and it is audited', async () => {
    const other = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    expect((await other.client.get('/beheer/passkeys')).statusCode).toBe(403);
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const page = await admin.client.get('/beheer/passkeys');
    expect(page.body).toContain('Passkeys verplicht');
    const saved = await admin.client.post('/beheer/passkeys', { rollen: ['investigator', 'geen-rol'] });
    expect(saved.headers.location).toBe('/beheer/passkeys?klaar=1');
    const after = await admin.client.get('/beheer/passkeys?klaar=1');
    expect(after.body).toMatch(/value="investigator" checked/);
    const audit = await t.ctx.db.query.auditEvents.findMany({ where: (a, { eq }) => eq(a.action, 'admin.passkey_roles.set') });
    expect(audit.at(-1)?.details).toEqual({ roles: ['investigator'] });
  });

  it('sends a member of that role without a passkey to add one after signing in with the code', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const client = await toPassword(u);
    const res = await client.post('/inloggen/code', { code: currentTotp(u.totpSecret) });
    expect(res.headers.location).toBe('/account/passkeys?verplicht=1');
    expect((await client.get('/account/passkeys?verplicht=1')).body).toContain('Uw rol vraagt om een passkey');
  });

  it('refuses the code once such a member has a passkey, and keeps their last passkey', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const client = await signIn(t.ctx, t.staffApp, u);
    await fakePasskey(u.user.id);
    const [passkey] = await listPasskeys(t.ctx.db, u.user.id);
    // A made-up key cannot sign in: the session is made a passkey session by hand (the browser test signs in for real).
    await asPasskeySession(client);
    await client.get('/account/passkeys');
    const remove = await client.post(`/account/passkeys/${passkey!.id}/verwijderen`);
    expect(remove.headers.location).toBe('/account/passkeys?fout=laatste');
    expect(await listPasskeys(t.ctx.db, u.user.id)).toHaveLength(1);

    const again = await toPassword(u);
    const codePage = await again.get('/inloggen/code');
    expect(codePage.body).toContain('Inloggen met passkey');
    expect(codePage.body).not.toContain('name="code"');
    const refused = await again.post('/inloggen/code', { code: currentTotp(u.totpSecret) });
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toContain('de code uit uw app is hier niet meer genoeg');
    expect((await again.get('/')).headers.location).toMatch(/^\/inloggen/);
  });

  it('keeps the code for everyone else, and shows the passkey button next to it when they have one', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['analyst'] });
    await fakePasskey(u.user.id);
    const client = await toPassword(u);
    const page = await client.get('/inloggen/code');
    expect(page.body).toContain('Inloggen met passkey');
    expect(page.body).toContain('name="code"');
    expect((await client.post('/inloggen/code', { code: currentTotp(u.totpSecret) })).statusCode).toBe(303);
  });

  it('refuses a forged passkey answer, counts it as a failed sign-in and needs a challenge first', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['analyst'] });
    await fakePasskey(u.user.id);
    const client = await toPassword(u);
    const page = await client.get('/inloggen/code');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const post = (url: string, body: unknown) =>
      t.staffApp.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }, payload: JSON.stringify(body) });
    const noChallenge = await post('/inloggen/passkey', { _csrf: csrf, response: { id: `fake-${u.user.id}` } });
    expect(noChallenge.statusCode).toBe(401);
    const options = await post('/inloggen/passkey/opties', { _csrf: csrf });
    expect(options.statusCode).toBe(200);
    expect(JSON.parse(options.body).rpId).toBe('localhost');
    const forged = await post('/inloggen/passkey', {
      _csrf: csrf,
      response: { id: `fake-${u.user.id}`, rawId: `fake-${u.user.id}`, type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' }, clientExtensionResults: {} },
    });
    expect(forged.statusCode).toBe(401);
    expect(JSON.parse(forged.body).error).toContain('Dat lukte niet');
    const audit = await t.ctx.db.query.auditEvents.findMany({ where: (a, { eq }) => eq(a.targetId, u.user.id) });
    expect(audit.map((a) => a.action)).toContain('auth.passkey.failed');
    expect((await client.get('/')).headers.location).toMatch(/^\/inloggen/);
  });
});

/**
 * The requirement holds for sessions too: a user of a role that now requires passkeys, signed in
 * with password + code before the admin's change, is sent on their very next request to sign in
 * with their passkey, or to add one when they have none. Nothing else opens in between.
 */
describe('passkeys required for a role: sessions made before', () => {
  afterAll(async () => {
    await requirePasskeysFor(['investigator']);
  });

  it('sends a code session of a user with a passkey back to sign in with the passkey on the next request', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['supervisor'] });
    const client = await signIn(t.ctx, t.staffApp, u);
    await fakePasskey(u.user.id);
    expect((await client.get('/dossiers')).statusCode).toBe(200);
    const before = client.cookies.get(SESSION_COOKIE);

    await requirePasskeysFor(['investigator', 'supervisor']);
    const next = await client.get('/dossiers?status=open');
    expect(next.statusCode).toBe(303);
    expect(next.headers.location).toBe(`/inloggen/code?terug=${encodeURIComponent('/dossiers?status=open')}`);
    // A fresh session id in the password stage; the code session itself is gone.
    expect(client.cookies.get(SESSION_COOKIE)).not.toBe(before);
    const stale = new TestClient(t.staffApp);
    stale.cookies.set(SESSION_COOKIE, before!);
    expect(String((await stale.get('/dossiers')).headers.location)).toMatch(/^\/inloggen/);
    // Only the passkey counts now: no code field, and a code is refused.
    const codePage = await client.get(String(next.headers.location));
    expect(codePage.statusCode).toBe(200);
    expect(codePage.body).toContain('Inloggen met passkey');
    expect(codePage.body).not.toContain('name="code"');
    await updateUser(t.ctx.db, u.user.id, { totpLastStep: null });
    expect((await client.post('/inloggen/code', { code: currentTotp(u.totpSecret) })).statusCode).toBe(401);
    expect(String((await client.get('/')).headers.location)).toMatch(/^\/inloggen/);
    const audit = await t.ctx.db.query.auditEvents.findMany({ where: (a, { eq }) => eq(a.targetId, u.user.id) });
    expect(audit.map((a) => a.action)).toContain('auth.session.passkey_required');
  });

  it('a code session without a passkey can only add one: every other page and form sends it there', async () => {
    await requirePasskeysFor(['investigator']);
    const u = await createStaffUser(t.ctx, { roles: ['supervisor'] });
    const client = await signIn(t.ctx, t.staffApp, u);
    const form = await client.get('/dossiers/nieuw');
    expect(form.statusCode).toBe(200);

    await requirePasskeysFor(['investigator', 'supervisor']);
    for (const path of ['/', '/dossiers', '/bewijs', '/account']) {
      const res = await client.get(path);
      expect(res.statusCode, path).toBe(303);
      expect(res.headers.location, path).toBe('/account/passkeys?verplicht=1');
    }
    const post = await client.post('/dossiers', { title: 'Mag niet (test)', priority: 'normal' });
    expect(post.statusCode).toBe(303);
    expect(post.headers.location).toBe('/account/passkeys?verplicht=1');
    const dossiers = await t.ctx.db.query.dossiers.findMany({ where: (d, { eq }) => eq(d.title, 'Mag niet (test)') });
    expect(dossiers).toEqual([]);
    // Adding a passkey stays open: the page and its first ceremony step.
    const page = await client.get('/account/passkeys?verplicht=1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Uw rol vraagt om een passkey');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const options = await t.staffApp.inject({
      method: 'POST',
      url: '/account/passkeys/opties',
      headers: { 'content-type': 'application/json', cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      payload: JSON.stringify({ _csrf: csrf }),
    });
    expect(options.statusCode).toBe(200);
    expect(JSON.parse(options.body).rp.id).toBe('localhost');
    // Signing out still works.
    expect((await client.post('/uitloggen')).headers.location).toBe('/inloggen');
  });

  it('leaves passkey sessions and roles without the requirement alone', async () => {
    await requirePasskeysFor(['investigator', 'supervisor']);
    const withKey = await createStaffUser(t.ctx, { roles: ['supervisor'] });
    const keyClient = await signIn(t.ctx, t.staffApp, withKey);
    await fakePasskey(withKey.user.id);
    await asPasskeySession(keyClient);
    expect((await keyClient.get('/dossiers')).statusCode).toBe(200);
    const other = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    expect((await other.client.get('/')).statusCode).toBe(200);
  });
});
