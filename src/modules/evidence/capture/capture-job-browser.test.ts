import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../../../../test/support/browser.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { evidenceModule } from '../module.ts';
import { startTestSite, type TestSite } from '../testing/test-site.ts';
import { CAPTURE_JOB } from './capture-job.ts';

let servers: BrowserServers;
let browser: Browser;
let site: TestSite;

beforeAll(async () => {
  servers = await startServers({ jobs: true, env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
  browser = await launchBrowser();
  site = await startTestSite();
});

afterAll(async () => {
  await site?.close();
  await browser?.close();
  await servers?.close();
});

/** Issue 12 point 7 in a real browser without JavaScript: the capture's states by reloading, checked with axe. */
describe('capture as a job, without JavaScript', () => {
  test('queued, failed and done pages, each reached by the form or a reload', { timeout: 120_000 }, async () => {
    const jobs = servers.ctx.jobs;
    if (!jobs) throw new Error('jobs');
    await jobs.boss.offWork(CAPTURE_JOB);
    const { client } = await signedInAs(servers.ctx, servers.staffApp, ['investigator']);
    const context = await signedInContext(browser, servers.staffUrl, client, { javaScriptEnabled: false });
    const page = await context.newPage();
    // axe runs scripts: it checks the same address in a second, scripted context of the same user.
    const axeContext = await signedInContext(browser, servers.staffUrl, client);
    const axePage = await axeContext.newPage();
    const axeAt = async (url: string) => {
      await axePage.goto(url);
      return axeViolations(axePage);
    };

    const capture = async (url: string, title: string) => {
      await page.goto(`${servers.staffUrl}/bewijs/webpagina`);
      await page.getByLabel('Adres van de pagina (URL)').fill(url);
      await page.getByLabel('Titel').fill(title);
      await page.getByRole('button', { name: 'Vastleggen' }).click();
      await page.waitForURL(/\/bewijs\/[0-9a-f-]{36}$/);
      return page.url();
    };

    const loopUrl = await capture(`${site.base}/loop-a`, 'Lus (test)');
    const pageUrl = await capture(`${site.base}/page`, 'Advertentie Lisa (test)');
    expect(await page.locator('main').innerText()).toContain('In de wachtrij.');
    expect(await axeAt(pageUrl)).toEqual([]);

    await evidenceModule.jobs?.(jobs, servers.ctx);
    // Reload (the page's own link) until the item shows; no script updates it.
    for (let i = 0; i < 120 && (await page.locator('main').innerText()).includes('Pagina vernieuwen'); i++) {
      await new Promise((r) => setTimeout(r, 500));
      await page.getByRole('link', { name: 'Pagina vernieuwen' }).click().catch(() => page.reload());
    }
    expect(page.url()).toBe(pageUrl);
    const item = await page.locator('main').innerText();
    expect(item).not.toContain('In de wachtrij');
    expect(item).not.toContain('Bezig met vastleggen');
    expect(item).toContain('Advertentie Lisa (test)');
    expect(item).toMatch(/[0-9a-f]{64}/);
    expect(item).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    expect(await axeAt(pageUrl)).toEqual([]);

    await page.goto(loopUrl);
    const failed = await page.locator('main').innerText();
    expect(failed).toContain('Vastleggen is niet gelukt.');
    expect(failed).toContain('De website stuurde meer dan 5 keer door naar een ander adres.');
    expect(await axeAt(loopUrl)).toEqual([]);
    await page.getByRole('link', { name: 'Opnieuw proberen' }).click();
    expect(page.url()).toBe(`${servers.staffUrl}/bewijs/webpagina`);
    await context.close();
    await axeContext.close();
  });
});
