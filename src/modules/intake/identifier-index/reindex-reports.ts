import type { AppContext } from '../../../app/context.ts';
import { type DraftAnswers, splitIdentity } from '../answers.ts';
import { indexReportAnswers, indexReporterMessage, placeOf } from './index-report.ts';
import { listMessages, listReportsAfter } from '../queries.ts';

const BATCH = 200;

/**
 * Puts every stored report into the identifier index again: reports from before the index existed,
 * or whose indexing failed (index-report.ts logs that). Safe to run at any time and more than once:
 * recordOccurrences is idempotent per source field and alerts only for occurrences that are new.
 * One transaction per report, so a long run holds no long locks.
 */
export const reindexReports = async (ctx: AppContext): Promise<{ reports: number }> => {
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const page = await listReportsAfter(ctx.db, after, BATCH);
    if (page.length === 0) break;
    for (const report of page) {
      // Stored answers hold no identity, but split again so a stray contact field can never get in.
      const { answers } = splitIdentity(report.answers as DraftAnswers);
      await ctx.db.transaction(async (tx) => {
        await indexReportAnswers(tx, ctx.logger, { id: report.id, createdAt: report.createdAt, answers });
        const place = placeOf(answers);
        for (const m of await listMessages(tx, report.id, ['reporter'])) {
          await indexReporterMessage(tx, ctx.logger, { reportId: report.id, messageId: m.id, body: m.body, at: m.createdAt, place });
        }
      });
      count += 1;
    }
    after = page.at(-1)?.id ?? null;
  }

  return { reports: count };
};
