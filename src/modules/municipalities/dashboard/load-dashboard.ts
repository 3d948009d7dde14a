import { MUNICIPALITY_OPTIONS, UNKNOWN_MUNICIPALITY } from '../../../app/cbs-municipalities.ts';
import type { AppContext } from '../../../app/context.ts';
import type { Figure, FigureQuery } from '../../../app/module.ts';
import { cachedFigures } from './figure-cache.ts';
import { CATALOGUE } from './figure-catalogue.ts';
import { currentMonth, MAX_MONTHS, monthIndex, monthOfIndex, monthsBetween, type DashboardQuery } from './parse-dashboard-query.ts';
import { addUp, type CellState, publishCells, type Total } from './suppress.ts';

export type Collect = (query: FigureQuery) => Promise<{ figures: (Figure & { module: string })[]; failed: string[] }>;

/** Whose figures a page shows: one municipality, the municipalities of a region, or the whole country. */
export type Area = { kind: 'municipality'; code: string } | { kind: 'region'; name: string; codes: string[] } | { kind: 'national' };

export type FigureView = {
  key: string;
  label: { nl: string; en: string };
  /** false: the source module sent nothing ("nog geen gegevens"). */
  hasData: boolean;
  total: Total;
  months: { month: string; total: Total }[];
  places: { code: string; total: Total }[];
  chart: boolean;
  byPlace: boolean;
};

export type Dashboard = { area: Area; months: string[]; sections: { id: string; title: { nl: string; en: string }; figures: FigureView[] }[]; failed: string[]; computedAt: Date };

/** The first moment of a month in Amsterdam time (months on the dashboards are Amsterdam months). */
export const amsterdamMonthStart = (ym: string): Date => {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  for (const offset of [1, 2]) {
    const d = new Date(Date.UTC(y, m - 1, 1) - offset * 3_600_000);
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(d);
    if (parts.find((p) => p.type === 'day')?.value === '01' && parts.find((p) => p.type === 'hour')?.value === '00') return d;
  }

  return new Date(Date.UTC(y, m - 1, 1));
};

export const nextMonth = (ym: string): string => {
  const i = monthIndex(ym) + 1;

  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

const areaCodes = (area: Area, figures: readonly Figure[]): string[] => {
  if (area.kind === 'municipality') return [area.code];
  if (area.kind === 'region') return area.codes;
  const seen = new Set<string>([...MUNICIPALITY_OPTIONS.map((o) => o.code), UNKNOWN_MUNICIPALITY]);
  for (const f of figures) for (const code of Object.keys(f.byMunicipalityMonth ?? {})) seen.add(code);

  return [...seen];
};

/**
 * Which counts a page is cut from. Pre-aggregation: one national pass over every module gives the
 * counts per figure, municipality and month for the whole window of MAX_MONTHS months up to this
 * month, and every page inside that window (any municipality, region or the country, any period) is
 * cut from it, so a busy day of dashboards costs one count per CACHE_MINUTES (made behind the pages, see figure-cache.ts), not one per page. A
 * period that starts before the window (an older year) is counted on its own.
 */
export const figureWindow = (q: DashboardQuery, thisMonth: string): { from: string; to: string } => {
  const windowFrom = monthOfIndex(monthIndex(thisMonth) - (MAX_MONTHS - 1));
  if (monthIndex(q.from) >= monthIndex(windowFrom) && monthIndex(q.to) <= monthIndex(thisMonth)) return { from: windowFrom, to: thisMonth };

  return { from: q.from, to: q.to };
};

/** The counts of one window, from the cache when fresh (figure-cache.ts); the warm-up asks the same. */
export const windowCounts = (ctx: AppContext, collect: Collect, window: { from: string; to: string }) =>
  cachedFigures(ctx, `${window.from}|${window.to}`, () => collect({ from: amsterdamMonthStart(window.from), to: amsterdamMonthStart(nextMonth(window.to)) }));

/**
 * Gets the counts of every module (from the cache when fresh), publishes the cells of the area with
 * small cells suppressed, and adds up months and places from the published cells only. The counts of
 * other municipalities stay in memory only; a page publishes the cells of its own area, nothing else.
 */
export const loadDashboard = async (ctx: AppContext, collect: Collect, area: Area, q: DashboardQuery): Promise<Dashboard> => {
  const months = monthsBetween(q.from, q.to);
  const window = figureWindow(q, currentMonth(ctx.clock.now()));
  const { figures, failed, at } = await windowCounts(ctx, collect, window);
  // The same counts give the same page for the same area and period: keep the added-up result with the counts.
  const areaKey = `${q.from}|${q.to}|${area.kind === 'municipality' ? area.code : area.kind === 'region' ? `r:${area.name}:${area.codes.join(',')}` : '*'}`;
  const memo = computed.get(figures) ?? new Map<string, Dashboard>();
  computed.set(figures, memo);
  const known = memo.get(areaKey);
  if (known) return known;
  const codes = areaCodes(area, figures);
  const cells = publishCells(figures, codes, months);
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const cell = (key: string, code: string, month: string): CellState | undefined => cells.get(key)?.get(code)?.get(month);

  const sections = CATALOGUE.map((section) => ({
    id: section.id,
    title: section.title,
    figures: section.entries.map((e): FigureView => {
      const hasData = byKey.has(e.key);
      const monthTotals = months.map((month) => ({ month, total: addUp(codes.map((code) => cell(e.key, code, month))) }));
      const places = area.kind === 'municipality' ? [] : codes.map((code) => ({ code, total: addUp(months.map((month) => cell(e.key, code, month))) }));
      return {
        key: e.key,
        label: e.label,
        hasData,
        total: addUp(codes.flatMap((code) => months.map((month) => cell(e.key, code, month)))),
        months: monthTotals,
        places,
        chart: e.chart ?? false,
        byPlace: e.byPlace ?? false,
      };
    }),
  }));

  const dashboard = { area, months, sections, failed, computedAt: new Date(at) };
  memo.set(areaKey, dashboard);

  return dashboard;
};

const computed = new WeakMap<readonly Figure[], Map<string, Dashboard>>();
