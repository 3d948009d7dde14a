import type { AppContext } from '../../../app/context.ts';
import type { Figure } from '../../../app/module.ts';
import { registeredModules } from '../../../app/registry.ts';

/** Every month there is: the snapshot compares all counts, not one period's. */
const ALL_TIME = { from: new Date('1970-01-01T00:00:00Z'), to: new Date('2200-01-01T00:00:00Z') };

export type CountCell = {
  module: string;
  figureKey: string;
  labelNl: string;
  labelEn: string;
  partOf: Figure['partOf'] | null;
  municipality: string;
  month: string;
  n: number;
};

const cellKey = (c: Pick<CountCell, 'module' | 'figureKey' | 'municipality' | 'month'>) => `${c.module}\u0000${c.figureKey}\u0000${c.municipality}\u0000${c.month}`;

/**
 * Every module's dashboard counts as cells (figure, municipality, month), read in the batch's
 * transaction. A module whose figures fail fails the batch: a snapshot missing a module would
 * count that module's figures as deleted. The retention module's own figures (the snapshots) are
 * left out. A figure without cells (a bare value) has no month to keep it under and is not kept;
 * such figures fall when their records go (retention/README.md).
 */
export const takeCountCells = async (ctx: AppContext): Promise<Map<string, CountCell>> => {
  const cells = new Map<string, CountCell>();
  for (const mod of registeredModules()) {
    if (!mod.figures || mod.name === 'retention') continue;
    for (const f of await mod.figures(ctx, ALL_TIME)) {
      for (const [municipality, months] of Object.entries(f.byMunicipalityMonth ?? {})) {
        for (const [month, n] of Object.entries(months)) {
          const cell: CountCell = { module: mod.name, figureKey: f.key, labelNl: f.label.nl, labelEn: f.label.en, partOf: f.partOf ?? null, municipality, month, n };
          cells.set(cellKey(cell), cell);
        }
      }
    }
  }

  return cells;
};

/** What the batch took away: per cell, the count before less the count after (never less than 0). */
export const countsTaken = (before: Map<string, CountCell>, after: Map<string, CountCell>): CountCell[] => {
  const out: CountCell[] = [];
  for (const [key, b] of before) {
    const n = b.n - (after.get(key)?.n ?? 0);
    if (n > 0) out.push({ ...b, n });
  }

  return out;
};
