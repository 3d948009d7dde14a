import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import type { DraftAnswers } from '../answers.ts';
import { deleteExpiredDrafts, findDraft, insertDraft, updateDraft } from '../queries.ts';

/**
 * Where a web report lives while it is filled in. We keep the draft on the server, in the database,
 * keyed by the SHA-256 of a random token in a first-party cookie — not in hidden fields — because:
 * files must be kept between pages anyway; contact details then never travel back and forth
 * through every page; going back to any page shows what was saved; and the token doubles as the
 * idempotency key that stops a second submit from making a second report. Works without
 * JavaScript (Tor Browser "safest" keeps first-party cookies). No IP address or user agent is stored.
 */
export const DRAFT_COOKIE = 'vn_draft';
const DRAFT_HOURS = 24;

export type Draft = { id: string; answers: DraftAnswers; submittedReportId: string | null; hasReceipt: boolean };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const decode = (ctx: AppContext, dataEnc: string): DraftAnswers => {
  if (!dataEnc) return {};
  try {
    const parsed: unknown = JSON.parse(ctx.keys.decryptText(dataEnc));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as DraftAnswers) : {};
  } catch {
    return {};
  }
};

export const encodeDraft = (ctx: AppContext, answers: DraftAnswers): string => ctx.keys.encrypt(JSON.stringify(answers));

/** The draft of this browser, or null (no cookie, unknown token or expired). */
export const readDraft = async (ctx: AppContext, req: FastifyRequest): Promise<Draft | null> => {
  const token = req.cookies[DRAFT_COOKIE];
  if (!token || token.length > 100) return null;
  const row = await findDraft(ctx.db, hashToken(token));
  if (!row || row.expiresAt.getTime() < Date.now()) return null;

  return { id: row.id, answers: decode(ctx, row.dataEnc), submittedReportId: row.submittedReportId, hasReceipt: row.receiptEnc !== null };
};

/** Starts a new draft and sets its cookie (session cookie: gone when the browser closes). */
export const startDraft = async (ctx: AppContext, reply: FastifyReply): Promise<Draft> => {
  await deleteExpiredDrafts(ctx.db);
  const token = randomBytes(24).toString('base64url');
  const id = hashToken(token);
  await insertDraft(ctx.db, { id, dataEnc: encodeDraft(ctx, {}), expiresAt: new Date(Date.now() + DRAFT_HOURS * 3600 * 1000) });
  reply.setCookie(DRAFT_COOKIE, token, { path: '/melden', httpOnly: true, sameSite: 'lax', secure: ctx.config.tls });

  return { id, answers: {}, submittedReportId: null, hasReceipt: false };
};

export const saveDraftAnswers = (ctx: AppContext, draft: Draft, answers: DraftAnswers) =>
  updateDraft(ctx.db, draft.id, { dataEnc: encodeDraft(ctx, answers) });
