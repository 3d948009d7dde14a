import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentTotp } from '../../src/modules/accounts/sign-in/totp.ts';
import { axeViolations, type BrowserServers, launchBrowser, startServers } from '../support/browser.ts';
import { createStaffUser } from '../support/factories.ts';

/** Issue 2 point 3 in a real browser: first sign-in with compulsory TOTP enrolment. */
let servers: BrowserServers;
let browser: Browser;

beforeAll(async () => {
  servers = await startServers();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});


describe('staff sign-in in a browser', () => {
  test('a new user enrols TOTP from the text secret and lands signed in', { timeout: 120_000 }, async () => {
    const u = await createStaffUser(servers.ctx, { roles: ['intake'], name: 'Fenna Testdijk', enrolled: false });
    const context = await browser.newContext({ bypassCSP: false });
    const page = await context.newPage();
    const errors: string[] = [];
    // CSP violations and script errors show up here; a missing favicon ("Failed to load resource") does not count.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${servers.staffUrl}/inloggen`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('E-mailadres').fill(u.user.email);
    await page.getByLabel('Wachtwoord').fill(u.password);
    await Promise.all([page.waitForURL(/\/inloggen\/koppelen/), page.getByRole('button', { name: 'Inloggen' }).click()]);

    expect(await axeViolations(page)).toEqual([]);
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const qr = await page.locator('img.vn-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    expect(qr, 'the QR code image loads under the CSP').toBe(true);
    await page.getByLabel('Code van 6 cijfers').fill(currentTotp(secret));
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith('/inloggen')),
      page.getByRole('button', { name: 'Koppelen en inloggen' }).click(),
    ]);

    await expect.poll(() => page.locator('body').innerText()).toContain('Fenna Testdijk');
    expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(1);
    expect(errors, 'no CSP violations or script errors in the console').toEqual([]);
    await context.close();
  });

  test('an enrolled user signs in with a code', { timeout: 120_000 }, async () => {
    const u = await createStaffUser(servers.ctx, { roles: ['analyst'], name: 'Joris Proefstra' });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${servers.staffUrl}/inloggen`);
    await page.getByLabel('E-mailadres').fill(u.user.email);
    await page.getByLabel('Wachtwoord').fill(u.password);
    await Promise.all([page.waitForURL(/\/inloggen\/code/), page.getByRole('button', { name: 'Inloggen' }).click()]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Code van 6 cijfers').fill(currentTotp(u.totpSecret));
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith('/inloggen')),
      page.getByRole('button', { name: 'Controleren' }).click(),
    ]);
    await expect.poll(() => page.locator('body').innerText()).toContain('Joris Proefstra');
    await context.close();
  });
});
