import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listStaffRoutes } from '../../src/app/staff-server.ts';
import { ROLES } from '../../src/modules/accounts/roles.ts';
import { crawl, staffGetPaths } from '../security/pages.ts';
import { AXE_TAGS, type BrowserServers, launchBrowser, signedInContext, startServers } from '../support/browser.ts';
import { TestClient } from '../support/client.ts';
import { createStaffUser, publicClient, signedInAs } from '../support/factories.ts';

/**
 * axe (WCAG 2.0 and 2.1, A and AA) on every GET page of both surfaces, found from the staff route
 * inventory and by following links, so pages that modules add later are checked too. axe needs
 * JavaScript, so this runs in a normal context; the no-JS flow is in public-site.test.ts.
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

const scan = async (context: BrowserContext, base: string, paths: string[]) => {
  const page = await context.newPage();
  const report: string[] = [];
  for (const path of paths) {
    await page.goto(`${base}${path}`);
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const v of result.violations) {
      report.push(`${path} — ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    }
  }
  await page.close();

  return report;
};

describe('axe finds no WCAG 2.1 AA violations', () => {
  test('on every public page, in Dutch and in English', { timeout: 300_000 }, async () => {
    const pages = [...(await crawl(publicClient(servers.publicApp), ['/'])).keys(), '/bestaat-niet'];
    const context = await browser.newContext();
    expect(await scan(context, servers.publicUrl, pages)).toEqual([]);
    await context.addCookies([{ name: 'vn_lang', value: 'en', url: servers.publicUrl }]);
    expect(await scan(context, servers.publicUrl, pages)).toEqual([]);
    await context.close();
  });

  test('on every staff page for a visitor who is not signed in', { timeout: 300_000 }, async () => {
    const paths = [...(await crawl(new TestClient(servers.staffApp), ['/inloggen'])).keys(), '/bestaat-niet'];
    const context = await browser.newContext();
    expect(await scan(context, servers.staffUrl, paths)).toEqual([]);
    await context.close();
  });

  test('on every staff page for a user with every role', { timeout: 600_000 }, async () => {
    // A second user, so that lists have more than the signed-in user in them.
    await createStaffUser(servers.ctx, { roles: ['partner'], name: 'Bram Voorbeeldsma' });
    const { client } = await signedInAs(servers.ctx, servers.staffApp, [...ROLES]);
    const seeds = staffGetPaths(listStaffRoutes(servers.staffApp));
    const paths = [...(await crawl(client, seeds, 80)).keys(), '/bestaat-niet'];
    expect(paths.length).toBeGreaterThan(1);
    const context = await signedInContext(browser, servers.staffUrl, client);
    expect(await scan(context, servers.staffUrl, paths)).toEqual([]);
    await context.close();
  });
});
