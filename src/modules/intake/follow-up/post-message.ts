import type { AppContext } from '../../../app/context.ts';
import type { DraftAnswers } from '../answers.ts';
import { indexReporterMessage, placeOf } from '../identifier-index/index-report.ts';
import { findReportById, insertMessage, updateReport } from '../queries.ts';

export const MAX_MESSAGE = 5000;

export type MessageKind = 'reporter' | 'staff' | 'internal';

/**
 * Adds a message to a report: from the reporter, from staff to the reporter, or an internal note.
 * What the reporter adds goes into the identifier index like the first answers did; staff messages
 * and notes do not (they are not what the reporter saw, and a note may hold the reporter's number).
 */
export const postMessage = async (
  ctx: AppContext,
  input: { reportId: string; kind: MessageKind; body: string; authorUserId: string | null },
): Promise<{ ok: true } | { ok: false; problem: 'empty' | 'tooLong' }> => {
  const body = input.body.trim();
  if (!body) return { ok: false, problem: 'empty' };
  if (body.length > MAX_MESSAGE) return { ok: false, problem: 'tooLong' };
  await ctx.db.transaction(async (tx) => {
    const message = await insertMessage(tx, { reportId: input.reportId, kind: input.kind, body, authorUserId: input.authorUserId });
    await updateReport(tx, input.reportId, {});
    if (input.kind !== 'reporter' || !message) return;
    const report = await findReportById(tx, input.reportId);
    const place = report ? placeOf(report.answers as DraftAnswers) : null;
    await indexReporterMessage(tx, ctx.logger, { reportId: input.reportId, messageId: message.id, body, at: message.createdAt, place });
  });

  return { ok: true };
};
