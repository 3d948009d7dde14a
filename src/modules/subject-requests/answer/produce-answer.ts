import type { AppContext } from '../../../app/context.ts';
import { logAccess, recordAuditEvent } from '../../audit/index.ts';
import { type Answer, buildAnswer } from './build-answer.ts';
import { markAnswered, selectRequest } from '../queries.ts';
import type { OfficerActor } from '../requests/register-request.ts';
import { renderAnswerPdf } from './render-answer-pdf.ts';

export type AnswerFormat = 'pdf' | 'json';

export type AnswerFile = { body: Buffer; contentType: string; fileName: string };

/**
 * Makes the answer (a tagged PDF or the machine-readable JSON of what is given) and hands it over
 * without storing it: only the answer day is kept (the first time), with an audit event of counts
 * and an access-log line 'export' per record given. The next call makes it again from the decisions.
 */
export const produceAnswer = async (ctx: AppContext, requestId: string, format: AnswerFormat, actor: OfficerActor & { name: string }): Promise<AnswerFile | null> => {
  const request = await selectRequest(ctx.db, requestId);
  if (!request) return null;
  const now = ctx.clock.now();
  const { answer, givenRefs }: { answer: Answer; givenRefs: Array<{ type: string; id: string }> } = await buildAnswer(ctx, request, request.answeredAt ?? now);

  await ctx.db.transaction(async (tx) => {
    const first = await markAnswered(tx, request.id, now);
    await recordAuditEvent(tx, {
      actor,
      action: 'subject_request.answered',
      targetType: 'subject_request',
      targetId: request.id,
      details: { format, first: first.length > 0, given: answer.given.length, corrected: answer.corrected, restricted: answer.restricted, erased: answer.erased, refusedGrounds: answer.refusedGrounds },
    });
    for (const r of givenRefs) {
      await logAccess(tx, { user: { id: actor.userId, name: actor.name }, recordType: r.type, recordId: r.id, action: 'export', reason: `AVG-verzoek ${request.id.slice(0, 8)} (${request.kind}): antwoord` });
    }
  });

  const base = `antwoord-avg-${answer.request.answeredOn}`;
  if (format === 'json') return { body: Buffer.from(`${JSON.stringify(answer, null, 2)}\n`, 'utf8'), contentType: 'application/json; charset=utf-8', fileName: `${base}.json` };

  return { body: await renderAnswerPdf(answer), contentType: 'application/pdf', fileName: `${base}.pdf` };
};
