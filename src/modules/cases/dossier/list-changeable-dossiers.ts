import type { Db } from '../../../db/client.ts';
import type { Actor } from '../actor.ts';
import { listChangeableOpenDossiers } from '../queries/dossiers.ts';

export type ChangeableDossier = { id: string; title: string };

/**
 * The open dossiers an actor may add something to, for a picker elsewhere (the monitor's review
 * queue). Mirrors requireDossierAccess({ write: true }): supervisors every dossier, investigators the
 * ones they are assigned to, anyone else none. The picker is a convenience; the handler still runs
 * requireDossierAccess on whatever id comes back.
 */
export const listChangeableDossiers = async (db: Db, actor: Actor, limit = 200): Promise<ChangeableDossier[]> => {
  const supervisor = actor.roles.includes('supervisor');
  if (!supervisor && !actor.roles.includes('investigator')) return [];
  const rows = await listChangeableOpenDossiers(db, { userId: actor.id, all: supervisor }, limit);

  return rows.map((r) => ({ id: r.id, title: r.title }));
};
