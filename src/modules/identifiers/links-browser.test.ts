import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AXE_TAGS, type BrowserServers, launchBrowser, signedInContext, startServers } from '../../../test/support/browser.ts';
import { createStaffUser, publicClient, signIn } from '../../../test/support/factories.ts';
import { findReportByNumber } from '../intake/queries.ts';
import { ANONYMOUS_REPORT, fillAndSubmit } from '../intake/testing.ts';

/**
 * Issue 5 point 2 in a real browser, as a new user would meet it: on a report, the number is "also
 * seen in 1 other report"; following the link lands on that report, and an investigator follows the
 * number to its identifier page. Without JavaScript (the links are plain links), axe with it.
 */
let servers: BrowserServers;
let browser: Browser;
let reportA = '';
let reportB = '';
const NO_ONLINE = { phones: '', emails: '', urls: '', handles: '', onlineOther: '' };

const submit = async (answers: typeof ANONYMOUS_REPORT) => {
  const { number } = await fillAndSubmit(publicClient(servers.publicApp), answers);
  const row = await findReportByNumber(servers.ctx.db, number);
  if (!row) throw new Error('report not stored');

  return row.id;
};

beforeAll(async () => {
  servers = await startServers();
  browser = await launchBrowser();
  reportA = await submit({ ...ANONYMOUS_REPORT, online: { ...NO_ONLINE, phones: '06-12 34 56 71' } });
  reportB = await submit({ ...ANONYMOUS_REPORT, wat: { whatHappened: 'Hij appt steeds vanaf nul zes 1234 5671.', signals: [] }, online: NO_ONLINE });
});

afterAll(async () => {
  await browser?.close();
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
