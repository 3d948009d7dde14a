import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../app/context.ts';
import type { KeptUntil } from '../../../app/module.ts';
import { keptUntil, retentionKeeps } from '../../../app/registry.ts';
import { reports } from '../schema.ts';
import { selectReportNeed } from './queries.ts';

const OPEN: KeptUntil = {
  on: null,
  held: false,
  review: false,
  text: { nl: 'Bewaard zolang de melding in behandeling is; de bewaartermijn begint bij het afsluiten.', en: 'Kept while the report is being handled; the retention period starts when it is closed.' },
};

/**
 * "Bewaard tot …" for the report page, through the retention module's keptUntil hook: a report in a
 * dossier follows the dossier; a closed report without one is kept its period from the last change
 * (`intake.report.closed_without_dossier`); an open report has no end yet.
 */
export const reportKeptUntil = async (ctx: AppContext, report: { id: string; status: string; updatedAt: Date }): Promise<KeptUntil | null> => {
  const keeps = retentionKeeps('report').map((k) => k.keeps(reports.id));
  const need = await selectReportNeed(ctx.db, report.id, keeps.length === 0 ? undefined : sql.join(keeps, sql` or `), false);
  if (need?.needed) return keptUntil(ctx, { ruleKey: 'intake.report.closed_without_dossier', from: null, followsDossier: true });
  if (report.status !== 'closed') return OPEN;

  return keptUntil(ctx, { ruleKey: 'intake.report.closed_without_dossier', from: report.updatedAt });
};
