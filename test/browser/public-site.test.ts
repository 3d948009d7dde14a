import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserServers, launchBrowser, startServers } from '../support/browser.ts';
import { publicClient } from '../support/factories.ts';
import { crawl } from '../security/pages.ts';

/** Issue 2 points 5 and 8 in a real browser: no JavaScript needed, 112 visible, 320 px, motion, focus. */
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

describe('the public site in a browser', () => {
  test('works with JavaScript off: content, 112, and the language switch', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${servers.publicUrl}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
    await expect.poll(() => page.getByText('112').first().isVisible()).toBe(true);
    expect(await page.locator('body').innerText()).toContain('0800-0034');

    await Promise.all([page.waitForURL(`${servers.publicUrl}/`), page.getByRole('link', { name: 'Read this page in English' }).click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('body').innerText()).toContain('Call 112');
    // And back again.
    await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('nl');
    await context.close();
  });

  test('every public page fits 320 px without sideways scrolling and shows 112', { timeout: 180_000 }, async () => {
    const pages = await crawl(publicClient(servers.publicApp), ['/']);
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of [...pages.keys(), '/bestaat-niet']) {
      await page.goto(`${servers.publicUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect.soft(width, `${path} is ${width}px wide at 320px`).toBeLessThanOrEqual(320);
      expect.soft(await page.getByText('112').first().isVisible(), `${path} shows 112`).toBe(true);
    }
    await context.close();
  });

  test('the skip link appears on the first Tab, with a visible focus, and leads to the content', { timeout: 60_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${servers.publicUrl}/`);
    const hidden = await page.locator('.utrecht-skip-link').boundingBox();
    expect(hidden === null || hidden.y + hidden.height <= 0, 'the skip link is out of sight before focus').toBe(true);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        href: el.getAttribute('href'),
        top: box.top,
        height: box.height,
        outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== 'none',
      };
    });
    expect(focused.href).toBe('#inhoud');
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.height).toBeGreaterThan(10);
    expect(focused.outline || focused.shadow, 'focus is visible').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    // Every following link shows a focus ring too.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          end: el === document.body,
          what: el.outerHTML.slice(0, 80),
          visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        };
      });
      if (focus.end) break;
      expect(focus.visible, `focus ring on ${focus.what}`).toBe(true);
    }
    await context.close();
  });

  test('respects prefers-reduced-motion', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${servers.publicUrl}/`);
    const motion = await page.evaluate(() => {
      const durations = [...document.querySelectorAll<HTMLElement>('a, button, body')].map((el) => {
        const s = getComputedStyle(el);
        return [s.transitionDuration, s.animationDuration].flatMap((d) => d.split(',').map((x) => Number.parseFloat(x) || 0));
      });
      return { reduce: matchMedia('(prefers-reduced-motion: reduce)').matches, longest: Math.max(0, ...durations.flat()) };
    });
    expect(motion.reduce).toBe(true);
    expect(motion.longest).toBeLessThanOrEqual(0.001);
    await context.close();
  });
});
