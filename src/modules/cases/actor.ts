import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import { forbidden } from '../../app/errors.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { insertEvent } from './queries/events.ts';
import { touchDossier } from './queries/dossiers.ts';

/** The signed-in staff member doing something in a dossier. */
export type Actor = { id: string; name: string; roles: readonly string[]; organisationId: string | null; ip: string | null };

export const actorFrom = (req: FastifyRequest): Actor => {
  const staff = req.staff;
  if (!staff || staff.stage !== 'active') throw forbidden('not signed in');

  return { id: staff.user.id, name: staff.user.name, roles: staff.user.roles, organisationId: staff.user.organisationId, ip: req.ip };
};

type Details = Record<string, string | number | boolean | null>;

/**
 * Records a change twice, in the same transaction as the change: as a dossier event (for the
 * timeline) and in the hash-chained audit log (for the privacy officer and custody).
 */
export const recordDossierChange = async (
  tx: Db,
  actor: Actor,
  dossierId: string,
  kind: string,
  details: Details = {},
  options: { timeline?: boolean } = {},
): Promise<void> => {
  // Signals, tasks and notes are in the timeline through their own rows; no second line for them.
  if (options.timeline !== false) await insertEvent(tx, { dossierId, actorId: actor.id, kind, details });
  await touchDossier(tx, dossierId);
  await recordAuditEvent(tx, {
    actor: { userId: actor.id, label: actor.name, ip: actor.ip },
    action: `dossier.${kind}`,
    targetType: 'dossier',
    targetId: dossierId,
    details,
  });
};
