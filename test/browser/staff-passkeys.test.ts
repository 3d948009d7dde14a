import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentTotp } from '../../src/modules/accounts/sign-in/totp.ts';
import { setPasskeyRoles } from '../../src/modules/accounts/passkeys/set-passkey-roles.ts';
import { updateUser } from '../../src/modules/accounts/queries.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { createStaffUser } from '../support/factories.ts';
import { freePort } from '../support/processes.ts';

/**
 * Issue 12 point 8 in Chromium with its virtual authenticator (CDP WebAuthn domain): a staff member
 * adds a passkey next to TOTP, signs in with password + passkey, and removes it; a role that comes
 * to require passkeys sends a session signed in with the code back to sign in with the passkey. Passkeys need a
 * host name (not a bare IP), so the staff app is opened as http://localhost:<port>, which is also
 * STAFF_BASE_URL.
 */
let app: TestApp;
let staffUrl: string;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  staffUrl = `http://localhost:${port}`;
  app = await createTestApp({ env: { STAFF_BASE_URL: staffUrl } });
  await app.staffApp.listen({ port, host: '127.0.0.1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const withAuthenticator = async (context: BrowserContext, page: Page) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
};

const password = async (page: Page, email: string, secret: string) => {
  await page.goto(`${staffUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(secret);
  await Promise.all([page.waitForURL(/\/inloggen\/code/), page.getByRole('button', { name: 'Inloggen' }).click()]);
};

describe('passkeys for staff in a browser', () => {
  test('adds a passkey, signs in with it instead of the code, and removes it', { timeout: 180_000 }, async () => {
    const u = await createStaffUser(app.ctx, { roles: ['investigator'], name: 'Sanne Sleuteltest' });
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await withAuthenticator(context, page);

    // First sign-in with the code from the app, then add a passkey on the account page.
    await password(page, u.user.email, u.password);
    await page.getByLabel('Code van 6 cijfers').fill(currentTotp(u.totpSecret));
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/inloggen')), page.getByRole('button', { name: 'Controleren' }).click()]);
    await page.goto(`${staffUrl}/account/passkeys`);
    expect(await page.getByTestId('no-passkeys').count()).toBe(1);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axeViolations(page), `axe at ${width}px`).toEqual([]);
    }
    await page.getByLabel('Naam voor deze passkey').fill('Testlaptop');
    await Promise.all([page.waitForURL(/klaar=toegevoegd/), page.getByRole('button', { name: 'Passkey toevoegen' }).click()]);
    expect(await page.getByTestId('passkeys').textContent()).toContain('Testlaptop');

    // Sign out; sign in again with password + passkey.
    await Promise.all([page.waitForURL(/\/inloggen/), page.getByRole('button', { name: 'Uitloggen' }).click()]);
    await password(page, u.user.email, u.password);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/inloggen')), page.getByRole('button', { name: 'Inloggen met passkey' }).click()]);
    await expect.poll(() => page.locator('body').textContent()).toContain('Sanne Sleuteltest');
    const audit = await app.ctx.db.query.auditEvents.findMany({ where: (a, { eq }) => eq(a.targetId, u.user.id) });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.passkey.enrolled', 'auth.signin.ok']));
    expect(audit.some((a) => a.action === 'auth.signin.ok' && (a.details as { factor?: string }).factor === 'passkey')).toBe(true);

    // Remove it: a plain form, no script needed.
    await page.goto(`${staffUrl}/account/passkeys`);
    await Promise.all([page.waitForURL(/klaar=verwijderd/), page.getByRole('button', { name: 'Passkey Testlaptop verwijderen' }).click()]);
    expect(await page.getByTestId('no-passkeys').count()).toBe(1);
    expect(errors, 'no CSP violations or script errors').toEqual([]);
    await context.close();
  });

  test('a role that now requires passkeys sends a code session to sign in with the passkey, and back to the page asked for', { timeout: 180_000 }, async () => {
    const u = await createStaffUser(app.ctx, { roles: ['supervisor'], name: 'Lotte Stapop' });
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await withAuthenticator(context, page);
    const withCode = async () => {
      await password(page, u.user.email, u.password);
      await updateUser(app.ctx.db, u.user.id, { totpLastStep: null });
      await page.getByLabel('Code van 6 cijfers').fill(currentTotp(u.totpSecret));
      await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/inloggen')), page.getByRole('button', { name: 'Controleren' }).click()]);
    };

    // A passkey added while no role needs one; then a session signed in with the code, as before the change.
    await withCode();
    await page.goto(`${staffUrl}/account/passkeys`);
    await page.getByLabel('Naam voor deze passkey').fill('Werklaptop');
    await Promise.all([page.waitForURL(/klaar=toegevoegd/), page.getByRole('button', { name: 'Passkey toevoegen' }).click()]);
    await Promise.all([page.waitForURL(/\/inloggen/), page.getByRole('button', { name: 'Uitloggen' }).click()]);
    await withCode();
    await page.goto(`${staffUrl}/dossiers`);
    expect(new URL(page.url()).pathname).toBe('/dossiers');

    await setPasskeyRoles(app.ctx, { roles: ['supervisor'], actor: { userId: u.user.id, label: 'beheer (test)' } });
    await page.goto(`${staffUrl}/dossiers?status=open`);
    expect(new URL(page.url()).pathname).toBe('/inloggen/code');
    expect(await page.getByLabel('Code van 6 cijfers').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL((url) => url.pathname === '/dossiers'), page.getByRole('button', { name: 'Inloggen met passkey' }).click()]);
    expect(new URL(page.url()).search).toBe('?status=open');
    await expect.poll(() => page.locator('body').textContent()).toContain('Lotte Stapop');
    // That session is a passkey session: the next pages simply open.
    await page.goto(`${staffUrl}/account/passkeys`);
    expect(new URL(page.url()).pathname).toBe('/account/passkeys');
    expect(await page.getByTestId('passkeys').textContent()).toContain('Werklaptop');
    await setPasskeyRoles(app.ctx, { roles: [], actor: { userId: u.user.id, label: 'beheer (test)' } });
    expect(errors, 'no CSP violations or script errors').toEqual([]);
    await context.close();
  });

  test('without JavaScript the code keeps working and the passkey button stays hidden', { timeout: 120_000 }, async () => {
    const u = await createStaffUser(app.ctx, { roles: ['analyst'], name: 'Ravi Zonderscript' });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await password(page, u.user.email, u.password);
    await page.getByLabel('Code van 6 cijfers').fill(currentTotp(u.totpSecret));
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/inloggen')), page.getByRole('button', { name: 'Controleren' }).click()]);
    await page.goto(`${staffUrl}/account/passkeys`);
    expect(await page.getByRole('button', { name: 'Passkey toevoegen' }).isVisible()).toBe(false);
    expect(await page.locator('main').textContent()).toContain('Zet JavaScript aan om een passkey toe te voegen');
    await context.close();
  });
});
