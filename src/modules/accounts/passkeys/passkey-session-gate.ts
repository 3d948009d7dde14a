import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { listPasskeys } from '../queries.ts';
import { startSession } from '../sign-in/session.ts';
import { passkeyRequiredFor } from './passkey-settings.ts';

/** What a session of a passkey role without a passkey may still do: add one (and sign out, 'anyone'). */
const ENROL_ROUTES = new Set(['GET /account/passkeys', 'POST /account/passkeys/opties', 'POST /account/passkeys']);

/**
 * "An admin can require passkeys for a role" holds for sessions too, not only at sign-in: on every
 * request of an active session that did not sign in with a passkey, a user of such a role is sent
 *  - without a passkey: to add one (nothing else opens until then), or
 *  - with one: back to the second step of signing in, where only the passkey counts. The session
 *    goes back to the password stage under a fresh id; the code session is gone.
 * Returns the reply when it answered, else null. Sessions signed in with a passkey cost no query.
 */
export const passkeySessionGate = async (ctx: AppContext, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | null> => {
  const staff = req.staff;
  if (staff?.stage !== 'active' || staff.secondFactor === 'passkey') return null;
  if (!(await passkeyRequiredFor(ctx, staff.user.roles))) return null;

  if ((await listPasskeys(ctx.db, staff.user.id)).length === 0) {
    if (ENROL_ROUTES.has(`${req.method} ${req.routeOptions.url}`)) return null;
    return reply.redirect('/account/passkeys?verplicht=1', 303);
  }

  await startSession(ctx, req, reply, staff.user.id, 'password');
  await recordAuditEvent(ctx.db, {
    actor: { userId: staff.user.id, label: staff.user.email, ip: req.ip },
    action: 'auth.session.passkey_required',
    targetType: 'user',
    targetId: staff.user.id,
  });
  const back = req.method === 'GET' ? `?terug=${encodeURIComponent(req.url)}` : '';

  return reply.redirect(`/inloggen/code${back}`, 303);
};
