import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { endSession } from './session.ts';

/** Signing out: a security event in the audit log (when someone was signed in), then the session ends. */
export const signOut = async (ctx: AppContext, req: FastifyRequest, reply: FastifyReply): Promise<void> => {
  if (req.staff) {
    await recordAuditEvent(ctx.db, {
      actor: { userId: req.staff.user.id, label: req.staff.user.email, ip: req.ip },
      action: 'auth.signout',
      targetType: 'user',
      targetId: req.staff.user.id,
    });
  }
  await endSession(ctx, req, reply);
};
