import type { AppContext } from '../../../app/context.ts';
import type { SubjectRecordHandler } from '../../../app/module.ts';
import { isUuid } from '../../../app/forms.ts';
import { retentionKeeps } from '../../../app/registry.ts';
import type { Db } from '../../../db/client.ts';
import { purgeReports } from '../retention.ts';
import { reports } from '../schema.ts';
import { selectReportNeed } from './queries.ts';
import { sql } from 'drizzle-orm';

/**
 * Erases one report for a data-subject request (AVG art. 17), as the retention rule deletes a
 * report: its identity, answers, messages, files, consents, follow-up sessions, the submitted draft
 * and its identifier-index occurrences. A report another module still needs (in a dossier) is
 * refused ('kept'): it goes with the dossier, which a legal hold may keep. Restricting a report
 * (art. 18) is not supported yet: that decision stays queued for a person.
 */
const carryOut = async (_ctx: AppContext, db: Db, action: 'erase' | 'restrict', id: string) => {
  if (action !== 'erase') return { done: false as const, reason: 'unsupported' as const };
  if (!isUuid(id)) return { done: false as const, reason: 'gone' as const };
  const keeps = retentionKeeps('report').map((k) => k.keeps(reports.id));
  const need = await selectReportNeed(db, id, keeps.length === 0 ? undefined : sql.join(keeps, sql` or `), true);
  if (!need) return { done: false as const, reason: 'gone' as const };
  if (need.needed) return { done: false as const, reason: 'kept' as const };
  await purgeReports(db, [id]);

  return { done: true as const };
};

export const reportSubjectRecords: SubjectRecordHandler[] = [{ recordType: 'report', carryOut }];
