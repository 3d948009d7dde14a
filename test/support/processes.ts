import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { freePort } from './net.ts';

export { freePort };

const ROOT = path.resolve(import.meta.dirname, '../..');

export type AppProcess = { proc: ChildProcess; publicUrl: string; staffUrl: string; output: () => string; stop: () => Promise<number | null> };

/** Starts `vangnet start` as a real process and waits until both listeners answer. */
export const startAppProcess = async (env: NodeJS.ProcessEnv): Promise<AppProcess> => {
  const [port, staffPort] = [await freePort(), await freePort()];
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env, PORT: String(port), STAFF_PORT: String(staffPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  proc.stdout?.on('data', (c: Buffer) => {
    text += c.toString('utf8');
  });
  proc.stderr?.on('data', (c: Buffer) => {
    text += c.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const until = Date.now() + 120_000;
  while (Date.now() < until && proc.exitCode === null && !text.includes('staff app:')) await new Promise((r) => setTimeout(r, 200));
  if (!text.includes('staff app:')) {
    proc.kill('SIGKILL');
    throw new Error(`vangnet start did not come up: ${text.slice(-2000)}`);
  }

  return {
    proc,
    publicUrl: `http://127.0.0.1:${port}`,
    staffUrl: `http://127.0.0.1:${staffPort}`,
    output: () => text,
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      return exited;
    },
  };
};

const parseSetCookie = (line: string) => {
  const [pair = '', ...attrs] = line.split(';').map((p) => p.trim());
  const at = pair.indexOf('=');
  const cookie: { name: string; value: string; maxAge?: number; expires?: Date } = { name: pair.slice(0, at), value: pair.slice(at + 1) };
  for (const a of attrs) {
    const [k = '', v = ''] = a.split('=');
    if (k.toLowerCase() === 'max-age') cookie.maxAge = Number(v);
    if (k.toLowerCase() === 'expires') cookie.expires = new Date(v);
  }

  return cookie;
};

/**
 * Something TestClient can drive like a Fastify app, but each request goes over real HTTP to the
 * next of several processes in turn — a load balancer that alternates. `served` says who answered.
 */
export const roundRobin = (baseUrls: string[]) => {
  let next = 0;
  const served: number[] = [];
  const inject = async (options: InjectOptions): Promise<LightMyRequestResponse> => {
    const which = next;
    next = (next + 1) % baseUrls.length;
    served.push(which);
    const res = await fetch(`${baseUrls[which]}${String(options.url)}`, {
      method: options.method ?? 'GET',
      headers: options.headers as Record<string, string>,
      body: options.payload as string | undefined,
      redirect: 'manual',
    });
    const body = await res.text();
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      headers[k] = v;
    });

    return { statusCode: res.status, headers, body, cookies: res.headers.getSetCookie().map(parseSetCookie) } as unknown as LightMyRequestResponse;
  };

  return { app: { inject } as unknown as FastifyInstance, served };
};
