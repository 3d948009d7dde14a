import { sql } from 'drizzle-orm';
import type { RetentionKeep } from '../../app/module.ts';
import { dossierReports, dossiers } from './schema.ts';

/**
 * A report linked to a dossier follows the dossier's period, not the period of a report without one:
 * intake's retention rule asks this (through src/app/registry.ts) and leaves such reports alone.
 */
export const casesRetentionKeeps: RetentionKeep[] = [
  { recordType: 'report', keeps: (id) => sql`exists (select 1 from ${dossierReports} where ${dossierReports.reportId} = ${id})` },
  // Evidence in an existing dossier follows the dossier (the dossier rules delete it with the dossier).
  { recordType: 'evidence', keeps: (dossierId) => sql`exists (select 1 from ${dossiers} where ${dossiers.id} = ${dossierId})` },
  // An index occurrence of a dossier, or of a person in one ("dossier/subject"), stays while the dossier exists.
  { recordType: 'identifier-source:dossier', keeps: (id) => sql`exists (select 1 from ${dossiers} where ${dossiers.id}::text = ${id})` },
  { recordType: 'identifier-source:dossier_person', keeps: (id) => sql`exists (select 1 from ${dossiers} where ${dossiers.id}::text = split_part(${id}, '/', 1))` },
];
