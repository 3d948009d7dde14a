import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LinkSeed, SHARED_PHONE, seedLinkCase } from '../../src/modules/links/testing.ts';
import { AXE_TAGS, type BrowserServers, launchBrowser, signedInContext, startServers } from '../support/browser.ts';
import type { TestClient } from '../support/client.ts';
import { createStaffUser, signIn } from '../support/factories.ts';

/** Issue 5 point 6 in a real browser: the drawn chart with JavaScript, the table without. */
let servers: BrowserServers;
let browser: Browser;
let seed: LinkSeed;
let client: TestClient;

beforeAll(async () => {
  servers = await startServers();
  browser = await launchBrowser();
  const a = await createStaffUser(servers.ctx, { roles: ['investigator'], name: 'Onderzoeker Anna (test)' });
  const b = await createStaffUser(servers.ctx, { roles: ['investigator'] });
  seed = await seedLinkCase(servers.ctx, a.user, b.user);
  client = await signIn(servers.ctx, servers.staffApp, a);
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

describe('link chart in a browser', () => {
  test('with JavaScript: the island draws the graph from the JSON endpoint under the CSP', { timeout: 120_000 }, async () => {
    const context = await signedInContext(browser, servers.staffUrl, client);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${servers.staffUrl}/dossiers/${seed.dossierId}/verbanden`);
    const chart = page.locator('#vn-link-chart');
    await expect.poll(() => chart.getAttribute('data-rendered-at'), { timeout: 30_000 }).not.toBeNull();
    await chart.waitFor({ state: "visible" });
    expect(await chart.locator('canvas').count()).toBeGreaterThan(0);
    const rows = await page.locator('[data-testid="link-nodes"] tbody tr').count();
    expect(Number(await chart.getAttribute('data-nodes'))).toBe(rows);
    // The island's own kind filter: one checkbox per kind present.
    const adBox = page.getByRole('checkbox', { name: 'Advertentie' }).first();
    await adBox.uncheck();
    expect(await adBox.isChecked()).toBe(false);
    expect(errors, 'no CSP violations or script errors').toEqual([]);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  test('with JavaScript: expanding a node (list and button, as a keyboard user would) loads its neighbours', { timeout: 120_000 }, async () => {
    const context = await signedInContext(browser, servers.staffUrl, client);
    const page = await context.newPage();
    await page.goto(`${servers.staffUrl}/identificatoren/phone/${encodeURIComponent(SHARED_PHONE)}/verbanden`);
    const chart = page.locator('#vn-link-chart');
    await expect.poll(() => chart.getAttribute('data-rendered-at'), { timeout: 30_000 }).not.toBeNull();
    const before = Number(await chart.getAttribute('data-nodes'));
    const picker = page.getByLabel('Verbindingen laden van');
    await picker.focus();
    await picker.selectOption(`dossier:${seed.dossierId}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The dossier brings its person and the person's Instagram account.
    await expect.poll(async () => Number(await chart.getAttribute('data-nodes')), { timeout: 30_000 }).toBeGreaterThanOrEqual(before + 2);
    expect(await picker.locator('option').allInnerTexts()).toContain('Persoon: Testpersoon Sanne');
    await context.close();
  });

  test('without JavaScript: the table carries the chart and the filter works by GET', { timeout: 120_000 }, async () => {
    const context = await signedInContext(browser, servers.staffUrl, client, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${servers.staffUrl}/dossiers/${seed.dossierId}/verbanden`);
    expect(await page.locator('#vn-link-chart').isVisible()).toBe(false);
    const table = page.locator('[data-testid="link-nodes"]');
    await table.waitFor({ state: "visible" });
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await table.textContent()).toContain('Nieuw in Zwolle (testadvertentie)');
    await page.locator('form[method="get"]').getByLabel('Melding', { exact: true }).check();
    await page.locator('form[method="get"]').getByLabel('Identificator', { exact: true }).check();
    await Promise.all([page.waitForURL(/soort=report/), page.getByRole('button', { name: 'Filter toepassen' }).click()]);
    const kinds = await page.locator('[data-testid="link-nodes"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')));
    expect(new Set(kinds)).toEqual(new Set(['dossier', 'report', 'identifier']));
    await context.close();
  });
});
