import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { type ChecklistAnswers, cleanAnswers } from './answers.ts';
import { deleteExpiredChecklistDrafts, findChecklistDraft, insertChecklistDraft, updateChecklistDraft } from '../queries.ts';

/**
 * The public checklist keeps its answers on the server, keyed by the SHA-256 of a random token in a
 * first-party cookie (like the report form): works without JavaScript, and a half-filled checklist
 * survives a closed tab for a week. Nothing is stored about the person: no IP, no user agent, no name.
 */
export const CHECKLIST_COOKIE = 'vn_checklist';
export const CHECKLIST_PATH = '/gemeenten/checklist';
const DRAFT_DAYS = 7;

export type ChecklistDraft = { id: string; answers: ChecklistAnswers };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const decode = (ctx: AppContext, dataEnc: string): ChecklistAnswers => {
  try {
    return cleanAnswers(JSON.parse(ctx.keys.decryptText(dataEnc)));
  } catch {
    return {};
  }
};

export const readChecklistDraft = async (ctx: AppContext, req: FastifyRequest): Promise<ChecklistDraft | null> => {
  const token = req.cookies[CHECKLIST_COOKIE];
  if (!token || token.length > 100) return null;
  const row = await findChecklistDraft(ctx.db, hashToken(token));
  if (!row || row.expiresAt.getTime() < ctx.clock.now().getTime()) return null;

  return { id: row.id, answers: decode(ctx, row.dataEnc) };
};

export const startChecklistDraft = async (ctx: AppContext, reply: FastifyReply): Promise<ChecklistDraft> => {
  const now = ctx.clock.now();
  await deleteExpiredChecklistDrafts(ctx.db, now);
  const token = randomBytes(24).toString('base64url');
  const id = hashToken(token);
  await insertChecklistDraft(ctx.db, { id, dataEnc: ctx.keys.encrypt('{}'), expiresAt: new Date(now.getTime() + DRAFT_DAYS * 86_400_000) });
  reply.setCookie(CHECKLIST_COOKIE, token, { path: CHECKLIST_PATH, httpOnly: true, sameSite: 'lax', secure: ctx.config.tls, maxAge: DRAFT_DAYS * 86_400 });

  return { id, answers: {} };
};

export const saveChecklistDraft = (ctx: AppContext, draft: ChecklistDraft, answers: ChecklistAnswers) =>
  updateChecklistDraft(ctx.db, draft.id, ctx.keys.encrypt(JSON.stringify(answers)));
