import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/modules/accounts/sign-in/session.ts';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../src/modules/accounts/roles.ts';
import { createTestApp, type TestApp } from './app.ts';
import type { TestClient } from './client.ts';
import { signedInAs } from './factories.ts';

/** Debian's chromium (scripts/test-all.sh installs it); playwright-core never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a machine with no network but loopback: without the background-networking ones Chromium
 * keeps trying Google's hosts (see /work/shared/research/stack-and-style.md and the machine notes).
 */
const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });

export type BrowserServers = TestApp & { publicUrl: string; staffUrl: string };

/** The real app (test database) listening on two free loopback ports, for a real browser. */
export const startServers = async (options?: Parameters<typeof createTestApp>[0]): Promise<BrowserServers> => {
  const app = await createTestApp(options);
  await app.publicApp.listen({ port: 0, host: '127.0.0.1' });
  await app.staffApp.listen({ port: 0, host: '127.0.0.1' });
  const url = (a: AddressInfo) => `http://127.0.0.1:${a.port}`;

  return {
    ...app,
    publicUrl: url(app.publicApp.server.address() as AddressInfo),
    staffUrl: url(app.staffApp.server.address() as AddressInfo),
  };
};

/** A browser context already signed in as the inject client's user (the session cookie is copied over). */
export const signedInContext = async (
  browser: Browser,
  staffUrl: string,
  client: TestClient,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> => {
  const context = await browser.newContext(options);
  const token = client.cookies.get(SESSION_COOKIE);
  if (token) await context.addCookies([{ name: SESSION_COOKIE, value: token, url: staffUrl, httpOnly: true, sameSite: 'Strict' }]);

  return context;
};

/** The tags issue 2 asks axe to check. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Axe on the page as it is now: one line per violation (rule id and the elements), [] when clean. */
export const axeViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();

  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

/**
 * One server and one browser for a whole test file (ARCHITECTURE "One server and one browser per
 * file"): registers beforeAll/afterAll and returns an object filled in before the first test.
 */
export const useBrowserServers = (options?: Parameters<typeof createTestApp>[0]): { servers: BrowserServers; browser: Browser } => {
  const file = {} as { servers: BrowserServers; browser: Browser };
  beforeAll(async () => {
    file.servers = await startServers(options);
    file.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await file.browser?.close();
    await file.servers?.close();
  });

  return file;
};

/** A staff member signed in twice: `page` without JavaScript at 360 px (the flow as a user walks it), `jsPage` with JavaScript (axe needs it). */
export type StaffBrowser = Awaited<ReturnType<typeof signedInAs>> & {
  context: BrowserContext;
  page: Page;
  jsContext: BrowserContext;
  jsPage: Page;
  close: () => Promise<void>;
};

/** Signs a new staff user with these roles in and opens both pages on the staff server (`flow`: options for the no-JavaScript context, such as acceptDownloads). */
export const openAsStaff = async (
  file: { servers: BrowserServers; browser: Browser },
  roles: Role[],
  flow: BrowserContextOptions = {},
): Promise<StaffBrowser> => {
  const staff = await signedInAs(file.servers.ctx, file.servers.staffApp, roles);
  const context = await signedInContext(file.browser, file.servers.staffUrl, staff.client, {
    javaScriptEnabled: false,
    viewport: { width: 360, height: 800 },
    ...flow,
  });
  const jsContext = await signedInContext(file.browser, file.servers.staffUrl, staff.client);
  const [page, jsPage] = await Promise.all([context.newPage(), jsContext.newPage()]);
  const close = async () => {
    await context.close();
    await jsContext.close();
  };

  return { ...staff, context, page, jsContext, jsPage, close };
};

/** Axe on each address at 360 and 1280 px, and no page wider than the screen (wide tables scroll in their own region): one line per problem. */
export const scanPages = async (page: Page, urls: string[]): Promise<string[]> => {
  const out: string[] = [];
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const url of urls) {
      await page.goto(url);
      out.push(...(await axeViolations(page)).map((v) => `${url} at ${width}px: ${v}`));
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) out.push(`${url} at ${width}px: page is ${scrollWidth}px wide`);
    }
  }

  return out;
};
