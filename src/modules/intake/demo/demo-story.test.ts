import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { MODULES } from '../../../app/modules.ts';
import { listMessages } from '../queries.ts';

/**
 * Issue 14 finding 18: the demo's story reports come in over the last weeks, at times of day that fit
 * who sent them — not all in the same second — counted from the injected clock.
 */
let t: TestApp;
const printed: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  for (const mod of MODULES.filter((m) => m.name === 'accounts' || m.name === 'intake')) await mod.demo?.(t.ctx, { showPasswords: false, print: (l) => printed.push(l) });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const storyReports = () =>
  t.ctx.db.query.reports.findMany({ where: (r, { like }) => like(r.idempotencyKey, 'demo-story-%'), orderBy: (r, { asc }) => asc(r.idempotencyKey) });

describe('the demo story reports', () => {
  it('are spread over the last 18 days from the injected clock, each at its own time, none in the future', async () => {
    const now = t.ctx.clock.now().getTime();
    const rows = await storyReports();
    expect(rows).toHaveLength(12);
    const times = rows.map((r) => r.createdAt.getTime());
    expect(new Set(times).size).toBe(12);
    for (const at of times) expect(at).toBeLessThan(now);
    expect(now - Math.min(...times)).toBeGreaterThan(17 * 86_400_000);
    expect(now - Math.min(...times)).toBeLessThan(20 * 86_400_000);
    // The urgent one is happening now; the e-mail and the phone call came in office hours.
    const urgent = rows.find((r) => r.urgent)!;
    expect(now - urgent.createdAt.getTime()).toBeLessThan(60 * 60_000);
    const office = rows.filter((r) => r.channel === 'phone' || r.channel === 'email');
    for (const r of office) {
      const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(r.createdAt));
      expect(hour).toBeGreaterThanOrEqual(9);
      expect(hour).toBeLessThan(17);
    }
    expect(printed.join('\n')).toMatch(/fictitious/);
  });

  it('has the follow-up question after the report and the answer after the question', async () => {
    const lisa = (await storyReports()).find((r) => r.idempotencyKey === 'demo-story-01-lisa-zelf')!;
    const [question, answer] = await listMessages(t.ctx.db, lisa.id, ['staff', 'reporter']);
    expect(question!.createdAt.getTime()).toBeGreaterThan(lisa.createdAt.getTime());
    expect(answer!.createdAt.getTime()).toBeGreaterThan(question!.createdAt.getTime());
    expect(answer!.createdAt.getTime()).toBeLessThan(t.ctx.clock.now().getTime());
  });

  it('a second run adds nothing and moves no time', async () => {
    const before = (await storyReports()).map((r) => r.createdAt.toISOString());
    const intake = MODULES.find((m) => m.name === 'intake')!;
    await intake.demo?.(t.ctx, { showPasswords: false, print: () => {} });
    expect((await storyReports()).map((r) => r.createdAt.toISOString())).toEqual(before);
  });
});
