import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Download, Page } from 'playwright-core';
import sax from 'sax';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AXE_TAGS, type BrowserServers, launchBrowser, signedInContext, startServers } from '../../../../test/support/browser.ts';
import { createStaffUser, publicClient, signIn } from '../../../../test/support/factories.ts';
import { insertAssignee, createDossierVia } from '../../cases/testing.ts';
import { captureWebPage, verifySignedPackage } from '../../evidence/testing.ts';
import { startTestSite, type TestSite } from '../../evidence/testing/test-site.ts';
import { findReportByNumber, ANONYMOUS_REPORT, fillAndSubmit } from '../../intake/testing.ts';

/**
 * Issue 5 point 2 in a real browser, as a new user would meet it: on a report, the number is "also
 * seen in 1 other report"; following the link lands on that report, and an investigator follows the
 * number to its identifier page. Without JavaScript (the links are plain links), axe with it.
 */
let servers: BrowserServers;
let browser: Browser;
let site: TestSite;
let reportA = '';
let reportB = '';
const NO_ONLINE = { phones: '', emails: '', urls: '', handles: '', onlineOther: '' };

const submit = async (answers: typeof ANONYMOUS_REPORT) => {
  const { number } = await fillAndSubmit(publicClient(servers.publicApp), answers);
  const row = await findReportByNumber(servers.ctx.db, number);
  if (!row) throw new Error('report not stored');
  numbers.set(row.id, number);

  return row.id;
};

const numbers = new Map<string, string>();
const numberOf = (id: string) => numbers.get(id) ?? '';

beforeAll(async () => {
  // Capture from the local test site needs loopback addresses allowed (never in production).
  servers = await startServers({ env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
  browser = await launchBrowser();
  site = await startTestSite();
  reportA = await submit({ ...ANONYMOUS_REPORT, online: { ...NO_ONLINE, phones: '06-12 34 56 71' } });
  reportB = await submit({ ...ANONYMOUS_REPORT, wat: { whatHappened: 'Hij appt steeds vanaf nul zes 1234 5671.', signals: [] }, online: NO_ONLINE });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await servers?.close();
});

describe('where else seen, in a browser', () => {
  test('intake follows the link from report A to report B without JavaScript', { timeout: 120_000 }, async () => {
    const intake = await createStaffUser(servers.ctx, { roles: ['intake'] });
    const client = await signIn(servers.ctx, servers.staffApp, intake);
    const context = await signedInContext(browser, servers.staffUrl, client, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${servers.staffUrl}/meldingen/${reportA}`);
    const block = page.getByTestId('where-else-seen');
    expect(await block.innerText()).toContain('ook gezien in 1 andere melding');
    await block.getByRole('link', { name: 'Melding' }).click();
    expect(page.url()).toBe(`${servers.staffUrl}/meldingen/${reportB}`);
    expect(await page.getByTestId('where-else-seen').innerText()).toContain('ook gezien in 1 andere melding');
    await context.close();
  });

  test('an investigator opens the identifier page from the report; both pages pass axe', { timeout: 120_000 }, async () => {
    const investigator = await createStaffUser(servers.ctx, { roles: ['investigator'] });
    const client = await signIn(servers.ctx, servers.staffApp, investigator);
    const context = await signedInContext(browser, servers.staffUrl, client);
    const page = await context.newPage();
    await page.goto(`${servers.staffUrl}/meldingen/${reportA}`);
    const first = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(first.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.getByTestId('where-else-seen').getByRole('link', { name: /5671/ }).click();
    expect(page.url()).toBe(`${servers.staffUrl}/identificatoren/phone/%2B31612345671`);
    expect(await page.locator('main').innerText()).toContain('2 keer gezien');
    const second = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(second.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

const axe = async (page: Page) => {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
};

const downloaded = async (page: Page, click: () => Promise<unknown>): Promise<{ download: Download; bytes: Buffer }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();

  return { download, bytes: readFileSync(file) };
};

/** Parses strictly (any well-formedness error throws). */
const parsesAsXml = (text: string) => {
  const parser = sax.parser(true);
  parser.onerror = (e) => {
    throw e;
  };
  parser.write(text).close();

  return true;
};

/**
 * Every address of a picture, video, sound or font the test page refers to. Not in it: /sneaky-image,
 * an extension-less address a script fetches at run time. Nothing can know that is a picture before
 * asking; capture reads only its headers, refuses it as image/png and lists it (as the evidence
 * module's own capture test asserts), so its bytes never reach Vangnet.
 */
const MEDIA_PATH = /\.(png|gif|ico|jpe?g|webp|svg|mp4|webm|mp3|vtt|woff2?)$|^\/img$|^\/photo-direct$/;

describe('issue 5 "done when", in a browser', () => {
  test('an investigator finds a number in another report and a captured ad of another dossier, opens the chart, captures a page as verified evidence and exports the chart', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const inv = await createStaffUser(servers.ctx, { roles: ['investigator'], name: 'Onderzoeker Iris (test)' });
    const colleague = await createStaffUser(servers.ctx, { roles: ['investigator'], name: 'Onderzoeker Cas (test)' });
    const invClient = await signIn(servers.ctx, servers.staffApp, inv);
    const colClient = await signIn(servers.ctx, servers.staffApp, colleague);
    // Two reports name the number of the ad on the test site (06-12345678), one of them in words.
    const reportC = await submit({ ...ANONYMOUS_REPORT, online: { ...NO_ONLINE, phones: '06-12345678' } });
    const reportD = await submit({ ...ANONYMOUS_REPORT, wat: { whatHappened: 'Hij belt haar vanaf nul zes 1234 5678 (test).', signals: [] }, online: NO_ONLINE });
    // A colleague's dossier holds a captured ad page with that number; the investigator works on it too.
    const other = await createDossierVia(colClient, { title: 'Advertentiezaak Utrecht (test)' });
    await insertAssignee(servers.ctx.db, { dossierId: other, userId: inv.user.id, addedBy: colleague.user.id });
    const ad = await captureWebPage(servers.ctx, { actor: { id: colleague.user.id, name: colleague.user.name }, url: `${site.base}/page`, title: 'Advertentie Lisa (test)', sourceDescription: 'Advertentiesite (test)', dossierId: other });
    const mine = await createDossierVia(invClient, { title: 'Meisje 15 jaar, Utrecht (test)', meldingen: numberOf(reportC) });

    const context = await signedInContext(browser, servers.staffUrl, invClient, { acceptDownloads: true });
    const page = await context.newPage();

    // 1. The report: its number was also in another report and in a captured page of another dossier.
    await page.goto(`${servers.staffUrl}/meldingen/${reportC}`);
    await axe(page);
    const whereElse = page.getByTestId('where-else-seen');
    const line = whereElse.locator('[data-identifier="phone:+31612345678"]');
    expect(await line.innerText()).toContain('ook gezien in 1 bewijsstuk, 1 andere melding');
    expect(await line.getByRole('link', { name: 'Melding' }).getAttribute('href')).toBe(`/meldingen/${reportD}`);
    await line.getByRole('link', { name: 'Bewijsstuk' }).click();
    expect(page.url()).toBe(`${servers.staffUrl}/bewijs/${ad.item.id}`);
    expect(await page.locator('main').innerText()).toContain('Advertentie Lisa (test)');
    await axe(page);

    // 2. The link chart of the investigator's own dossier, drawn by the island, with the table beside it.
    await page.goto(`${servers.staffUrl}/dossiers/${mine}`);
    await axe(page);
    await page.getByRole('link', { name: /^Verbanden/ }).click();
    expect(page.url()).toBe(`${servers.staffUrl}/dossiers/${mine}/verbanden`);
    const chart = page.locator('#vn-link-chart');
    await expect.poll(() => chart.getAttribute('data-rendered-at'), { timeout: 30_000 }).not.toBeNull();
    await page.locator('section[aria-labelledby="kaart-titel"]').waitFor({ state: "visible" });
    const table = await page.locator('[data-testid="link-nodes"]').innerText();
    expect(table).toContain('Advertentie Lisa (test)');
    expect(table).toContain(numberOf(reportD));
    await axe(page);

    // 3. Capture a page into this dossier through the form, then check its signed package.
    await page.goto(`${servers.staffUrl}/dossiers/${mine}/bewijs`);
    await page.getByRole('link', { name: 'Bewijsstuk toevoegen (bestand of webpagina)' }).click();
    await axe(page);
    await page.getByRole('link', { name: 'Webpagina vastleggen' }).click();
    await axe(page);
    await page.getByLabel('Adres van de pagina (URL)').fill(`${site.base}/redirect-once`);
    await page.getByLabel('Titel').fill('Advertentie Lisa, eigen vastlegging (test)');
    await Promise.all([page.waitForURL(/\/bewijs\/[0-9a-f-]{36}/, { timeout: 30_000 }), page.getByRole('button', { name: 'Vastleggen' }).click()]);
    const captured = page.url();
    expect(await page.locator('main').innerText()).toContain('Advertentie Lisa, eigen vastlegging (test)');
    await axe(page);
    await page.getByLabel('Reden').last().fill('Overdracht aan politie (test)');
    const pkg = await downloaded(page, () => page.getByRole('button', { name: 'Pakket maken en downloaden' }).click());
    const verified = verifySignedPackage(pkg.bytes);
    expect(verified.ok, JSON.stringify(verified)).toBe(true);

    // 4. The chart now holds the new capture too; export it for the police.
    await page.goto(`${servers.staffUrl}/dossiers/${mine}/verbanden`);
    expect(await page.locator('[data-testid="link-nodes"]').innerText()).toContain('Advertentie Lisa, eigen vastlegging (test)');
    await axe(page);
    for (const name of ['Download als GraphML', 'Download als i2 ANX']) {
      const file = await downloaded(page, () => page.getByRole('link', { name }).click());
      const text = file.bytes.toString('utf8');
      expect(parsesAsXml(text)).toBe(true);
      expect(text.replace(/\s/g, '')).toContain('0612345678');
    }
    await context.close();

    // Not one picture, video or font was asked of the test site, by either capture.
    expect(Object.entries(site.allHits()).filter(([path, n]) => MEDIA_PATH.test(path) && n > 0)).toEqual([]);
    expect(site.hits('/page')).toBeGreaterThanOrEqual(2);
    expect(captured).toContain('/bewijs/');
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
