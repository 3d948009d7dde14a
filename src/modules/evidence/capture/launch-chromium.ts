import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import type { Logger } from 'pino';
import type { Config } from '../../../app/config.ts';

/** How Chromium ran for one capture; stored with the item's details. */
export type CaptureSandbox = {
  /** The user Chromium ran as (never root). */
  user: string;
  uid: number;
  /** Chromium's own sandbox (user namespaces, seccomp-bpf): no --no-sandbox. */
  chromiumSandbox: boolean;
  /** 'none': a network namespace without any network (only Vangnet's guarded fetch feeds the page). */
  network: 'none' | 'host';
};

export type CaptureBrowser = {
  browser: Browser;
  sandbox: CaptureSandbox;
  /** Chromium's process id (the leader of its process group), or null before it wrote it. */
  pid: () => number | null;
  kill: () => void;
};

const WRAPPER = fileURLToPath(new URL('./sandboxed-chromium.sh', import.meta.url));

const BASE_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-breakpad',
];

type SystemUser = { name: string; uid: number; gid: number };

const lookupUser = (name: string): SystemUser | null => {
  try {
    const [, , uid, gid] = execFileSync('getent', ['passwd', name], { encoding: 'utf8', timeout: 5000 }).trim().split(':');
    const user = { name, uid: Number(uid), gid: Number(gid) };
    return Number.isInteger(user.uid) && Number.isInteger(user.gid) ? user : null;
  } catch {
    return null;
  }
};

export class CaptureSandboxError extends Error {}

/**
 * Who Chromium runs as. Run as root (this machine, a container), Vangnet never starts Chromium as
 * root: it drops to CAPTURE_USER (scripts/setup-capture-user.sh), or `nobody` while that user is
 * missing. Run as an ordinary user, Chromium runs as that user.
 */
export const planCaptureUser = (config: Pick<Config, 'captureUser'>, logger?: Logger): { user: SystemUser; drop: boolean } => {
  const self = process.getuid?.() ?? 0;
  if (self !== 0) return { user: { name: os.userInfo().username, uid: self, gid: process.getgid?.() ?? self }, drop: false };
  let user = lookupUser(config.captureUser);
  if (!user) {
    logger?.warn({ captureUser: config.captureUser }, 'evidence capture: capture user missing, Chromium runs as nobody (run scripts/setup-capture-user.sh)');
    user = lookupUser('nobody');
  }
  if (!user || user.uid === 0 || user.gid === 0) throw new CaptureSandboxError('no unprivileged user for Chromium');

  return { user, drop: true };
};

/**
 * Starts Chromium for one capture (issue 12 point 7): through sandboxed-chromium.sh, as an
 * unprivileged user, with its own sandbox on unless CAPTURE_CHROMIUM_SANDBOX=off, a fresh profile
 * (Playwright makes one per launch; the wrapper hands it to the user), and as root without any
 * network of its own. `kill` ends the whole process group at once, for a capture that hangs.
 */
export const launchCaptureBrowser = async (
  config: Pick<Config, 'chromiumPath' | 'captureUser' | 'captureChromiumSandbox'>,
  logger: Logger | undefined,
  timeoutMs: number,
): Promise<CaptureBrowser> => {
  const { user, drop } = planCaptureUser(config, logger);
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-capture-'));
  const pidFile = path.join(runDir, 'chromium.pid');
  const pid = () => {
    try {
      const n = Number(readFileSync(pidFile, 'utf8').trim());
      return Number.isInteger(n) && n > 1 ? n : null;
    } catch {
      return null;
    }
  };
  const kill = () => {
    const leader = pid();
    try {
      // Playwright starts Chromium as the leader of its own process group: this ends every child too.
      if (leader) process.kill(-leader, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  try {
    const browser = await chromium.launch({
      executablePath: WRAPPER,
      args: BASE_ARGS,
      chromiumSandbox: config.captureChromiumSandbox,
      timeout: timeoutMs,
      // Only what the wrapper needs: the app's environment stays out of the browser.
      env: {
        PATH: '/usr/local/bin:/usr/bin:/bin',
        VANGNET_CHROMIUM: config.chromiumPath,
        VANGNET_CAPTURE_PIDFILE: pidFile,
        VANGNET_CAPTURE_UID: drop ? String(user.uid) : '',
        VANGNET_CAPTURE_GID: drop ? String(user.gid) : '',
      },
    });
    browser.on('disconnected', () => rmSync(runDir, { recursive: true, force: true }));
    if (!config.captureChromiumSandbox) logger?.warn('evidence capture: Chromium runs without its own sandbox (CAPTURE_CHROMIUM_SANDBOX=off)');

    return { browser, pid, kill, sandbox: { user: user.name, uid: user.uid, chromiumSandbox: config.captureChromiumSandbox, network: drop ? 'none' : 'host' } };
  } catch (err) {
    kill();
    rmSync(runDir, { recursive: true, force: true });
    throw err;
  }
};
