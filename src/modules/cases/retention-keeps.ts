import { sql } from 'drizzle-orm';
import type { RetentionKeep } from '../../app/module.ts';
import { dossierReports } from './schema.ts';

/**
 * A report linked to a dossier follows the dossier's period, not the period of a report without one:
 * intake's retention rule asks this (through src/app/registry.ts) and leaves such reports alone.
 */
export const casesRetentionKeeps: RetentionKeep[] = [
  { recordType: 'report', keeps: (id) => sql`exists (select 1 from ${dossierReports} where ${dossierReports.reportId} = ${id})` },
];
