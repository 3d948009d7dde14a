import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';

/**
 * Keeps a reporter "signed in" to their report after the receipt check: a random token in a
 * short-lived cookie, mapped in memory to the report. Nothing about it is written to the database
 * or a log, so a restart simply asks for the receipt again.
 */
export const FOLLOW_UP_COOKIE = 'vn_melding';
const IDLE_MS = 20 * 60 * 1000;
const MAX_SESSIONS = 50_000;

type Session = { reportId: string; lastSeen: number; mustChangeReceipt: boolean; newReceipt: string | null };

const sessions = new Map<string, Session>();

const sweep = (now: number) => {
  for (const [token, s] of sessions) if (now - s.lastSeen > IDLE_MS) sessions.delete(token);
};

export const startFollowUp = (ctx: AppContext, reply: FastifyReply, reportId: string, mustChangeReceipt: boolean) => {
  const now = Date.now();
  if (sessions.size >= MAX_SESSIONS) sweep(now);
  const token = randomBytes(24).toString('base64url');
  sessions.set(token, { reportId, lastSeen: now, mustChangeReceipt, newReceipt: null });
  reply.setCookie(FOLLOW_UP_COOKIE, token, { path: '/mijn-melding', httpOnly: true, sameSite: 'strict', secure: ctx.config.tls, maxAge: IDLE_MS / 1000 });
};

export const readFollowUp = (req: FastifyRequest): Session | null => {
  const token = req.cookies[FOLLOW_UP_COOKIE];
  if (!token) return null;
  const s = sessions.get(token);
  if (!s) return null;
  const now = Date.now();
  if (now - s.lastSeen > IDLE_MS) {
    sessions.delete(token);
    return null;
  }
  s.lastSeen = now;

  return s;
};

export const endFollowUp = (req: FastifyRequest, reply: FastifyReply) => {
  const token = req.cookies[FOLLOW_UP_COOKIE];
  if (token) sessions.delete(token);
  reply.clearCookie(FOLLOW_UP_COOKIE, { path: '/mijn-melding' });
};
