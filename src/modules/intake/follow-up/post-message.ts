import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import type { DraftAnswers } from '../answers.ts';
import { indexReporterMessage, placeOf } from '../identifier-index/index-report.ts';
import { findReportById, insertMessage, updateReport } from '../queries.ts';

export const MAX_MESSAGE = 5000;

/** A message form's token: 32 hex characters, new on every page that shows the form (newFormToken). */
const FORM_TOKEN = /^[0-9a-f]{32}$/;

export const newFormToken = (): string => randomBytes(16).toString('hex');

export type MessageKind = 'reporter' | 'staff' | 'internal';

/**
 * Adds a message to a report: from the reporter, from staff to the reporter, or an internal note.
 * What the reporter adds goes into the identifier index like the first answers did; staff messages
 * and notes do not (they are not what the reporter saw, and a note may hold the reporter's number).
 * With the form's token a second post of the same form adds nothing (`added: false`).
 */
export const postMessage = async (
  ctx: AppContext,
  input: { reportId: string; kind: MessageKind; body: string; authorUserId: string | null; formToken?: string | null; at?: Date },
): Promise<{ ok: true; added: boolean } | { ok: false; problem: 'empty' | 'tooLong' }> => {
  const body = input.body.trim();
  if (!body) return { ok: false, problem: 'empty' };
  if (body.length > MAX_MESSAGE) return { ok: false, problem: 'tooLong' };
  const formToken = input.formToken && FORM_TOKEN.test(input.formToken) ? input.formToken : null;
  const added = await ctx.db.transaction(async (tx) => {
    const message = await insertMessage(tx, { reportId: input.reportId, kind: input.kind, body, authorUserId: input.authorUserId, formToken, ...(input.at ? { createdAt: input.at } : {}) });
    // The same form posted again (a double click, a resubmit): the first post's message stands.
    if (!message) return false;
    await updateReport(tx, input.reportId, {});
    if (input.kind !== 'reporter') return true;
    const report = await findReportById(tx, input.reportId);
    const place = report ? placeOf(report.answers as DraftAnswers) : null;
    await indexReporterMessage(tx, ctx.logger, { reportId: input.reportId, messageId: message.id, body, at: message.createdAt, place });
    return true;
  });

  return { ok: true, added };
};
