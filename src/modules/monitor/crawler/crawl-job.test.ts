import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser } from '../../../../test/support/factories.ts';
import { findIdentifierByKey, listIdentifierAlerts, watchIdentifier } from '../../identifiers/testing.ts';
import { recordOccurrences } from '../../identifiers/index.ts';
import { CRAWL_SOURCE_JOB } from './crawl-due-sources.ts';
import { createSource } from '../sources/create-source.ts';
import { selectAdsOfSource } from '../queries/ads.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { startAdSite, type AdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

const waitFor = async (check: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
};

describe('crawl as a pg-boss job, alerting a watched phone number', () => {
  // Only operators whose phones are written obfuscated, so the alert must come from de-obfuscation.
  const corpus = generateCorpus({ seed: 77, operators: 3, singles: 3, edits: 1, insertion: true }).filter((a) => a.truth.obfuscatedPhone);
  let app: TestApp;
  let site: AdSite;
  beforeAll(async () => {
    app = await createTestApp({ jobs: true, env: { MONITOR_CONTACT: 'https://meldpunt.vangnet.test/monitor', OUTBOUND_ALLOW_PRIVATE: 'on' } });
    site = await startAdSite({ ads: corpus, pageSize: 20 });
  });
  afterAll(async () => {
    await site.close();
    await app.close();
  });

  it('the job crawls the source; an ad whose obfuscated number is watched from a dossier alerts the owner', async () => {
    expect(corpus.length).toBeGreaterThan(0);
    const target = corpus[0]!;
    const investigator = await createStaffUser(app.ctx, { roles: ['investigator'] });
    // The number is already in an open dossier, and the investigator watches it.
    await recordOccurrences(app.ctx.db, { source: { type: 'dossier', id: 'dossier-fictief-1' }, field: 'notes', text: `Nummer ${target.truth.phonesE164[0]}` });
    const identifier = await findIdentifierByKey(app.ctx.db, 'phone', target.truth.phonesE164[0]!);
    expect(identifier).not.toBeNull();
    await watchIdentifier(app.ctx.db, { identifierId: identifier!.id, userId: investigator.user.id });

    const created = await createSource(
      app.ctx.db,
      {
        name: 'Testsite via taak',
        startUrls: [site.startUrl],
        allowedUrlPatterns: [`^${site.origin}/(ads\\?page=\\d+|ad/)`],
        selectors: TEST_SITE_RULES,
        maxConcurrency: 2,
        delayMs: 0,
        maxRequestsPerMinute: 600,
        legalBasis: 'Openbare advertenties; taak van het meldpunt (fictieve testbron).',
      },
      null,
    );
    if (!created.ok) throw new Error('source not created');
    await app.ctx.jobs!.send(CRAWL_SOURCE_JOB, { sourceId: created.source.id });
    const done = await waitFor(async () => (await selectAdsOfSource(app.ctx.db, created.source.id)).length === corpus.length, 90_000);
    expect(done).toBe(true);
    expect(site.imageRequests()).toBe(0);
    // The scheduled crawler names the configured contact, so a site owner knows whom to ask.
    expect([...site.userAgents]).toEqual(['Vangnet-monitor/1.0 (+https://meldpunt.vangnet.test/monitor)']);
    const alerts = await waitFor(async () => (await listIdentifierAlerts(app.ctx.db, investigator.user.id)).length > 0, 10_000);
    expect(alerts).toBe(true);
  });
});
