import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import {
  deleteFollowUpSession,
  deleteIdleFollowUpSessions,
  findFollowUpSession,
  insertFollowUpSession,
  takeFollowUpReceipt,
  updateFollowUpSession,
} from '../queries.ts';

/**
 * Keeps a reporter "signed in" to their report after the receipt check: a random token in a
 * short-lived cookie; its SHA-256 names a row in `follow_up_sessions`, so every app process behind
 * one address knows the session. Nothing about the connection is kept (hard rule 2). A session ends
 * after 20 idle minutes (by `ctx.clock`), on "afsluiten", or with its report.
 */
export const FOLLOW_UP_COOKIE = 'vn_melding';
const IDLE_MS = 20 * 60 * 1000;

export type FollowUpSession = { tokenHash: string; reportId: string; mustChangeReceipt: boolean };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const startFollowUp = async (ctx: AppContext, reply: FastifyReply, reportId: string, mustChangeReceipt: boolean) => {
  const now = ctx.clock.now();
  await deleteIdleFollowUpSessions(ctx.db, new Date(now.getTime() - IDLE_MS));
  const token = randomBytes(24).toString('base64url');
  await insertFollowUpSession(ctx.db, { tokenHash: hashToken(token), reportId, mustChangeReceipt, lastSeenAt: now });
  reply.setCookie(FOLLOW_UP_COOKIE, token, { path: '/mijn-melding', httpOnly: true, sameSite: 'strict', secure: ctx.config.tls, maxAge: IDLE_MS / 1000 });
};

export const readFollowUp = async (ctx: AppContext, req: FastifyRequest): Promise<FollowUpSession | null> => {
  const token = req.cookies[FOLLOW_UP_COOKIE];
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const row = await findFollowUpSession(ctx.db, tokenHash);
  if (!row) return null;
  const now = ctx.clock.now();
  if (now.getTime() - row.lastSeenAt.getTime() > IDLE_MS) {
    await deleteFollowUpSession(ctx.db, tokenHash);
    return null;
  }
  await updateFollowUpSession(ctx.db, tokenHash, { lastSeenAt: now });

  return { tokenHash, reportId: row.reportId, mustChangeReceipt: row.mustChangeReceipt };
};

/** After a receipt change: the session may go on, and the new receipt waits (encrypted) to be shown once. */
export const holdNewReceipt = (ctx: AppContext, session: FollowUpSession, receipt: string | null) =>
  updateFollowUpSession(ctx.db, session.tokenHash, { mustChangeReceipt: false, newReceiptEnc: receipt ? ctx.keys.encrypt(receipt) : null });

/** The new receipt, once: taken out of the database as it is read. */
export const takeNewReceipt = async (ctx: AppContext, session: FollowUpSession): Promise<string | null> => {
  const enc = await takeFollowUpReceipt(ctx.db, session.tokenHash);

  return enc ? ctx.keys.decryptText(enc) : null;
};

export const endFollowUp = async (ctx: AppContext, req: FastifyRequest, reply: FastifyReply) => {
  const token = req.cookies[FOLLOW_UP_COOKIE];
  if (token && token.length <= 100) await deleteFollowUpSession(ctx.db, hashToken(token));
  reply.clearCookie(FOLLOW_UP_COOKIE, { path: '/mijn-melding' });
};

/**
 * The receipt form's own cookie: a random token whose hash keys the form state a refused receipt
 * leaves for the GET it redirects to (form-state.ts). Set only when a try is refused; nothing about
 * the connection.
 */
const ENTRY_COOKIE = 'vn_invoer';

export const entryStateKey = (req: FastifyRequest): string | null => {
  const token = req.cookies[ENTRY_COOKIE];

  return token && token.length <= 100 ? `receipt:${hashToken(token)}` : null;
};

export const startEntryState = (ctx: AppContext, req: FastifyRequest, reply: FastifyReply): string => {
  const known = entryStateKey(req);
  if (known) return known;
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(ENTRY_COOKIE, token, { path: '/mijn-melding', httpOnly: true, sameSite: 'strict', secure: ctx.config.tls, maxAge: IDLE_MS / 1000 });

  return `receipt:${hashToken(token)}`;
};

/** Where the pages of an opened report keep their form states. */
export const sessionStateKey = (session: FollowUpSession): string => `followup:${session.tokenHash}`;
