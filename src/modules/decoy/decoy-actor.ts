import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../app/errors.ts';
import type { DecoyActor } from './access.ts';

/** The signed-in staff member of a request, as the decoy commands take them. */
export const decoyActor = (req: FastifyRequest): DecoyActor => {
  const staff = req.staff;
  if (staff?.stage !== 'active') throw forbidden('not signed in');

  return { id: staff.user.id, name: staff.user.name, email: staff.user.email, roles: staff.user.roles };
};
