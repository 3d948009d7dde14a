import type { AppContext } from '../../../app/context.ts';
import { figureFromCells } from '../../../app/figures.ts';
import type { Figure, FigureQuery } from '../../../app/module.ts';
import { selectCounts } from '../queries.ts';

/** YYYY-MM of a moment in Europe/Amsterdam, as the modules' figures count months. */
const monthOf = (d: Date) => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';

  return `${get('year')}-${get('month')}`;
};

/**
 * The counts of records the retention job deleted, as figures with the same keys as the live ones
 * (collectFigures adds them up per cell), for the months of the period asked. The period's end is
 * exclusive, as in the modules' own queries.
 */
export const keptFigures = async (ctx: AppContext, query: FigureQuery): Promise<Figure[]> => {
  const rows = await selectCounts(ctx.db, { fromMonth: monthOf(query.from), toMonth: monthOf(new Date(query.to.getTime() - 1)), municipality: query.municipalityCode });
  const byKey = new Map<string, typeof rows>();
  for (const r of rows) byKey.set(r.figureKey, [...(byKey.get(r.figureKey) ?? []), r]);

  return [...byKey.entries()].map(([key, cells]) => {
    const first = cells[0];
    const label = { nl: first?.labelNl ?? key, en: first?.labelEn ?? key };
    return figureFromCells(
      key,
      label,
      cells.map((c) => ({ municipality: c.municipality, month: c.month, n: c.n })),
      first?.partOf ?? undefined,
    );
  });
};
