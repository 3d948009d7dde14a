import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../../../test/support/client.ts';
import { createStaffUser, signIn, signedInAs } from '../../../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditEventsFor } from '../audit-testing.ts';
import { findUserById, updateUser } from '../queries.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('staff home', () => {
  it('greets the user and links only to what their roles open', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const home = await admin.client.get('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(`Welkom, ${admin.user.name}`);
    expect(home.body).toContain('href="/beheer/gebruikers"');
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const page = await intake.client.get('/');
    expect(page.body).toContain('Intake meldpunt');
    expect(page.body).not.toContain('href="/beheer/gebruikers"');
    expect(page.body).toContain('href="/account"');
  });

  it('sends someone who is not signed in to the sign-in page', async () => {
    const res = await new TestClient(t.staffApp).get('/');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/inloggen?terug=%2F');
  });
});

describe('my account', () => {
  it('shows my name, e-mail, roles and open sessions with IP and browser', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['investigator', 'analyst'], name: 'Mira Mijnaccount (fictief)' });
    const other = new TestClient(t.staffApp, { 'user-agent': 'TestBrowser/2.0 (fictief)' });
    const c = await signIn(t.ctx, t.staffApp, u);
    await updateUser(t.ctx.db, u.user.id, { totpLastStep: null });
    // A second session from another "browser".
    await other.get('/inloggen');
    await other.post('/inloggen', { email: u.user.email, password: u.password });
    const { currentTotp } = await import('../sign-in/totp.ts');
    await other.post('/inloggen/code', { code: currentTotp(u.totpSecret) });
    const page = await c.get('/account');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Mira Mijnaccount (fictief)');
    expect(page.body).toContain(u.user.email);
    expect(page.body).toContain('Onderzoeker, Analist');
    expect(page.body).toContain('TestBrowser/2.0 (fictief)');
    expect(page.body).toContain('127.0.0.1');
    expect(page.body).toContain('(deze sessie)');
    expect((await other.get('/account')).statusCode).toBe(200);

    const out = await c.post('/account/sessies/andere-stoppen');
    expect(out.statusCode).toBe(303);
    expect((await c.get(out.headers.location as string)).body).toContain('U bent op 1 andere plek uitgelogd.');
    expect((await other.get('/account')).headers.location).toContain('/inloggen');
    expect((await c.get('/account')).statusCode).toBe(200);
    const [event] = await auditEventsFor(t.ctx.db, 'user.sessions-revoked', u.user.id);
    expect(event?.details).toMatchObject({ count: 1, scope: 'others' });
  });
});

describe('changing my password', () => {
  it('explains each problem in Dutch and never shows a password back', async () => {
    const u = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const cases: [Record<string, string>, string][] = [
      [{ current: '', next: '', repeat: '' }, 'Vul uw huidige wachtwoord in.'],
      [{ current: u.password, next: 'kort', repeat: 'kort' }, 'Het nieuwe wachtwoord is te kort.'],
      [{ current: u.password, next: 'x'.repeat(201), repeat: 'x'.repeat(201) }, 'Het nieuwe wachtwoord is te lang.'],
      [{ current: u.password, next: 'een lange zin als wachtwoord', repeat: 'een andere zin als wachtwoord' }, 'De twee nieuwe wachtwoorden zijn niet gelijk.'],
      [{ current: u.password, next: u.password, repeat: u.password }, 'Het nieuwe wachtwoord moet anders zijn dan het huidige.'],
      [{ current: 'niet-mijn-wachtwoord', next: 'een lange zin als wachtwoord', repeat: 'een lange zin als wachtwoord' }, 'Uw huidige wachtwoord klopt niet.'],
    ];
    for (const [form, message] of cases) {
      const res = await u.client.post('/account/wachtwoord', form);
      expect(res.statusCode, message).toBe(400);
      expect(res.body).toContain(message);
      expect(res.body).not.toContain('een lange zin');
    }
    const huge = await u.client.post('/account/wachtwoord', { current: 'a'.repeat(900_000), next: 'b', repeat: 'b' });
    expect(huge.statusCode).toBe(400);
  });

  it('changes the password, ends my other sessions and records it', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['supervisor'] });
    const c1 = await signIn(t.ctx, t.staffApp, u);
    const c2 = await signIn(t.ctx, t.staffApp, u);
    const next = 'Mijn nieuwe wachtwoordzin 2026';
    const res = await c1.post('/account/wachtwoord', { current: u.password, next, repeat: next });
    expect(res.statusCode).toBe(303);
    expect((await c1.get('/account?klaar=wachtwoord')).body).toContain('Uw wachtwoord is gewijzigd.');
    expect((await c2.get('/account')).headers.location).toContain('/inloggen');
    const [event] = await auditEventsFor(t.ctx.db, 'user.password-changed', u.user.id);
    expect(event?.details).toMatchObject({ otherSessionsRevoked: 1 });
    const fresh = new TestClient(t.staffApp);
    await fresh.get('/inloggen');
    expect((await fresh.post('/inloggen', { email: u.user.email, password: u.password })).statusCode).toBe(401);
    expect((await fresh.post('/inloggen', { email: u.user.email, password: next })).statusCode).toBe(303);
  });

  it('is forced after a one-time password, and afterwards the app opens', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['admin'] });
    await updateUser(t.ctx.db, u.user.id, { mustChangePassword: true });
    const c = await signIn(t.ctx, t.staffApp, u);
    for (const path of ['/', '/account', '/beheer/gebruikers']) {
      const res = await c.get(path);
      expect(res.statusCode, path).toBe(303);
      expect(res.headers.location).toBe('/account/wachtwoord');
    }
    expect((await c.post('/beheer/organisaties', { name: 'X (fictief)', kind: 'own' })).headers.location).toBe('/account/wachtwoord');
    const form = await c.get('/account/wachtwoord');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('eenmalig wachtwoord');
    const next = 'Een eigen wachtwoord van mij';
    expect((await c.post('/account/wachtwoord', { current: u.password, next, repeat: next })).statusCode).toBe(303);
    expect((await findUserById(t.ctx.db, u.user.id))?.mustChangePassword).toBe(false);
    expect((await c.get('/')).statusCode).toBe(200);
    const [event] = await auditEventsFor(t.ctx.db, 'user.password-changed', u.user.id);
    expect(event?.details).toMatchObject({ wasOneTime: true });
  });
});

describe('in English', () => {
  it('shows the home, account, password and users pages in English after the language switch', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    await admin.client.get('/taal/en');
    expect((await admin.client.get('/')).body).toContain(`Welcome, ${admin.user.name}`);
    expect((await admin.client.get('/account')).body).toContain('Where you are signed in');
    const bad = await admin.client.post('/account/wachtwoord', { current: admin.password, next: 'short', repeat: 'short' });
    expect(bad.body).toContain('The new password is too short.');
    const users = await admin.client.get('/beheer/gebruikers');
    expect(users.body).toContain('<html lang="en">');
    expect(users.body).toContain('Second step');
    expect((await admin.client.get('/beheer/gebruikers/nieuw')).body).toContain('Decoy operator');
  });
});
