import type { Db } from '../../db/client.ts';
import { recordAuditEvent } from '../audit/index.ts';

/**
 * Custody events of an evidence item, in the hash-chained audit log (DESIGN §3 rule 5). The dossier
 * handover uses 'custody.handover' with the package hash and the receiving party in details.
 */
export type CustodyAction = 'custody.capture' | 'custody.view' | 'custody.export' | 'custody.handover' | 'custody.lock' | 'custody.assign';

export type Actor = { id: string; name: string };

export const recordCustodyEvent = (
  db: Db,
  e: { actor: Actor; action: CustodyAction; evidenceId: string; details?: Record<string, unknown> },
): Promise<void> =>
  recordAuditEvent(db, {
    actor: { userId: e.actor.id, label: e.actor.name },
    action: e.action,
    targetType: 'evidence',
    targetId: e.evidenceId,
    details: e.details,
  });
