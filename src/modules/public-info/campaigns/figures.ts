import type { AppContext } from '../../../app/context.ts';
import type { Figure, FigureQuery } from '../../../app/module.ts';
import { dutchDay } from './count-campaign-event.ts';
import { countsByMonth } from '../queries.ts';

/**
 * Campaign reach for the dashboards: visits to landing paths and reports begun and sent after them,
 * per month. Counts only — the table they come from holds nothing about any visitor. Not split by
 * municipality: a landing path is not a place.
 */
export const infoFigures = async (ctx: AppContext, query: FigureQuery): Promise<Figure[]> => {
  const rows = await countsByMonth(ctx.db, dutchDay(query.from), dutchDay(query.to));
  const figure = (key: string, nl: string, en: string, pick: (r: (typeof rows)[number]) => number): Figure => ({
    key,
    label: { nl, en },
    value: rows.reduce((n, r) => n + pick(r), 0),
    byMonth: Object.fromEntries(rows.map((r) => [r.month, pick(r)])),
  });

  return [
    figure('public-info.campaign.visits', 'Bezoeken via campagnepaden', 'Visits through campaign paths', (r) => r.visits),
    figure('public-info.campaign.reports-begun', 'Meldingen begonnen na een campagnepad', 'Reports begun after a campaign path', (r) => r.begun),
    figure('public-info.campaign.reports-sent', 'Meldingen verstuurd na een campagnepad', 'Reports sent after a campaign path', (r) => r.sent),
  ];
};
