import type { AppContext } from '../../app/context.ts';
import { type CellCount, figureFromCells } from '../../app/figures.ts';
import type { Figure, FigureQuery } from '../../app/module.ts';
import { REPORTER_KINDS } from './answers.ts';
import { countReportsForFigures, hasAnyReport } from './queries.ts';

const KIND_LABELS: Record<string, { nl: string; en: string }> = {
  victim: { nl: 'Meldingen van het slachtoffer zelf', en: 'Reports by the victim' },
  family: { nl: 'Meldingen van familie of vrienden', en: 'Reports by family or friends' },
  bystander: { nl: 'Meldingen van omstanders', en: 'Reports by bystanders' },
  professional: { nl: 'Meldingen van professionals', en: 'Reports by professionals' },
  hotel: { nl: 'Meldingen van hotels en bedrijven', en: 'Reports by hotels and businesses' },
  client: { nl: 'Meldingen van klanten', en: 'Reports by clients' },
  ex_perpetrator: { nl: 'Meldingen van (ex-)daders', en: 'Reports by (former) perpetrators' },
};

/**
 * The meldpunt's counts for the dashboards: reports per municipality and month, the urgent ones, the
 * ones about a minor, and the split by kind of reporter (parts of the total). Counts only; the
 * dashboard suppresses small cells.
 */
export const intakeFigures = async (ctx: AppContext, query: FigureQuery): Promise<Figure[]> => {
  if (!(await hasAnyReport(ctx.db))) return [];
  const rows = await countReportsForFigures(ctx.db, query);
  const cells = (keep: (r: (typeof rows)[number]) => boolean): CellCount[] => rows.filter(keep).map((r) => ({ municipality: r.municipality, month: r.month, n: r.n }));

  return [
    figureFromCells('intake.reports', { nl: 'Meldingen', en: 'Reports' }, cells(() => true)),
    figureFromCells('intake.reports.urgent', { nl: 'Meldingen met spoed', en: 'Urgent reports' }, cells((r) => r.urgent), { key: 'intake.reports', split: 'urgent', exhaustive: false }),
    figureFromCells('intake.reports.minor', { nl: 'Meldingen over een minderjarige', en: 'Reports about a minor' }, cells((r) => r.minor), { key: 'intake.reports', split: 'minor', exhaustive: false }),
    ...REPORTER_KINDS.map((kind) => figureFromCells(`intake.reports.kind.${kind}`, KIND_LABELS[kind] ?? { nl: kind, en: kind }, cells((r) => r.kind === kind), { key: 'intake.reports', split: 'kind', exhaustive: true })),
  ];
};
