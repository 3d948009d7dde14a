import type { Db } from '../../../db/client.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { approveRobotsOverride as updateOverride, selectSource } from '../queries/sources.ts';

export type Approver = { id: string; email: string; roles: readonly string[] };

/**
 * Ignoring a site's robots.txt needs a recorded legal basis and a supervisor's approval (four eyes:
 * not the person who registered the source, nor the last to edit it). Recorded in the audit log in the same transaction.
 */
export const approveRobotsOverride = async (
  db: Db,
  input: { sourceId: string; legalBasis: string; approver: Approver },
): Promise<{ ok: true } | { ok: false; reason: 'not_supervisor' | 'not_found' | 'own_source' | 'own_edit' | 'basis_missing' }> => {
  if (!input.approver.roles.includes('supervisor')) return { ok: false, reason: 'not_supervisor' };
  const basis = input.legalBasis.trim();
  if (basis.length < 10 || basis.length > 2000) return { ok: false, reason: 'basis_missing' };
  const source = await selectSource(db, input.sourceId);
  if (!source) return { ok: false, reason: 'not_found' };
  if (source.createdBy === input.approver.id) return { ok: false, reason: 'own_source' };
  // Four eyes also after an edit: whoever set the current start URLs, patterns or basis does not approve them.
  if (source.updatedBy === input.approver.id) return { ok: false, reason: 'own_edit' };
  await db.transaction(async (tx) => {
    await updateOverride(tx, source.id, basis, input.approver.id);
    await recordAuditEvent(tx, {
      actor: { userId: input.approver.id, label: input.approver.email },
      action: 'monitor.robots_override.approve',
      targetType: 'monitor_source',
      targetId: source.id,
      details: { legalBasis: basis },
    });
  });

  return { ok: true };
};
