import { municipalityCodeOfPlace } from '../../app/cbs-municipalities.ts';
import type { AppContext } from '../../app/context.ts';
import { type CellCount, figureFromCells } from '../../app/figures.ts';
import type { Figure, FigureQuery } from '../../app/module.ts';
import { countAdsForFigures, countAlertsForFigures, hasAnyAd } from './queries/figures.ts';

/** An ad's normalised place as a municipality; a place not on the CBS list stays unknown. */
const toCells = (rows: readonly { place: string | null; month: string; n: number }[], only?: string): CellCount[] =>
  rows
    .map((r) => ({ municipality: municipalityCodeOfPlace(r.place), month: r.month, n: r.n }))
    .filter((c) => !only || c.municipality === only);

/**
 * The monitor's counts for the dashboards: ads seen per municipality (from the ad's place) and month,
 * those a person judged relevant, and alerts that an ad matched an open dossier. Counts only.
 */
export const monitorFigures = async (ctx: AppContext, query: FigureQuery): Promise<Figure[]> => {
  if (!(await hasAnyAd(ctx.db))) return [];
  const [adRows, alertRows] = await Promise.all([countAdsForFigures(ctx.db, query), countAlertsForFigures(ctx.db, query)]);
  const only = query.municipalityCode;

  return [
    figureFromCells('monitor.ads', { nl: 'Advertenties gezien', en: 'Ads seen' }, toCells(adRows, only)),
    figureFromCells('monitor.ads.flagged', { nl: 'Advertenties beoordeeld als relevant', en: 'Ads judged relevant' }, toCells(adRows.filter((r) => r.flagged), only), { key: 'monitor.ads', split: 'flagged', exhaustive: false }),
    figureFromCells('monitor.alerts', { nl: 'Meldingen: advertentie past bij een open dossier', en: 'Alerts: ad matches an open dossier' }, toCells(alertRows, only)),
  ];
};
