import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { auditEvents } from '../../audit/index.ts';
import type { Jobs } from '../../jobs/index.ts';
import { crawlDueSources } from '../crawler/crawl-due-sources.ts';
import { runCrawlSourceJob } from '../module.ts';
import { selectSource } from '../queries/sources.ts';
import { TEST_SITE_RULES } from './selector-rules.ts';
import { type AdSite, startAdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
const versionOf = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';
/** The edit form as the browser would post it: every field with its shown value. */
const formOf = (html: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) out[m[1] as string] = (m[2] as string).replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  for (const m of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) out[m[1] as string] = (m[2] as string).replace(/&amp;/g, '&');
  delete out._csrf;
  return out;
};

/** Edit and turn off a source: same rules as registering, stale edits refused, robots approval kept honest. */
describe('monitor sources: edit, turn off, safe URL patterns', () => {
  let app: TestApp;
  let site: AdSite;
  let analyst: TestClient;
  let sourceId = '';

  const register = async (client: TestClient, name: string) => {
    const res = await client.post('/monitor/bronnen', {
      name,
      startUrls: site.startUrl,
      allowedUrlPatterns: `^${site.origin}/(ads|ad/)`,
      ...TEST_SITE_RULES,
      delayMs: '0',
      maxRequestsPerMinute: '600',
      legalBasis: 'Fictieve testbron voor het wijzigen van bronnen.',
    });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
    return String(res.headers.location).split('/').pop() as string;
  };

  beforeAll(async () => {
    app = await createTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
    site = await startAdSite({ ads: generateCorpus({ seed: 7, operators: 1, singles: 2, edits: 1, insertion: false }), pageSize: 50 });
    analyst = (await signedInAs(app.ctx, app.staffApp, ['analyst'])).client;
    sourceId = await register(analyst, 'Bron om te wijzigen');
  });
  afterAll(async () => {
    await site?.close();
    await app?.close();
  });

  it('refuses a backtracking or invalid URL pattern on the register form, with the pattern kept', async () => {
    const res = await analyst.post('/monitor/bronnen', {
      name: 'Gevaarlijk patroon',
      startUrls: site.startUrl,
      allowedUrlPatterns: `^${site.origin}/ads\n(a+)+$`,
      ...TEST_SITE_RULES,
      adUrlPattern: '(.*)*',
      legalBasis: 'Fictieve testbron voor gevaarlijke patronen.',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('„(a+)+$” kan bij sommige adressen heel lang blijven zoeken');
    expect(res.body).toContain('„(.*)*” kan bij sommige adressen');
    expect(res.body).toContain('value="(.*)*"');
    const long = await analyst.post('/monitor/bronnen', { name: 'Te lang', startUrls: site.startUrl, allowedUrlPatterns: 'a'.repeat(301), ...TEST_SITE_RULES, legalBasis: 'Fictieve testbron, te lang patroon.' });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('is te lang: hoogstens 300 tekens');
  });

  it('edits a source: saved, shown, and recorded with who and what changed', async () => {
    const form = await analyst.get(`/monitor/bronnen/${sourceId}/wijzigen`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Bron om te wijzigen"');
    const values = formOf(form.body);
    expect(values.version).toBe('1');
    const res = await analyst.post(`/monitor/bronnen/${sourceId}/wijzigen`, { ...values, intervalMinutes: '120', place: '' });
    expect(res.statusCode).toBe(303);
    const page = await analyst.get(String(res.headers.location));
    expect(page.body).toContain('De wijzigingen zijn opgeslagen.');
    const saved = await selectSource(app.ctx.db, sourceId);
    expect(saved).toMatchObject({ intervalMinutes: 120, version: 2 });
    expect(saved?.selectors.place).toBeUndefined();
    const [event] = await app.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'monitor.source.update'));
    expect(event?.targetId).toBe(sourceId);
    expect(event?.actorUserId).toBe(saved?.updatedBy);
    expect(event?.details).toMatchObject({ changed: { intervalMinutes: { from: '360', to: '120' }, place: { from: TEST_SITE_RULES.place, to: '' } } });
  });

  it('a stale edit gets a 409 page with both values; nothing is lost and saving again works', async () => {
    const { client: colleague } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const mine = formOf((await analyst.get(`/monitor/bronnen/${sourceId}/wijzigen`)).body);
    const theirs = formOf((await colleague.get(`/monitor/bronnen/${sourceId}/wijzigen`)).body);
    expect((await colleague.post(`/monitor/bronnen/${sourceId}/wijzigen`, { ...theirs, delayMs: '2500' })).statusCode).toBe(303);

    const stale = await analyst.post(`/monitor/bronnen/${sourceId}/wijzigen`, { ...mine, delayMs: '500', legalBasis: 'Mijn nieuwe grondslag voor deze fictieve bron.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Iemand anders heeft deze bron intussen gewijzigd');
    expect(stale.body).toMatch(/data-field="delayMs"[\s\S]*?data-side="yours">\s*500[\s\S]*?data-side="saved">\s*2500/);
    expect(stale.body).toContain('Mijn nieuwe grondslag voor deze fictieve bron.</textarea>');
    expect((await selectSource(app.ctx.db, sourceId))?.delayMs).toBe(2500);

    // The form now carries the saved version: saving again is a deliberate overwrite.
    const again = await analyst.post(`/monitor/bronnen/${sourceId}/wijzigen`, { ...formOf(stale.body), _csrf: csrfOf(stale.body) });
    expect(again.statusCode).toBe(303);
    expect(versionOf(stale.body)).toBe('3');
    expect(await selectSource(app.ctx.db, sourceId)).toMatchObject({ delayMs: 500, legalBasis: 'Mijn nieuwe grondslag voor deze fictieve bron.', version: 4 });
  });

  it('bad input on the edit form: 400, Dutch messages, typed values kept, nothing saved', async () => {
    const values = formOf((await analyst.get(`/monitor/bronnen/${sourceId}/wijzigen`)).body);
    const res = await analyst.post(`/monitor/bronnen/${sourceId}/wijzigen`, { ...values, allowedUrlPatterns: '(a|a)*', intervalMinutes: 'vaak', name: 'Bron om te wijzigen' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('„(a|a)*” kan bij sommige adressen');
    expect(res.body).toContain('Vul een heel getal in van 15 tot 43200 minuten.');
    expect(res.body).toContain('value="vaak"');
    expect((await selectSource(app.ctx.db, sourceId))?.allowedUrlPatterns).toEqual([`^${site.origin}/(ads|ad/)`]);
    const other = await register(analyst, 'Andere bron');
    const taken = await analyst.post(`/monitor/bronnen/${other}/wijzigen`, { ...formOf((await analyst.get(`/monitor/bronnen/${other}/wijzigen`)).body), name: 'bron om te wijzigen' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('die nog niet gebruikt is');
  });

  it('changing start URLs, patterns or the basis drops an approved robots.txt exception; the last editor cannot approve', async () => {
    const { client: supervisor } = await signedInAs(app.ctx, app.staffApp, ['supervisor']);
    const { client: otherSupervisor } = await signedInAs(app.ctx, app.staffApp, ['supervisor']);
    expect((await supervisor.post(`/monitor/bronnen/${sourceId}/robots`, { legalBasis: 'Opsporingsbelang, besluit teamleider (fictief).' })).statusCode).toBe(303);
    expect((await selectSource(app.ctx.db, sourceId))?.robotsOverride).toBe(true);

    // A change that does not touch the scope keeps the approval.
    const keep = formOf((await supervisor.get(`/monitor/bronnen/${sourceId}/wijzigen`)).body);
    expect((await supervisor.post(`/monitor/bronnen/${sourceId}/wijzigen`, { ...keep, maxConcurrency: '3' })).statusCode).toBe(303);
    expect((await selectSource(app.ctx.db, sourceId))?.robotsOverride).toBe(true);

    const values = formOf((await supervisor.get(`/monitor/bronnen/${sourceId}/wijzigen`)).body);
    const res = await supervisor.post(`/monitor/bronnen/${sourceId}/wijzigen`, { ...values, allowedUrlPatterns: `^${site.origin}/(ads|ad/|private/)` });
    expect(res.statusCode).toBe(303);
    expect((await supervisor.get(String(res.headers.location))).body).toContain('De uitzondering op robots.txt is vervallen');
    const dropped = await selectSource(app.ctx.db, sourceId);
    expect(dropped).toMatchObject({ robotsOverride: false, robotsOverrideApprovedBy: null });
    const [event] = (await app.ctx.db.select().from(auditEvents).where(eq(auditEvents.targetId, sourceId))).filter((e) => e.details.robotsApprovalDropped === true);
    expect(event).toBeTruthy();

    const self = await supervisor.post(`/monitor/bronnen/${sourceId}/robots`, { legalBasis: 'Opsporingsbelang, besluit teamleider (fictief).' });
    expect(self.statusCode).toBe(403);
    expect(self.body).toContain('U heeft deze bron als laatste gewijzigd');
    expect((await otherSupervisor.post(`/monitor/bronnen/${sourceId}/robots`, { legalBasis: 'Opsporingsbelang, opnieuw goedgekeurd (fictief).' })).statusCode).toBe(303);

    // Editing the basis itself also drops the approval; the new basis waits for approval.
    const again = formOf((await analyst.get(`/monitor/bronnen/${sourceId}/wijzigen`)).body);
    expect(again.robotsOverrideBasis).toBe('Opsporingsbelang, opnieuw goedgekeurd (fictief).');
    const withBasis = await analyst.post(`/monitor/bronnen/${sourceId}/wijzigen`, { ...again, robotsOverrideBasis: 'Andere grondslag, nog goed te keuren (fictief).' });
    expect(withBasis.statusCode).toBe(303);
    expect(await selectSource(app.ctx.db, sourceId)).toMatchObject({ robotsOverride: false, robotsOverrideBasis: 'Andere grondslag, nog goed te keuren (fictief).' });
    expect((await analyst.get(`/monitor/bronnen/${sourceId}`)).body).toContain('nog niet goedgekeurd: Andere grondslag');
  });

  it('a source that is off is never crawled: not by the schedule, not by the job, not by the button', async () => {
    const editor = (await selectSource(app.ctx.db, sourceId))?.updatedBy;
    const res = await analyst.post(`/monitor/bronnen/${sourceId}/uitzetten`, {});
    expect(res.statusCode).toBe(303);
    // Turning off is in the audit chain; the last editor of the settings stays who it was (four eyes on robots).
    expect((await selectSource(app.ctx.db, sourceId))?.updatedBy).toBe(editor);
    const page = await analyst.get(String(res.headers.location));
    expect(page.body).toContain('Deze bron staat uit. De planning crawlt haar niet');
    expect(page.body).toContain('Bron aanzetten');
    expect(page.body).not.toContain(`/monitor/bronnen/${sourceId}/crawlen`);
    expect((await analyst.get('/monitor/bronnen')).body).toContain('(staat uit)');

    const crawl = await analyst.post(`/monitor/bronnen/${sourceId}/crawlen`, {});
    expect(crawl.statusCode).toBe(409);
    expect(crawl.body).toContain('Deze bron staat uit');
    const sent: unknown[] = [];
    const jobs = { send: async (_n: string, data: unknown) => void sent.push(data) } as unknown as Jobs;
    await crawlDueSources(app.ctx.db, jobs);
    expect(sent).not.toContainEqual({ sourceId });
    await runCrawlSourceJob(app.ctx, sourceId);
    expect(site.requests.size).toBe(0);

    expect((await analyst.post(`/monitor/bronnen/${sourceId}/aanzetten`, {})).statusCode).toBe(303);
    await crawlDueSources(app.ctx.db, jobs);
    expect(sent).toContainEqual({ sourceId });
    const actions = (await app.ctx.db.select().from(auditEvents).where(eq(auditEvents.targetId, sourceId))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['monitor.source.disable', 'monitor.source.enable']));
  });

  it('intake, partner and decoy operators get 403 on the edit and on/off routes', async () => {
    for (const role of ['intake', 'partner', 'decoy_operator'] as const) {
      const { client } = await signedInAs(app.ctx, app.staffApp, [role]);
      expect((await client.get(`/monitor/bronnen/${sourceId}/wijzigen`)).statusCode).toBe(403);
      expect((await client.post(`/monitor/bronnen/${sourceId}/wijzigen`, { name: 'x' })).statusCode).toBe(403);
      expect((await client.post(`/monitor/bronnen/${sourceId}/uitzetten`, {})).statusCode).toBe(403);
    }
    expect((await analyst.get('/monitor/bronnen/00000000-0000-4000-8000-000000000000/wijzigen')).statusCode).toBe(404);
    expect((await analyst.post(`/monitor/bronnen/${sourceId}/wijzigen`, { version: 'x'.repeat(50_000), name: '\u0000' })).statusCode).toBeLessThan(500);
  });
});
