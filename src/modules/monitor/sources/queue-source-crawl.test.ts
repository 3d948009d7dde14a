import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser } from '../../../../test/support/factories.ts';
import type { AppContext } from '../../../app/context.ts';
import { auditEvents } from '../../audit/index.ts';
import { CRAWL_SOURCE_JOB } from '../crawler/crawl-due-sources.ts';
import { createSource } from './create-source.ts';
import { TEST_SITE_RULES } from './selector-rules.ts';
import { queueSourceCrawl } from './queue-source-crawl.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const newSource = async (name: string) => {
  const created = await createSource(
    t.ctx.db,
    { name, startUrls: ['http://127.0.0.1:9/ads'], allowedUrlPatterns: ['^http://127.0.0.1:9/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor de crawlknop.' },
    null,
  );
  if (!created.ok) throw new Error('source not created');
  return created.source;
};

const crawlEvents = (sourceId: string) =>
  t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'monitor.source.crawl'), eq(auditEvents.targetId, sourceId)));

describe('queueing a crawl of a source', () => {
  it('sends the crawl job and records who asked for it in the audit log', async () => {
    const { user } = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const source = await newSource('Crawlknop aan');
    const sent: { name: string; data: unknown }[] = [];
    const jobs = {
      send: async (name: string, data: unknown) => {
        sent.push({ name, data });
        return 'job-1';
      },
    };
    const ctx = { ...t.ctx, jobs } as unknown as AppContext;

    const result = await queueSourceCrawl(ctx, source, { id: user.id, email: user.email });
    expect(result).toEqual({ ok: true, value: { sourceId: source.id } });
    expect(sent).toEqual([{ name: CRAWL_SOURCE_JOB, data: { sourceId: source.id } }]);
    const events = await crawlEvents(source.id);
    expect(events.map((e) => [e.action, e.actorUserId])).toEqual([['monitor.source.crawl', user.id]]);
  });

  it('queues and records nothing for a source that is off, or without a job queue', async () => {
    const { user } = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const source = await newSource('Crawlknop uit');
    const sent: unknown[] = [];
    const send = async (...args: unknown[]) => {
      sent.push(args);
      return 'job-2';
    };
    const ctx = { ...t.ctx, jobs: { send } } as unknown as AppContext;

    const off = await queueSourceCrawl(ctx, { ...source, enabled: false }, { id: user.id, email: user.email });
    expect(off.ok ? [] : off.problems.map((p) => p.code)).toEqual(['source_off']);
    const noQueue = await queueSourceCrawl(t.ctx, source, { id: user.id, email: user.email });
    expect(t.ctx.jobs).toBeNull();
    expect(noQueue.ok ? [] : noQueue.problems.map((p) => p.code)).toEqual(['jobs_off']);
    expect(sent).toEqual([]);
    expect(await crawlEvents(source.id)).toEqual([]);
  });
});
