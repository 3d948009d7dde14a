import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { deleteSession, findSessionWithUser, insertSession, updateSession } from '../queries.ts';

export const SESSION_COOKIE = 'vn_staff_session';

export type SessionStage = 'password' | 'enrol' | 'active';

/** The second step that made a session active. */
export type SecondFactor = 'totp' | 'passkey';

export type StaffSession = {
  idHash: string;
  stage: SessionStage;
  /** How this session signed in (null: not active, or older than this field). */
  secondFactor: SecondFactor | null;
  pendingTotpEnc: string | null;
  user: {
    id: string;
    name: string;
    email: string;
    roles: string[];
    organisationId: string | null;
    mustChangePassword: boolean;
    totpEnrolled: boolean;
  };
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Touching the session on every request would write on every click; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

/** Starts a new session (a fresh id at every stage change, so a fixed id cannot be planted). */
export const startSession = async (
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  stage: SessionStage,
  pendingTotpEnc: string | null = null,
  secondFactor: SecondFactor | null = null,
): Promise<void> => {
  const old = req.cookies[SESSION_COOKIE];
  if (old) await deleteSession(ctx.db, hashToken(old));
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await insertSession(ctx.db, {
    idHash: hashToken(token),
    userId,
    stage,
    secondFactor: stage === 'active' ? secondFactor : null,
    pendingTotpEnc,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ctx.config.sessionMaxHours * 3600_000),
    ip: req.ip,
    userAgent: String(req.headers['user-agent'] ?? '').slice(0, 300),
  });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.tls,
    maxAge: ctx.config.sessionMaxHours * 3600,
  });
};

export const endSession = async (ctx: AppContext, req: FastifyRequest, reply: FastifyReply): Promise<void> => {
  const token = req.cookies[SESSION_COOKIE];
  if (token) await deleteSession(ctx.db, hashToken(token));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
};

/** Reads the session cookie; returns null for no, expired, idle, revoked or disabled sessions. */
export const loadSession = async (ctx: AppContext, req: FastifyRequest): Promise<StaffSession | null> => {
  const token = req.cookies[SESSION_COOKIE];
  if (!token || token.length > 100) return null;
  const idHash = hashToken(token);
  const row = await findSessionWithUser(ctx.db, idHash);
  if (!row) return null;
  const { session, user } = row;
  const now = Date.now();
  const idleLimit = ctx.config.sessionIdleMinutes * 60_000;
  // Half-finished sign-ins (second factor pending) get at most ten minutes.
  const stageLimit = session.stage === 'active' ? idleLimit : Math.min(idleLimit, 10 * 60_000);
  if (session.revokedAt || user.disabledAt) return null;
  if (session.expiresAt.getTime() <= now || now - session.lastSeenAt.getTime() > stageLimit) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) await updateSession(ctx.db, idHash, { lastSeenAt: new Date(now) });

  return {
    idHash,
    stage: session.stage as SessionStage,
    secondFactor: session.secondFactor === 'totp' || session.secondFactor === 'passkey' ? session.secondFactor : null,
    pendingTotpEnc: session.pendingTotpEnc,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      roles: user.roles,
      organisationId: user.organisationId,
      mustChangePassword: user.mustChangePassword,
      totpEnrolled: user.totpSecretEnc !== null,
    },
  };
};
