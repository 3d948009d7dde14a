import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../../../test/support/client.ts';
import { createStaffUser, signIn } from '../../../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { findUserById, updateUser } from '../queries.ts';
import { currentTotp } from './totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('staff sign-in', () => {
  it('signs in with password and TOTP code, then reaches a signed-in page', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['intake'] });
    const client = await signIn(t.ctx, t.staffApp, u);
    const res = await client.get('/inloggen');
    expect(res.statusCode).toBe(303);
  });

  it('refuses a wrong password with a Dutch message and keeps the e-mail address', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['intake'] });
    const client = new TestClient(t.staffApp);
    await client.get('/inloggen');
    const res = await client.post('/inloggen', { email: u.user.email, password: 'fout-wachtwoord' });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(res.body).toContain(`value="${u.user.email}"`);
  });

  it('locks the account after five failures, even for the right password', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['intake'] });
    await updateUser(t.ctx.db, u.user.id, { failedLogins: 4 });
    const client = new TestClient(t.staffApp);
    await client.get('/inloggen');
    const fifth = await client.post('/inloggen', { email: u.user.email, password: 'nog-steeds-fout' });
    expect(fifth.body).toContain('tijdelijk op slot');
    const right = await client.post('/inloggen', { email: u.user.email, password: u.password });
    expect(right.statusCode).toBe(401);
    expect(right.body).toContain('tijdelijk op slot');
    const row = await findUserById(t.ctx.db, u.user.id);
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a wrong TOTP code and does not accept the same code twice', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['intake'] });
    const client = new TestClient(t.staffApp);
    await client.get('/inloggen');
    await client.post('/inloggen', { email: u.user.email, password: u.password });
    const wrong = await client.post('/inloggen/code', { code: '000000' === currentTotp(u.totpSecret) ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('Deze code klopt niet');
    const code = currentTotp(u.totpSecret);
    expect((await client.post('/inloggen/code', { code })).statusCode).toBe(303);

    const again = new TestClient(t.staffApp);
    await again.get('/inloggen');
    await again.post('/inloggen', { email: u.user.email, password: u.password });
    const replay = await again.post('/inloggen/code', { code });
    expect(replay.statusCode).toBe(401);
  });

  it('makes a user without a second factor enrol first, with a QR code and a text secret', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['intake'], enrolled: false });
    const client = new TestClient(t.staffApp);
    await client.get('/inloggen');
    const res = await client.post('/inloggen', { email: u.user.email, password: u.password });
    expect(res.headers.location).toBe('/inloggen/koppelen');
    const page = await client.get('/inloggen/koppelen');
    expect(page.body).toContain('src="/inloggen/koppelen/qr.svg"');
    const secret = /data-testid="totp-secret">([A-Z2-7 ]+)</.exec(page.body)?.[1]?.replace(/ /g, '');
    expect(secret).toBeTruthy();
    const qr = await client.get('/inloggen/koppelen/qr.svg');
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    const done = await client.post('/inloggen/koppelen', { code: currentTotp(secret!) });
    expect(done.statusCode).toBe(303);
    const row = await findUserById(t.ctx.db, u.user.id);
    expect(row?.totpSecretEnc).toBeTruthy();
    expect(row?.totpSecretEnc).not.toContain(secret!);
  });

  it('refuses a form post without a CSRF token', async () => {
    const client = new TestClient(t.staffApp);
    await client.get('/inloggen');
    const res = await client.post('/inloggen', { email: 'a@b.nl', password: 'x' }, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Formulier verlopen');
  });

  it('signs out and the old session no longer works', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['admin'] });
    const client = await signIn(t.ctx, t.staffApp, u);
    const out = await client.post('/uitloggen');
    expect(out.statusCode).toBe(303);
    const after = await client.get('/inloggen');
    expect(after.statusCode).toBe(200);
  });
});
