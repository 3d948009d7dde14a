import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../app/errors.ts';

/** The signed-in staff member of a request (the access rule already let them in). */
export const activeUser = (req: FastifyRequest) => {
  const staff = req.staff;
  if (staff?.stage !== 'active') throw forbidden('not signed in');
  return staff.user;
};
