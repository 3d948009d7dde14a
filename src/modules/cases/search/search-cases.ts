import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import type { Actor } from '../actor.ts';
import { type DossierHit, type ReportHit, searchDossiers, searchReports } from '../queries/search.ts';

/** The roles that may read reports (the intake module's READ list). */
const REPORT_READERS = ['intake', 'supervisor', 'investigator'];
export const SEARCH_LIMIT = 25;
export const QUERY_MAX = 200;

export type SearchResult = { dossiers: DossierHit[]; reports: ReportHit[] };

/**
 * Dutch full-text search over reports and dossiers, filtered by what this person may open. Each
 * result shown is a read (its title or number is on screen), so each goes to the access log.
 */
export const searchCases = async (ctx: AppContext, actor: Actor, text: string): Promise<SearchResult> => {
  const scope = {
    userId: actor.id,
    supervisor: actor.roles.includes('supervisor'),
    investigator: actor.roles.includes('investigator'),
    organisationId: actor.roles.includes('partner') ? actor.organisationId : null,
  };
  const dossiers = await searchDossiers(ctx.db, text, scope, SEARCH_LIMIT);
  const reports = actor.roles.some((r) => REPORT_READERS.includes(r)) ? await searchReports(ctx.db, text, SEARCH_LIMIT) : [];
  for (const d of dossiers) await logAccess(ctx.db, { user: actor, recordType: 'dossier', recordId: d.id, action: 'search' });
  for (const r of reports) await logAccess(ctx.db, { user: actor, recordType: 'report', recordId: r.id, action: 'search' });

  return { dossiers, reports };
};
