import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../audit/index.ts';

/** Tests only: the audit events of one action on one target, oldest first. */
export const auditEventsFor = (db: Db, action: string, targetId: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)))
    .orderBy(asc(auditEvents.seq));
