import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../app/config.ts';
import { launchCaptureBrowser } from './launch-chromium.ts';

const config = loadConfig({ VANGNET_DATA_DIR: '/tmp/vangnet-unused' });
const asRoot = process.getuid?.() === 0;

/** The processes of one process group (Chromium and every child it started), with what /proc says. */
const group = (leader: number) => {
  const out: { pid: number; uids: number[]; seccomp: number; cmdline: string; environ: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgid !== leader) continue;
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const uids = (/^Uid:\s+(.*)$/m.exec(status)?.[1] ?? '').split(/\s+/).map(Number);
      const seccomp = Number(/^Seccomp:\s+(\d)/m.exec(status)?.[1] ?? '-1');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(entry), uids, seccomp, cmdline, environ: readFileSync(`/proc/${entry}/environ`, 'utf8').replace(/\0/g, '\n') });
    } catch {
      // A process that ended while we looked.
    }
  }
  return out;
};

/**
 * Issue 12 point 7: the Chromium of an evidence capture never runs as root, keeps its own sandbox
 * (no --no-sandbox), starts from a fresh profile, has no network of its own (only Vangnet's
 * guarded fetch answers the page) and can be killed as a whole.
 */
describe('the capture browser is sandboxed', () => {
  let server: http.Server;
  let port = 0;
  const seen: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.url ?? '');
      res.end('<p>direct</p>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('runs as an unprivileged user with its own sandbox on and the app environment left out', async () => {
    const launched = await launchCaptureBrowser(config, undefined, 30_000);
    try {
      expect(launched.sandbox).toMatchObject({ chromiumSandbox: true, network: asRoot ? 'none' : 'host' });
      expect(launched.sandbox.uid).not.toBe(0);
      const page = await launched.browser.newPage();
      await page.goto('chrome://sandbox');
      const status = await page.locator('body').innerText();
      expect(status).toMatch(/Layer 1 Sandbox\s+Namespace/);
      expect(status).toMatch(/Seccomp-BPF sandbox\s+Yes/);
      expect(status).toMatch(/Network namespaces\s+Yes/);
      expect(status).toContain('You are adequately sandboxed.');

      const leader = launched.pid();
      expect(leader).not.toBeNull();
      const procs = group(leader as number);
      expect(procs.length).toBeGreaterThan(2);
      for (const p of procs) {
        // Real, effective, saved and file-system uid: none is root.
        expect(p.uids.every((u) => u !== 0), p.cmdline).toBe(true);
        expect(p.cmdline).not.toContain('--no-sandbox');
        expect(p.environ).not.toMatch(/VANGNET_|DATABASE_URL|NODE_/);
      }
      // Renderers run under a seccomp-bpf filter.
      const renderers = procs.filter((p) => p.cmdline.includes('--type=renderer'));
      expect(renderers.length).toBeGreaterThan(0);
      for (const r of renderers) expect(r.seccomp).toBe(2);
      // The profile is fresh, private and the capture user's.
      const profile = /--user-data-dir=(\S+)/.exec(procs.find((p) => p.pid === leader)?.cmdline ?? '')?.[1] ?? '';
      expect(profile).not.toBe('');
      const st = statSync(profile);
      expect(st.uid).toBe(launched.sandbox.uid);
      expect(st.mode & 0o077).toBe(0);
    } finally {
      await launched.browser.close();
    }
  });

  it.runIf(asRoot)('has no network of its own: a request not answered by Vangnet never leaves the browser', async () => {
    const launched = await launchCaptureBrowser(config, undefined, 30_000);
    try {
      const page = await launched.browser.newPage();
      const err = await page.goto(`http://127.0.0.1:${port}/direct`, { timeout: 10_000 }).catch((e: Error) => e);
      expect(String(err)).toContain('ERR_INTERNET_DISCONNECTED');
      expect(seen).toEqual([]);
    } finally {
      await launched.browser.close();
    }
  });

  it('a hanging browser is killed as a whole', async () => {
    const launched = await launchCaptureBrowser(config, undefined, 30_000);
    const leader = launched.pid() as number;
    expect(group(leader).length).toBeGreaterThan(1);
    const gone = new Promise<void>((r) => launched.browser.on('disconnected', () => r()));
    launched.kill();
    await gone;
    // The kernel needs a moment to reap the last children.
    for (let i = 0; i < 50 && group(leader).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(group(leader)).toEqual([]);
  });
});
