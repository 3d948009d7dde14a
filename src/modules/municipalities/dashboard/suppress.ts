import type { Figure } from '../../../app/module.ts';

/**
 * Small-cell suppression for the dashboards (issue 17, privacy rules).
 *
 * The published table is one cell per figure, municipality (or 'onbekend') and month. A cell under 5
 * — zero included, so "nothing" and "one" look the same — is shown as "< 5". Everything else a page
 * shows (a month for a region, a year, the whole country) is added up from the published cells only:
 * an exact number when every cell in it is exact, else a lower bound ("≥ n") that counts only the
 * exact cells. So no total, and no difference of two totals, holds more than the cells already say,
 * whatever periods and areas someone asks for.
 *
 * The one place where cells are tied to each other is a split of a figure at the same cell (reports
 * by kind of reporter add up to the reports; the urgent ones are part of them). There a shown total
 * and shown parts could give away a small part by subtraction, so such a split is not shown at that
 * cell ("niet getoond", secondary suppression); the total stays. withholdLeakingSplits does that, per
 * cell, the same for every query.
 */
export const THRESHOLD = 5;

export type CellState = { kind: 'exact'; n: number } | { kind: 'small' } | { kind: 'withheld' };

/** figure key → municipality → month → what may be shown. */
export type PublishedCells = Map<string, Map<string, Map<string, CellState>>>;

type Var = { key: string | null; value: number; state: 'exact' | 'small' | 'withheld' | 'unpublished' };

const bound = (v: Var): { lo: number; hi: number } => {
  if (v.state === 'exact') return { lo: v.value, hi: v.value };
  if (v.state === 'small') return { lo: 0, hi: THRESHOLD - 1 };

  return { lo: 0, hi: Number.POSITIVE_INFINITY };
};

const initial = (key: string | null, value: number): Var => ({ key, value, state: value < THRESHOLD ? 'small' : 'exact' });

/**
 * Whether a split of a shown total gives a small part away: someone who knows the total and the shown
 * parts can narrow a part that is shown as "< 5" to less than 0..4, or pin down the unpublished rest
 * when it is under 5. Exact for one total with its parts (interval reasoning on one sum).
 */
export const splitLeaks = (total: Var, parts: readonly Var[]): boolean => {
  if (total.state !== 'exact') return false;
  for (const [i, v] of parts.entries()) {
    if (v.state === 'exact' || v.state === 'withheld') continue;
    const others = parts.filter((_, j) => j !== i).map(bound);
    const b = bound(v);
    const lo = Math.max(b.lo, total.value - others.reduce((sum, o) => sum + o.hi, 0));
    const hi = Math.min(b.hi, total.value - others.reduce((sum, o) => sum + o.lo, 0));
    if (v.state === 'small' ? lo > 0 || hi < THRESHOLD - 1 : v.value < THRESHOLD && lo === hi) return true;
  }

  return false;
};

/**
 * Secondary suppression: a split that would give a small part away is not shown at this cell at all
 * ("niet getoond"). Its parts can then be anything from 0 to the total, and the total itself — the
 * figure people need most — stays shown.
 */
export const withholdLeakingSplits = (total: Var, splits: Var[][]): void => {
  for (const parts of splits) {
    if (!splitLeaks(total, parts)) continue;
    for (const v of parts) if (v.key !== null) v.state = 'withheld';
  }
};

const cellValue = (f: Figure | undefined, m: string, month: string): number => f?.byMunicipalityMonth?.[m]?.[month] ?? 0;

/**
 * The published cells for the given positions (municipalities × months) of every figure. Positions
 * without a count are 0 and so "< 5". The decision per cell depends only on that cell's counts, so
 * every page, filter and download shows the same for the same cell.
 */
export const publishCells = (figures: readonly Figure[], municipalities: readonly string[], months: readonly string[]): PublishedCells => {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const out: PublishedCells = new Map();
  const parents = new Map<string, Map<string, { exhaustive: boolean; parts: Figure[] }>>();
  for (const f of figures) {
    if (!f.partOf || !byKey.has(f.partOf.key)) continue;
    const splits = parents.get(f.partOf.key) ?? new Map();
    const split = splits.get(f.partOf.split) ?? { exhaustive: f.partOf.exhaustive, parts: [] };
    split.parts.push(f);
    splits.set(f.partOf.split, split);
    parents.set(f.partOf.key, splits);
  }
  const set = (key: string, m: string, month: string, state: CellState) => {
    const perM = out.get(key) ?? new Map<string, Map<string, CellState>>();
    const perMonth = perM.get(m) ?? new Map<string, CellState>();
    perMonth.set(month, state);
    perM.set(m, perMonth);
    out.set(key, perM);
  };
  const asState = (v: Var): CellState => (v.state === 'exact' ? { kind: 'exact', n: v.value } : v.state === 'withheld' ? { kind: 'withheld' } : { kind: 'small' });

  for (const m of municipalities) {
    for (const month of months) {
      const done = new Set<string>();
      for (const [parentKey, splits] of parents) {
        const parent = initial(parentKey, cellValue(byKey.get(parentKey), m, month));
        const vars = [...splits.values()].map((s) => {
          const parts = s.parts.map((f) => initial(f.key, cellValue(f, m, month)));
          if (!s.exhaustive) {
            const rest = parent.value - parts.reduce((sum, v) => sum + v.value, 0);
            parts.push({ key: null, value: Math.max(0, rest), state: 'unpublished' });
          }
          return parts;
        });
        withholdLeakingSplits(parent, vars);
        set(parentKey, m, month, asState(parent));
        done.add(parentKey);
        for (const v of vars.flat()) {
          if (v.key === null) continue;
          set(v.key, m, month, asState(v));
          done.add(v.key);
        }
      }
      for (const f of figures) if (!done.has(f.key)) set(f.key, m, month, asState(initial(f.key, cellValue(f, m, month))));
    }
  }

  return out;
};

/** A total added up from published cells: exact, or only a lower bound when a cell in it is not shown. */
export type Total = { exact: boolean; n: number; anySmall: boolean; cells: number };

export const addUp = (cells: readonly (CellState | undefined)[]): Total => {
  let n = 0;
  let exact = true;
  let anySmall = false;
  for (const c of cells) {
    if (!c || c.kind !== 'exact') {
      exact = false;
      anySmall = true;
    } else n += c.n;
  }

  return { exact, n, anySmall, cells: cells.length };
};

const nf = new Intl.NumberFormat('nl-NL');

/** How a total or cell reads on a page and in the CSV: "12", "< 5", "≥ 40", or "niet getoond". */
export const formatTotal = (t: Total, lang: 'nl' | 'en'): string => {
  if (t.exact) return nf.format(t.n);
  if (t.n === 0 && t.cells === 1) return '< 5';
  // Several cells under 5 together can be more than 4: say so instead of a number.
  if (t.n === 0) return lang === 'en' ? 'small or withheld numbers' : 'kleine of niet getoonde aantallen';

  return `≥ ${nf.format(t.n)}`;
};

export const formatCell = (c: CellState | undefined, lang: 'nl' | 'en'): string => {
  if (!c || c.kind === 'small') return '< 5';
  if (c.kind === 'withheld') return lang === 'en' ? 'not shown' : 'niet getoond';

  return nf.format(c.n);
};
