import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/index.ts';

/** The signed-in staff member behind a request, as the audit log names them. */
export const actorOf = (req: FastifyRequest): AuditActor => ({
  userId: req.staff?.user.id ?? null,
  label: req.staff?.user.email ?? 'anonymous',
  ip: req.ip,
});
