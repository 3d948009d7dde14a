import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser } from '../../../../test/support/factories.ts';
import { refusalOf } from '../../../app/outbound/guard.ts';
import { outboundGet } from '../../../app/outbound/outbound-get.ts';
import { captureWebPage } from '../../evidence/testing.ts';
import { createSource } from '../sources/create-source.ts';
import { selectFrontierProblems } from '../queries/frontier.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { crawlSource } from './crawl-source.ts';

/**
 * A "public" test host in its own network namespace (a veth pair; the address is outside every
 * special range, so the guard treats it as the internet) that redirects to this machine's loopback.
 * The fetchers must follow the public hop and refuse the private one: the loopback listener stays
 * untouched. The namespace lives only for this file; without permission for `ip netns` the test is
 * skipped with a message.
 */
const TAG = `${process.pid % 100000}`;
const NS = `vn-out-${TAG}`;
const HOST_IF = `vnh${TAG}`;
const NS_IF = `vnp${TAG}`;
const HOST_ADDR = '11.77.0.1';
const PUBLIC_ADDR = '11.77.0.2';
const PUBLIC = `http://${PUBLIC_ADDR}:8080`;

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

const setUpNamespace = (): string | null => {
  try {
    ip('netns', 'add', NS);
  } catch (err) {
    return `ip netns is not permitted here (${String((err as { stderr?: Buffer }).stderr ?? err).trim()})`;
  }
  try {
    ip('link', 'add', HOST_IF, 'type', 'veth', 'peer', 'name', NS_IF);
    ip('link', 'set', NS_IF, 'netns', NS);
    ip('addr', 'add', `${HOST_ADDR}/30`, 'dev', HOST_IF);
    ip('link', 'set', HOST_IF, 'up');
    ip('netns', 'exec', NS, 'ip', 'addr', 'add', `${PUBLIC_ADDR}/30`, 'dev', NS_IF);
    ip('netns', 'exec', NS, 'ip', 'link', 'set', NS_IF, 'up');
    ip('netns', 'exec', NS, 'ip', 'link', 'set', 'lo', 'up');
  } catch (err) {
    tearDownNamespace();
    return `a veth pair could not be set up (${String((err as { stderr?: Buffer }).stderr ?? err).trim()})`;
  }

  return null;
};

const tearDownNamespace = () => {
  // Deleting the namespace removes its end of the veth pair, and with it the host's end.
  try {
    ip('netns', 'del', NS);
  } catch {}
  try {
    ip('link', 'del', HOST_IF);
  } catch {}
};

/** The public host: an ad page, and ad pages that redirect to the loopback of the machine that follows them. */
const publicHostScript = (internalPort: number) => `
const http = require('node:http');
http.createServer((req, res) => {
  if (req.url === '/robots.txt') { res.writeHead(404).end(); return; }
  if (req.url === '/ad/ok') { res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1 class="ad-title">Openbare testadvertentie</h1><p class="ad-text">Fictief.</p></body></html>'); return; }
  if (req.url === '/ad/jump') { res.writeHead(302, { location: 'http://127.0.0.1:${internalPort}/secret' }).end(); return; }
  if (req.url === '/ad/jump-name') { res.writeHead(302, { location: 'http://localhost:${internalPort}/secret' }).end(); return; }
  res.writeHead(404).end();
}).listen(8080, '${PUBLIC_ADDR}', () => console.log('ready'));
setTimeout(() => process.exit(0), 300000).unref();
`;

const skipReason = process.platform === 'linux' ? setUpNamespace() : 'not on Linux';
if (skipReason) console.warn(`netns-redirect.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('a public host that redirects to loopback (network namespace)', () => {
  let app: TestApp;
  let internal: http.Server;
  let publicHost: ChildProcess;
  const internalHits: string[] = [];
  beforeAll(async () => {
    internal = http.createServer((req, res) => {
      internalHits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1 class="ad-title">Intern</h1></body></html>');
    });
    await new Promise<void>((r) => internal.listen(0, '127.0.0.1', r));
    const port = (internal.address() as AddressInfo).port;
    publicHost = spawn('ip', ['netns', 'exec', NS, process.execPath, '-e', publicHostScript(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      publicHost.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      publicHost.once('exit', (code) => reject(new Error(`public test host stopped (${code})`)));
    });
    app = await createTestApp();
  }, 60_000);
  afterAll(async () => {
    publicHost?.kill();
    await new Promise<void>((r) => internal.close(() => r()));
    await app?.close();
    tearDownNamespace();
  });

  it('the guard follows the public host and refuses the redirect to loopback', async () => {
    const strict = { allowPrivate: false, timeoutMs: 5000, maxBytes: 64 * 1024, maxRedirects: 3 };
    expect((await outboundGet(`${PUBLIC}/ad/ok`, strict)).body).toContain('Openbare testadvertentie');
    for (const path of ['/ad/jump', '/ad/jump-name']) {
      const err = await outboundGet(`${PUBLIC}${path}`, strict).catch((e: unknown) => e);
      expect(refusalOf(err)?.addressClass, path).toBe('loopback');
    }
    expect(internalHits).toEqual([]);
  });

  it('the crawler stores the public ad and refuses both redirects, the listener sees nothing', async () => {
    const analyst = await createStaffUser(app.ctx, { roles: ['analyst'] });
    const created = await createSource(
      app.ctx.db,
      {
        name: 'Openbare testhost (netns)',
        startUrls: [`${PUBLIC}/ad/ok`, `${PUBLIC}/ad/jump`, `${PUBLIC}/ad/jump-name`],
        allowedUrlPatterns: ['.*'],
        selectors: TEST_SITE_RULES,
        legalBasis: 'Fictieve testhost in een eigen netwerknaamruimte.',
        delayMs: 0,
      },
      analyst.user.id,
    );
    if (!created.ok) throw new Error('source');
    const stats = await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, {
      politeness: { maxConcurrency: 1, delayMs: 0, maxRequestsPerMinute: 6000 },
      limits: { maxRetries: 0 },
      skipRegroup: true,
    });
    expect(stats.fetched).toBe(1);
    expect(stats.failed).toBe(2);
    const problems = await selectFrontierProblems(app.ctx.db, created.source.id);
    expect(problems.map((p) => p.lastError)).toEqual([expect.stringContaining('ERR_OUTBOUND_REFUSED address loopback'), expect.stringContaining('ERR_OUTBOUND_REFUSED address loopback')]);
    expect(internalHits).toEqual([]);
  });

  it('evidence capture refuses the redirect to loopback', async () => {
    const u = await createStaffUser(app.ctx, { roles: ['investigator'] });
    const err = await captureWebPage(app.ctx, { actor: { id: u.user.id, name: u.user.name }, url: `${PUBLIC}/ad/jump` }).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('privateAddress');
    expect(internalHits).toEqual([]);
  });
});
