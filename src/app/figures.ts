import type { Figure } from './module.ts';

/** One grouped count as a module's SQL returns it: municipality (CBS code or null), month (YYYY-MM), count. */
export type CellCount = { municipality: string | null; month: string; n: number };

/** A place that is not known counts here, never guessed. */
export const UNKNOWN_PLACE = 'onbekend';

/** A figure from grouped counts: the cells, plus the total, per month and per municipality. */
export const figureFromCells = (key: string, label: { nl: string; en: string }, rows: readonly CellCount[], partOf?: Figure['partOf']): Figure => {
  const cells: Record<string, Record<string, number>> = {};
  const byMonth: Record<string, number> = {};
  const byMunicipality: Record<string, number> = {};
  let value = 0;
  for (const r of rows) {
    if (r.n <= 0) continue;
    const m = r.municipality ?? UNKNOWN_PLACE;
    const row = cells[m] ?? {};
    row[r.month] = (row[r.month] ?? 0) + r.n;
    cells[m] = row;
    byMonth[r.month] = (byMonth[r.month] ?? 0) + r.n;
    byMunicipality[m] = (byMunicipality[m] ?? 0) + r.n;
    value += r.n;
  }

  return { key, label, value, byMonth, byMunicipality, byMunicipalityMonth: cells, ...(partOf ? { partOf } : {}) };
};
