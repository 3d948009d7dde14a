import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { collectFigures } from '../../../app/module-hooks.ts';
import { registeredModules } from '../../../app/registry.ts';
import type { FigureQuery } from '../../../app/module.ts';
import { clearFigureCache, figureCountsSettled } from './figure-cache.ts';
import { warmDashboardCounts } from './warm-counts.ts';

// Issue 17: the national pass runs behind the pages (at start and every half cache period), so the
// first supervisor of the day is served from counts already made. Fictitious reports in Enschede.
const clock = testClock('2026-06-15T10:00:00Z');
let t: TestApp;
let passes = 0;
const collect = (query: FigureQuery) => {
  passes += 1;
  return collectFigures(registeredModules(), t.ctx, query, t.ctx.logger);
};

const addReports = async (at: string, n: number) => {
  for (let i = 0; i < n; i++) {
    await t.ctx.database.executor.executeSql(
      `INSERT INTO reports (number, channel, reporter_kind, urgent, answers, anonymous, receipt_hash, municipality_code, created_at)
       VALUES ($1, 'web', 'family', false, '{}'::jsonb, true, 'x', 'GM0153', $2)`,
      [`W${randomUUID().slice(0, 10)}`, at],
    );
  }
};

/** The Enschede cell of the reports row on the national page for May 2026. */
const enschedeOnPage = async (client: Awaited<ReturnType<typeof signedInAs>>['client']): Promise<string | undefined> => {
  const html = (await client.get('/cijfers?van=2026-05&tot=2026-05')).body;
  for (const row of html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    if (/<th[^>]*scope="row"[^>]*>Enschede \(GM0153\)<\/th>/.test(row[1] ?? '')) return /<td[^>]*>([\s\S]*?)<\/td>/.exec(row[1] ?? '')?.[1];
  }

  return undefined;
};

beforeAll(async () => {
  t = await createTestApp({ clock });
  await addReports('2026-05-10T12:00:00Z', 6);
});
afterAll(async () => {
  await t?.close();
});

describe('dashboard counts warmed behind the pages', () => {
  it('serves the first page from the warm-up, and a later look counts again without a page waiting', async () => {
    clearFigureCache(t.ctx);
    await warmDashboardCounts(t.ctx, collect);
    expect(passes).toBe(1);
    // A report after the warm-up is not on the first page: the page was cut from the warm counts and
    // made no national pass of its own.
    await addReports('2026-05-11T12:00:00Z', 1);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    expect(await enschedeOnPage(sup.client)).toBe('6');
    // A look within the cache time leaves the counts alone.
    clock.advance(4 * 60_000);
    await warmDashboardCounts(t.ctx, collect);
    expect(passes).toBe(1);
    // A look after it counts again behind the pages; the next page has the new report.
    clock.advance(7 * 60_000);
    await warmDashboardCounts(t.ctx, collect);
    await figureCountsSettled(t.ctx);
    expect(passes).toBe(2);
    expect(await enschedeOnPage(sup.client)).toBe('7');
  });
});
