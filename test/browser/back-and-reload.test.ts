import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findReportByNumber, listMessages } from '../../src/modules/intake/queries.ts';
import { fillAndSubmit } from '../../src/modules/intake/testing.ts';
import { type BrowserServers, launchBrowser, signedInContext, startServers } from '../support/browser.ts';
import { publicClient, signedInAs } from '../support/factories.ts';

/**
 * Issue 14 finding 2, in a browser without JavaScript: after a refused form on every public step, on
 * the receipt form, after sending a message, and on the staff report page's message and assignment
 * forms, Back and reload load GET pages only — no "Confirm Form Resubmission", no form sent again,
 * no second message.
 */
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

const noScript = { viewport: { width: 360, height: 640 }, javaScriptEnabled: false } as const;

/** Every top-level navigation's method, as the browser sends it. */
const watchNavigations = (page: Page): string[] => {
  const methods: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) methods.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });

  return methods;
};

/** Sends a form and waits for the GET its post redirects to (every form here answers with a 303). */
const submit = async (page: Page, form: string) => {
  const landed = page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().method() === 'GET' && r.request().frame() === page.mainFrame());
  await page.locator(`${form} button[type="submit"]:not([hidden])`).last().click();
  await landed;
  await page.waitForLoadState('load');
};

/**
 * Reload, Back and Forward after a form post: the browser asks nothing and posts nothing, and each
 * page is a real page (the error page of a post that cannot be loaded again is not).
 */
const backAndReloadPostNothing = async (page: Page, navigations: string[], expectText: string) => {
  const url = page.url();
  const before = navigations.length;
  const reloaded = await page.reload();
  expect(reloaded?.request().method()).toBe('GET');
  expect(await page.locator('main').textContent()).toContain(expectText);
  const back = await page.goBack();
  expect(back, `back from ${url}`).not.toBeNull();
  expect(back?.request().method()).toBe('GET');
  expect(await page.locator('h1').count()).toBeGreaterThan(0);
  expect(await page.content()).not.toMatch(/ERR_CACHE_MISS|Confirm Form Resubmission|Formulier opnieuw verzenden/);
  const forward = await page.goForward();
  expect(forward?.request().method()).toBe('GET');
  expect(page.url()).toBe(url);
  expect(await page.locator('main').textContent()).toContain(expectText);
  expect(navigations.slice(before).filter((n) => n.startsWith('POST')), `posted again after ${url}`).toEqual([]);
};

describe('Back and reload never send a form again (no JavaScript)', () => {
  test('after a refused answer on every public step of both paths and on the receipt form', { timeout: 240_000 }, async () => {
    const context: BrowserContext = await browser.newContext(noScript);
    const page = await context.newPage();
    const navigations = watchNavigations(page);
    await page.goto(`${servers.publicUrl}/melden`);
    await submit(page, 'form[action="/melden/start"]');
    // The steps with a required answer, refused empty (or with a wrong value), then answered.
    const steps: [string, (p: Page) => Promise<void>, string][] = [
      ['wie', (p) => p.locator('input[name="reporterKind"][value="family"]').check(), 'Kies wie u bent.'],
      ['gevaar', (p) => p.locator('input[name="dangerNow"][value="no"]').check(), 'Kies of er nu iemand in gevaar is.'],
      ['wat', (p) => p.locator('textarea[name="whatHappened"]').fill('Een fictieve testmelding over een jongen die steeds wordt opgehaald.'), 'Vertel in een paar woorden'],
    ];
    for (const [slug, answer, error] of steps) {
      await page.goto(`${servers.publicUrl}/melden/${slug}`);
      await submit(page, `form[action^="/melden/${slug}"]`);
      expect(new URL(page.url()).pathname).toBe(`/melden/${slug}`);
      expect(await page.locator('main').textContent()).toContain(error);
      await backAndReloadPostNothing(page, navigations, error);
      await answer(page);
      await submit(page, `form[action^="/melden/${slug}"]`);
      expect(new URL(page.url()).pathname).not.toBe(`/melden/${slug}`);
    }
    // A value that is not right: kept in the field after Back and reload too.
    await page.goto(`${servers.publicUrl}/melden/online`);
    await page.locator('textarea[name="phones"]').fill('bel me maar niet');
    await submit(page, 'form[action^="/melden/online"]');
    await backAndReloadPostNothing(page, navigations, 'Er is een probleem');
    expect(await page.locator('textarea[name="phones"]').inputValue()).toBe('bel me maar niet');
    for (const slug of ['contact', 'toestemming']) {
      await page.goto(`${servers.publicUrl}/melden/${slug}`);
      await submit(page, `form[action^="/melden/${slug}"]`);
      await backAndReloadPostNothing(page, navigations, 'Er is een probleem');
    }
    // The files page: "Verder" with a file of a kind that is refused.
    await page.goto(`${servers.publicUrl}/melden/bestanden`);
    await page.locator('input[type="file"]').setInputFiles({ name: 'programma.exe', mimeType: 'application/octet-stream', buffer: Buffer.from([0x4d, 0x5a, 0, 1]) });
    await submit(page, 'form[enctype="multipart/form-data"]');
    expect(await page.locator('main').textContent()).toContain('Dit soort bestand nemen wij niet aan');
    const before = navigations.length;
    await page.reload();
    await page.goBack();
    await page.goForward();
    expect(navigations.slice(before).filter((n) => n.startsWith('POST'))).toEqual([]);

    // The short path.
    await page.goto(`${servers.publicUrl}/melden`);
    await submit(page, 'form[action="/melden/kort/start"]');
    // The draft's answers from the full path are on the page: empty the text to be refused.
    await page.locator('textarea[name="whatHappened"]').fill('');
    await submit(page, 'form[action^="/melden/kort/wat"]');
    await backAndReloadPostNothing(page, navigations, 'Er is een probleem');

    // The receipt form.
    await page.goto(`${servers.publicUrl}/mijn-melding`);
    await page.getByLabel('Bewijscode').fill('12345678-00000-00000-00000-00000-00000');
    await submit(page, 'form[action="/mijn-melding"]');
    expect(await page.locator('main').textContent()).toMatch(/klopt niet/);
    await backAndReloadPostNothing(page, navigations, 'klopt niet');
    expect(await page.getByLabel('Bewijscode').inputValue()).toBe('12345678-00000-00000-00000-00000-00000');
    await context.close();
  });

  test('after sending a message with the receipt: one message, whatever Back and reload do', { timeout: 120_000 }, async () => {
    const { receipt, number } = await fillAndSubmit(publicClient(servers.publicApp));
    const report = await findReportByNumber(servers.ctx.db, number);
    const context = await browser.newContext(noScript);
    const page = await context.newPage();
    const navigations = watchNavigations(page);
    await page.goto(`${servers.publicUrl}/mijn-melding`);
    await page.getByLabel('Bewijscode').fill(receipt);
    await submit(page, 'form[action="/mijn-melding"]');
    // A refused (empty) message first, then a real one.
    await submit(page, 'form[action="/mijn-melding/bericht"]');
    await backAndReloadPostNothing(page, navigations, 'Schrijf eerst een bericht.');
    await page.locator('textarea[name="bericht"]').fill('Ik durf niet te bellen, hij kijkt op mijn telefoon (fictief).');
    await submit(page, 'form[action="/mijn-melding/bericht"]');
    expect(await page.locator('main').textContent()).toContain('Uw bericht is verstuurd.');
    await backAndReloadPostNothing(page, navigations, 'Ik durf niet te bellen');
    expect((await listMessages(servers.ctx.db, report!.id, ['reporter'])).map((m) => m.body)).toEqual(['Ik durf niet te bellen, hij kijkt op mijn telefoon (fictief).']);
    await context.close();
  });

  test('on the staff report page: message and assignment forms', { timeout: 120_000 }, async () => {
    const { number } = await fillAndSubmit(publicClient(servers.publicApp));
    const report = await findReportByNumber(servers.ctx.db, number);
    const { client } = await signedInAs(servers.ctx, servers.staffApp, ['intake']);
    const context = await signedInContext(browser, servers.staffUrl, client, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const navigations = watchNavigations(page);
    await page.goto(`${servers.staffUrl}/meldingen/${report!.id}`);
    const messageForm = `form[action="/meldingen/${report!.id}/bericht"]`;
    await submit(page, messageForm);
    await backAndReloadPostNothing(page, navigations, 'Er is een probleem');
    await page.locator(`${messageForm} textarea[name="body"]`).fill('Intern: fictieve notitie.');
    await submit(page, messageForm);
    await backAndReloadPostNothing(page, navigations, 'Intern: fictieve notitie.');
    await page.locator('select[name="assigneeId"]').selectOption({ index: 1 });
    await submit(page, `form[action="/meldingen/${report!.id}/toewijzen"]`);
    await backAndReloadPostNothing(page, navigations, number);
    expect((await listMessages(servers.ctx.db, report!.id, ['internal'])).map((m) => m.body)).toEqual(['Intern: fictieve notitie.']);
    await context.close();
  });

  test('on the staff form "melding voor een beller": refused, then saved', { timeout: 120_000 }, async () => {
    const { client } = await signedInAs(servers.ctx, servers.staffApp, ['intake']);
    const context = await signedInContext(browser, servers.staffUrl, client, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const navigations = watchNavigations(page);
    await page.goto(`${servers.staffUrl}/meldingen/nieuw`);
    const form = 'form[action="/meldingen/nieuw"]';
    await page.locator(`${form} textarea[name="whatHappened"]`).fill('Beller ziet een meisje bij kamer 4 (fictief).');
    await submit(page, form);
    await backAndReloadPostNothing(page, navigations, 'Kies het kanaal.');
    expect(await page.locator(`${form} textarea[name="whatHappened"]`).inputValue()).toBe('Beller ziet een meisje bij kamer 4 (fictief).');
    for (const [name, value] of [['channel', 'phone'], ['reporterKind', 'hotel'], ['dangerNow', 'no'], ['anonymous', 'yes'], ['consentPolice', 'no'], ['consentCare', 'no'], ['consentZvh', 'no']]) {
      await page.locator(`${form} input[name="${name}"][value="${value}"]`).check();
    }
    await submit(page, form);
    expect(page.url()).toMatch(/\/meldingen\/[0-9a-f-]{36}\/bewijscode$/);
    await backAndReloadPostNothing(page, navigations, 'één keer getoond');
    await context.close();
  });
});
