import type { Browser, Page } from 'playwright-core';
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

/**
 * Issue 12 point 7 in a real browser: without JavaScript the capture's states by reloading; with it
 * the page follows by itself (capture/assets/capture-status.js). Each state checked with axe.
 */
describe('capture as a job in a browser', () => {
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

  test('with JavaScript: queued turns into the item (and a loop into its failure) by itself, without a reload', { timeout: 120_000 }, async () => {
    const jobs = servers.ctx.jobs;
    if (!jobs) throw new Error('jobs');
    await jobs.boss.offWork(CAPTURE_JOB);
    const { client } = await signedInAs(servers.ctx, servers.staffApp, ['investigator']);
    const context = await signedInContext(browser, servers.staffUrl, client);
    // Any script error or CSP refusal shows up here.
    const problems: string[] = [];
    const open = async (url: string, title: string) => {
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(`${servers.staffUrl}/bewijs/webpagina`);
      await page.getByLabel('Adres van de pagina (URL)').fill(url);
      await page.getByLabel('Titel').fill(title);
      await page.getByRole('button', { name: 'Vastleggen' }).click();
      await page.waitForURL(/\/bewijs\/[0-9a-f-]{36}$/);
      await page.waitForLoadState('load');
      // A reload or navigation would lose this mark.
      await page.evaluate(() => {
        document.documentElement.dataset.testMark = 'same document';
      });
      let navigations = 0;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations += 1;
      });
      return { page, url: page.url(), navigations: () => navigations };
    };
    const mark = (page: Page) => page.evaluate(() => document.documentElement.dataset.testMark);

    const done = await open(`${site.base}/page`, 'Advertentie Sanne (test)');
    const loop = await open(`${site.base}/loop-a`, 'Lus met script (test)');
    const queued = await done.page.locator('main').innerText();
    expect(queued).toContain('In de wachtrij.');
    // The script says the page follows by itself; the link stays for whoever prefers it.
    expect(queued).toContain('Deze pagina werkt zichzelf bij.');
    expect(queued).toContain('Pagina vernieuwen');
    expect(await axeViolations(done.page)).toEqual([]);

    await evidenceModule.jobs?.(jobs, servers.ctx);
    const hasHash = () => /[0-9a-f]{64}/.test(document.querySelector('main')?.textContent ?? '');
    await done.page.waitForFunction(hasHash, undefined, { timeout: 90_000 });
    await loop.page.waitForFunction(() => (document.querySelector('main')?.textContent ?? '').includes('Vastleggen is niet gelukt.'), undefined, { timeout: 90_000 });

    // Same document, same address, no navigation: the script swapped the content in.
    expect(done.navigations()).toBe(0);
    expect(await mark(done.page)).toBe('same document');
    expect(done.page.url()).toBe(done.url);
    const item = await done.page.locator('main').innerText();
    expect(item).not.toContain('In de wachtrij');
    expect(item).not.toContain('Bezig met vastleggen');
    expect(item).not.toContain('Pagina vernieuwen');
    expect(item).toContain('Advertentie Sanne (test)');
    expect(item).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    expect(await done.page.locator('#capture-live').textContent()).toBe('Vastgelegd');
    expect(await done.page.title()).not.toContain('In de wachtrij');
    expect(await axeViolations(done.page)).toEqual([]);

    expect(loop.navigations()).toBe(0);
    expect(await mark(loop.page)).toBe('same document');
    const failed = await loop.page.locator('main').innerText();
    expect(failed).toContain('De website stuurde meer dan 5 keer door naar een ander adres.');
    expect(await loop.page.locator('#capture-live').textContent()).toBe('Vastleggen is niet gelukt');
    expect(await axeViolations(loop.page)).toEqual([]);
    // The swapped-in page works as before: its link goes to the form.
    await loop.page.getByRole('link', { name: 'Opnieuw proberen' }).click();
    expect(loop.page.url()).toBe(`${servers.staffUrl}/bewijs/webpagina`);

    expect(problems).toEqual([]);
    await context.close();
  });
});
