import { sql } from 'drizzle-orm';
import type { consentExceptions, consents, dossierNotes, dossiers, dossierTasks, subjects } from '../schema.ts';

// Row types and helpers every section of the cases SQL uses (queries/: all SQL of the cases domain, one file per section).

export type DossierRow = typeof dossiers.$inferSelect;
export type SubjectRow = typeof subjects.$inferSelect;
export type NoteRow = typeof dossierNotes.$inferSelect;
export type TaskRow = typeof dossierTasks.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;
export type ExceptionRow = typeof consentExceptions.$inferSelect;

/** What every change to a versioned row sets: the next version (stale forms are refused) and the time. */
export const bump = { version: sql`version + 1`, updatedAt: sql`now()` };
