import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { type TestClock, testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { formatDateTime } from '../../../web/i18n.ts';
import { CHECK_LINKS_JOB } from '../module.ts';
import { findPageBySlug } from '../queries.ts';
import { createThroughForm, pageForm, versionIdFrom } from '../testing.ts';

/**
 * Issue 18: the nightly link check as the job it is (pg-boss through the jobs module), against a
 * site on this machine, with every fetch going through the one outbound guard. Tests may reach that
 * site only with OUTBOUND_ALLOW_PRIVATE=on; without it the guard refuses the loopback address and
 * the site gets no request at all.
 */
type Site = { origin: string; paths: string[]; close: () => Promise<void> };

const startSite = async (): Promise<Site> => {
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    paths.push(req.url ?? '');
    if (req.url === '/werkt') return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Fictieve hulpsite</p>');
    if (req.url === '/verhuisd') return res.writeHead(302, { location: '/weg' }).end();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));

  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths, close: () => new Promise((r) => server.close(() => r())) };
};

const waitFor = async (check: () => Promise<boolean>, ms = 30_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
};

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** Publishes a page with links to the site, and takes the one default link to an outside site off the
 * 'klanten' page, so that the test never reaches beyond this machine. */
const publishLinks = async (t: TestApp, origin: string) => {
  const author = await signedInAs(t.ctx, t.staffApp, ['communications']);
  const reviewer = await signedInAs(t.ctx, t.staffApp, ['communications']);
  const nl = `Zie [de hulpsite](${origin}/werkt), [de oude folder](${origin}/weg) en [de verhuisde pagina](${origin}/verhuisd).`;
  const id = await createThroughForm(author.client, { slug: 'links-test', kind: 'page', nl });
  expect((await reviewer.client.post(`/inhoud/versies/${await versionIdFrom(reviewer.client, id, 1)}/goedkeuren`)).statusCode).toBe(303);
  const klanten = await findPageBySlug(t.ctx.db, 'klanten');
  const kid = klanten?.id ?? '';
  await author.client.get(`/inhoud/${kid}/bewerken`);
  expect((await author.client.post(`/inhoud/${kid}/bewerken`, pageForm({ basis: klanten?.latestVersion ?? 1, en: 'Text without outside links.', nl: 'Tekst zonder links naar buiten.' }))).statusCode).toBe(303);
  expect((await reviewer.client.post(`/inhoud/versies/${await versionIdFrom(reviewer.client, kid, (klanten?.latestVersion ?? 1) + 1)}/goedkeuren`)).statusCode).toBe(303);

  return author;
};

/** Sends the job as the schedule would, and waits until pg-boss has it completed. */
const runJob = async (t: TestApp) => {
  const jobs = t.ctx.jobs;
  if (!jobs) throw new Error('jobs are off');
  const id = await jobs.send(CHECK_LINKS_JOB, {});
  expect(id).toBeTruthy();
  expect(await waitFor(async () => (await jobs.boss.getJobById(CHECK_LINKS_JOB, id ?? ''))?.state === 'completed')).toBe(true);
};

describe('the link check job lists broken links for the communications role (issue 18)', () => {
  let clock: TestClock;
  let t: TestApp;
  let site: Site;
  beforeAll(async () => {
    clock = testClock('2026-02-03T02:15:00Z');
    t = await createTestApp({ jobs: true, clock, env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
    site = await startSite();
  });
  afterAll(async () => {
    await t?.close();
    await site?.close();
  });

  it('is scheduled nightly, and a run lists the missing and the moved page in Dutch with the time of the check', async () => {
    expect(await t.ctx.jobs?.boss.getSchedules()).toEqual(expect.arrayContaining([expect.objectContaining({ name: CHECK_LINKS_JOB, cron: '15 3 * * *' })]));
    const editor = await publishLinks(t, site.origin);
    clock.set('2026-02-03T03:15:00Z');
    await runJob(t);

    // Each address asked once; the redirect followed through the guard to its (missing) target.
    expect(site.paths.sort()).toEqual(['/verhuisd', '/weg', '/weg', '/werkt']);
    const page = await editor.client.get('/inhoud/links');
    expect(page.statusCode).toBe(200);
    const seen = text(page.body);
    expect(seen).toContain(`${site.origin}/weg`);
    expect(seen).toContain(`${site.origin}/verhuisd`);
    expect(seen).not.toContain(`${site.origin}/werkt`);
    expect(seen).toContain('de site geeft een foutmelding');
    expect(seen).toContain('links-test');
    expect(seen).toContain(`Laatst gecontroleerd: ${formatDateTime('nl', new Date('2026-02-03T03:15:00Z'))}.`);
    expect(seen).not.toContain('Geen kapotte links gevonden');
  });
});

describe('without OUTBOUND_ALLOW_PRIVATE the guard refuses the site on this machine', () => {
  let t: TestApp;
  let site: Site;
  beforeAll(async () => {
    t = await createTestApp({ jobs: true, clock: testClock('2026-02-03T03:15:00Z') });
    site = await startSite();
  });
  afterAll(async () => {
    await t?.close();
    await site?.close();
  });

  it('lists every link to it as not reachable, and the site gets no request', async () => {
    const editor = await publishLinks(t, site.origin);
    await runJob(t);
    expect(site.paths).toEqual([]);
    const seen = text((await editor.client.get('/inhoud/links')).body);
    for (const p of ['/werkt', '/weg', '/verhuisd']) expect(seen).toContain(`${site.origin}${p}`);
    expect(seen).toContain('site niet bereikbaar');
    expect(seen).not.toContain('de site geeft een foutmelding');
  });
});
