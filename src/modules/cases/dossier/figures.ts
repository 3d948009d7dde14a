import type { AppContext } from '../../../app/context.ts';
import { figureFromCells } from '../../../app/figures.ts';
import type { Figure, FigureQuery } from '../../../app/module.ts';
import { countComenshaForFigures, countDossiersForFigures, countReferralsForFigures, hasAnyDossier } from '../queries/figures.ts';

const OUTCOMES = {
  handed_over: { nl: 'Dossiers overgedragen aan politie/OM', en: 'Dossiers handed over to police/prosecution' },
  referred: { nl: 'Dossiers doorverwezen', en: 'Dossiers referred' },
  closed: { nl: 'Dossiers gesloten', en: 'Dossiers closed' },
  in_progress: { nl: 'Dossiers nog in behandeling', en: 'Dossiers still in progress' },
} as const;

const outcomeOf = (status: string): keyof typeof OUTCOMES => (status === 'handed_over' || status === 'referred' || status === 'closed' ? status : 'in_progress');

/**
 * The dossiers' counts for the dashboards: dossiers opened per municipality and month and what became
 * of them (a split that adds up to the whole), referrals and whether feedback came back, and CoMensha
 * registrations. A dossier's municipality is that of its reports. Counts only.
 */
export const casesFigures = async (ctx: AppContext, query: FigureQuery): Promise<Figure[]> => {
  if (!(await hasAnyDossier(ctx.db))) return [];
  const [dossiers, referrals, comensha] = await Promise.all([
    countDossiersForFigures(ctx.db, query),
    countReferralsForFigures(ctx.db, query),
    countComenshaForFigures(ctx.db, query),
  ]);

  return [
    figureFromCells('cases.dossiers', { nl: 'Dossiers geopend', en: 'Dossiers opened' }, dossiers),
    ...(Object.keys(OUTCOMES) as (keyof typeof OUTCOMES)[]).map((o) =>
      figureFromCells(`cases.dossiers.${o}`, OUTCOMES[o], dossiers.filter((r) => outcomeOf(r.part) === o), { key: 'cases.dossiers', split: 'outcome', exhaustive: true }),
    ),
    figureFromCells('cases.referrals', { nl: 'Doorverwijzingen', en: 'Referrals' }, referrals),
    figureFromCells('cases.referrals.feedback', { nl: 'Doorverwijzingen met terugkoppeling', en: 'Referrals with feedback' }, referrals.filter((r) => r.part === 'feedback'), { key: 'cases.referrals', split: 'feedback', exhaustive: true }),
    figureFromCells('cases.referrals.waiting', { nl: 'Doorverwijzingen zonder terugkoppeling', en: 'Referrals without feedback yet' }, referrals.filter((r) => r.part === 'waiting'), { key: 'cases.referrals', split: 'feedback', exhaustive: true }),
    figureFromCells('cases.comensha', { nl: 'Aanmeldingen bij CoMensha', en: 'CoMensha registrations' }, comensha),
  ];
};
