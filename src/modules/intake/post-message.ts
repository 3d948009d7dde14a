import type { AppContext } from '../../app/context.ts';
import { insertMessage, updateReport } from './queries.ts';

export const MAX_MESSAGE = 5000;

export type MessageKind = 'reporter' | 'staff' | 'internal';

/** Adds a message to a report: from the reporter, from staff to the reporter, or an internal note. */
export const postMessage = async (
  ctx: AppContext,
  input: { reportId: string; kind: MessageKind; body: string; authorUserId: string | null },
): Promise<{ ok: true } | { ok: false; problem: 'empty' | 'tooLong' }> => {
  const body = input.body.trim();
  if (!body) return { ok: false, problem: 'empty' };
  if (body.length > MAX_MESSAGE) return { ok: false, problem: 'tooLong' };
  await ctx.db.transaction(async (tx) => {
    await insertMessage(tx, { reportId: input.reportId, kind: input.kind, body, authorUserId: input.authorUserId });
    await updateReport(tx, input.reportId, {});
  });

  return { ok: true };
};
