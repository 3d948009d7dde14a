import { and, inArray, isNotNull, isNull, lt, not, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { RetentionKeep, RetentionRule } from '../../../app/module.ts';
import { retentionKeeps } from '../../../app/registry.ts';
import type { Db } from '../../../db/client.ts';
import { forgetSource } from '../../identifiers/index.ts';
import { evidenceArtefacts, evidenceCaptureRequests, evidenceItems } from '../schema.ts';

// The evidence module's retention rules (issue 19). Their SQL is here, next to the rules, as one unit.

/** Where a stored file lives under the data folder (storage.ts: VANGNET_DATA_DIR/evidence/<key>). */
const fileOf = (key: string) => `evidence/${key}`;

/**
 * Deletes whole evidence items: their index occurrences, artefacts, capture request and the item, and
 * returns the encrypted files (original and artefacts) that the job deletes once the batch committed.
 * For this module's rule and for cases' dossier rules; the caller holds the batch's transaction.
 */
export const purgeEvidenceItems = async (db: Db, ids: string[]): Promise<string[]> => {
  if (ids.length === 0) return [];
  const items = await db.select({ key: evidenceItems.storageKey }).from(evidenceItems).where(inArray(evidenceItems.id, ids));
  const artefacts = await db.select({ key: evidenceArtefacts.storageKey }).from(evidenceArtefacts).where(inArray(evidenceArtefacts.evidenceId, ids));
  for (const id of ids) await forgetSource(db, { type: 'evidence', id });
  // Evidence is never deleted (migration 0003's guard), except by this job, for its own transaction only.
  await db.execute(sql`SELECT set_config('vangnet.retention_delete', 'on', true)`);
  await db.delete(evidenceArtefacts).where(inArray(evidenceArtefacts.evidenceId, ids));
  // The request that made a web capture has the item's id and holds its URL and title.
  await db.delete(evidenceCaptureRequests).where(inArray(evidenceCaptureRequests.id, ids));
  await db.delete(evidenceItems).where(inArray(evidenceItems.id, ids));

  return [...items, ...artefacts].map((r) => r.key).filter((k): k is string => k !== null).map(fileOf);
};

/** What the other modules still need (an item in an existing dossier follows the dossier), as one condition. */
const stillNeeded = (): SQL | undefined => {
  const keeps = retentionKeeps('evidence').map((k) => k.keeps(evidenceItems.dossierId));
  return keeps.length === 0 ? undefined : or(...keeps);
};

/**
 * Evidence that belongs to no dossier (never assigned, or its dossier is gone), counted from the
 * capture. An item in a dossier follows the dossier's rule (cases deletes it with the dossier).
 */
const looseEvidenceRule: RetentionRule = {
  key: 'evidence.item.loose',
  label: { nl: 'Bewijsstuk zonder dossier, met zijn opgeslagen bestanden', en: 'Evidence item without a dossier, with its stored files' },
  defaultDays: 365,
  action: 'delete',
  legalBasis: {
    nl: 'Alleen nodig voor een dossier (AVG art. 5 lid 1 e, UAVG art. 33); voorstel, vast te stellen in de DPIA',
    en: 'Only needed for a dossier (GDPR art. 5(1)(e), UAVG art. 33); a proposal, to be set in the DPIA',
  },
  purge: async (ctx, o) => {
    const needed = stillNeeded();
    const rows = await ctx.db
      .select({ id: evidenceItems.id, dossierId: evidenceItems.dossierId })
      .from(evidenceItems)
      .where(and(lt(evidenceItems.capturedAt, o.expiredBefore), needed ? not(needed) : undefined))
      .orderBy(evidenceItems.capturedAt)
      .limit(o.limit)
      .for('update', { skipLocked: true });
    const ids = rows.filter((r) => r.dossierId === null || !o.isHeld(r.dossierId)).map((r) => r.id);
    if (o.dryRun || ids.length === 0) return { count: ids.length };

    return { count: ids.length, files: await purgeEvidenceItems(ctx.db, ids) };
  },
};

/**
 * A finished web-capture request (issue 12 point 7): done (the item exists and has its own rule) or
 * failed (only the problem is left to read). It holds the URL and title typed, so it does not stay.
 */
const captureRequestRule: RetentionRule = {
  key: 'evidence.capture_request',
  label: { nl: 'Afgehandeld verzoek om een webpagina vast te leggen', en: 'Finished request to capture a web page' },
  defaultDays: 30,
  action: 'delete',
  counted: false,
  legalBasis: {
    nl: 'Na afhandeling geen doel meer (AVG art. 5 lid 1 e); het bewijsstuk zelf heeft een eigen termijn',
    en: 'No purpose once finished (GDPR art. 5(1)(e)); the evidence item has its own period',
  },
  purge: async (ctx, o) => {
    const rows = await ctx.db
      .select({ id: evidenceCaptureRequests.id })
      .from(evidenceCaptureRequests)
      .where(
        and(
          inArray(evidenceCaptureRequests.state, ['done', 'failed']),
          isNotNull(evidenceCaptureRequests.finishedAt),
          lt(evidenceCaptureRequests.finishedAt, o.expiredBefore),
          (o.heldDossiers ?? []).length > 0 ? or(isNull(evidenceCaptureRequests.dossierId), notInArray(evidenceCaptureRequests.dossierId, [...(o.heldDossiers ?? [])])) : undefined,
        ),
      )
      .limit(o.limit)
      .for('update', { skipLocked: true });
    const ids = rows.map((r) => r.id);
    if (o.dryRun || ids.length === 0) return { count: ids.length };
    await ctx.db.delete(evidenceCaptureRequests).where(inArray(evidenceCaptureRequests.id, ids));

    return { count: ids.length };
  },
};

export const evidenceRetention: RetentionRule[] = [looseEvidenceRule, captureRequestRule];

/** An identifier occurrence from an evidence item stays while the item exists (identifiers' orphan rule). */
export const evidenceRetentionKeeps: RetentionKeep[] = [{ recordType: 'identifier-source:evidence', keeps: (id) => sql`exists (select 1 from ${evidenceItems} where ${evidenceItems.id}::text = ${id})` }];
