import { describe, expect, it } from 'vitest';
import { testClock } from '../../../../test/support/clock.ts';
import type { AppContext } from '../../../app/context.ts';
import { figureFromCells } from '../../../app/figures.ts';
import type { FigureQuery } from '../../../app/module.ts';
import { figureCountsSettled } from './figure-cache.ts';
import { figureWindow, loadDashboard } from './load-dashboard.ts';

// The dashboards are cut from one national count per 36-month window (pre-aggregation in memory).
const setup = () => {
  const clock = testClock('2026-06-15T10:00:00Z');
  const ctx = { clock } as unknown as AppContext;
  const asked: FigureQuery[] = [];
  const collect = async (q: FigureQuery) => {
    asked.push(q);
    await new Promise((r) => setTimeout(r, 5));
    const reports = figureFromCells('intake.reports', { nl: 'Meldingen', en: 'Reports' }, [
      { municipality: 'GM0153', month: '2026-03', n: 6 },
      { municipality: 'GM0164', month: '2026-03', n: 9 },
    ]);
    return { figures: [{ ...reports, module: 'intake' }], failed: [] };
  };
  return { clock, ctx, asked, collect };
};

const reportsTotal = (d: Awaited<ReturnType<typeof loadDashboard>>) => d.sections[0]?.figures[0]?.total;

describe('dashboard pre-aggregation', () => {
  it('serves every area and period inside the window from one national count, and counts again after CACHE_MINUTES without making a page wait', async () => {
    const { clock, ctx, asked, collect } = setup();
    const [enschede, hengelo] = await Promise.all([
      loadDashboard(ctx, collect, { kind: 'municipality', code: 'GM0153' }, { from: '2026-03', to: '2026-03', municipality: 'GM0153', region: null }),
      loadDashboard(ctx, collect, { kind: 'municipality', code: 'GM0164' }, { from: '2026-01', to: '2026-06', municipality: 'GM0164', region: null }),
    ]);
    const national = await loadDashboard(ctx, collect, { kind: 'national' }, { from: '2025-07', to: '2026-06', municipality: null, region: null });
    expect(asked).toHaveLength(1);
    // The whole window, nationally: 2023-07 up to and including 2026-06 (Amsterdam months).
    expect(asked[0]?.municipalityCode).toBeUndefined();
    expect(asked[0]?.from.toISOString()).toBe('2023-06-30T22:00:00.000Z');
    expect(asked[0]?.to.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    // Each page publishes its own area only.
    expect(reportsTotal(enschede)).toMatchObject({ exact: true, n: 6 });
    expect(enschede.sections[0]?.figures[0]?.places).toEqual([]);
    expect(reportsTotal(hengelo)).toMatchObject({ exact: false, n: 9 });
    expect(reportsTotal(national)?.n).toBe(15);
    // After CACHE_MINUTES the old count is served at once and counted again behind the page.
    clock.advance(11 * 60_000);
    const stale = await loadDashboard(ctx, collect, { kind: 'municipality', code: 'GM0153' }, { from: '2026-03', to: '2026-03', municipality: 'GM0153', region: null });
    expect(stale.computedAt.toISOString()).toBe('2026-06-15T10:00:00.000Z');
    expect(asked).toHaveLength(2);
    await figureCountsSettled(ctx);
    const fresh = await loadDashboard(ctx, collect, { kind: 'municipality', code: 'GM0153' }, { from: '2026-03', to: '2026-03', municipality: 'GM0153', region: null });
    expect(fresh.computedAt.toISOString()).toBe('2026-06-15T10:11:00.000Z');
    expect(asked).toHaveLength(2);
    // Past STALE_MINUTES the page waits for a new count.
    clock.advance(21 * 60_000);
    const waited = await loadDashboard(ctx, collect, { kind: 'national' }, { from: '2026-03', to: '2026-03', municipality: null, region: null });
    expect(waited.computedAt.toISOString()).toBe('2026-06-15T10:32:00.000Z');
    expect(asked).toHaveLength(3);
  });

  it('counts an older period on its own', () => {
    expect(figureWindow({ from: '2022-01', to: '2022-12', municipality: null, region: null }, '2026-06')).toEqual({ from: '2022-01', to: '2022-12' });
    expect(figureWindow({ from: '2023-07', to: '2024-01', municipality: null, region: null }, '2026-06')).toEqual({ from: '2023-07', to: '2026-06' });
  });
});
