import type { Db } from '../../../db/client.ts';
import { insertAccess } from '../queries.ts';

/** The kinds of read the access log knows. */
export const ACCESS_ACTIONS = ['view', 'download', 'export', 'search'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export type AccessEntry = {
  user: { id: string; name: string };
  recordType: string;
  recordId: string;
  action?: AccessAction;
  reason?: string;
};

/**
 * Writes "who read which record, when and why" to the access log. Every module calls this when it
 * shows a report, dossier, identifier or file to a staff member.
 */
export const logAccess = async (db: Db, e: AccessEntry): Promise<void> => {
  await insertAccess(db, {
    userId: e.user.id,
    userLabel: e.user.name,
    recordType: e.recordType,
    recordId: e.recordId,
    action: e.action ?? 'view',
    reason: e.reason ?? null,
  });
};
