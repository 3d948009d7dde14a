import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/modules/accounts/sign-in/session.ts';
import { createTestApp, type TestApp } from './app.ts';
import type { TestClient } from './client.ts';

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
