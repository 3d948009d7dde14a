import { existsSync } from 'node:fs';
import path from 'node:path';
import { and, eq, inArray, isNotNull, lt, notInArray } from 'drizzle-orm';
import type { AppContext } from '../../app/context.ts';
import type { RetentionRule } from '../../app/module.ts';
import { retentionForgets } from '../../app/registry.ts';
import type { Db } from '../../db/client.ts';
import { purgeEvidenceItems, evidenceItems } from '../evidence/index.ts';
import { forgetLinkDecisions, forgetSource } from '../identifiers/index.ts';
import { purgeReports } from '../intake/index.ts';
import {
  consentExceptions,
  consents,
  dossierAssignees,
  dossierCriteria,
  dossierEvents,
  dossierFormTokens,
  dossierNotes,
  dossierPlanSteps,
  dossierReports,
  dossierRisks,
  dossierShares,
  dossierTasks,
  dossiers,
  handovers,
  referrals,
  signals,
  subjectMerges,
  subjects,
} from './schema.ts';

// The dossiers' retention rules (issue 19): dossiers per outcome and handover packages. The SQL is
// here rather than in queries/, which other work is restructuring; it touches cases' own tables and
// reaches the others only through their exported purge functions and the retentionForgets hook.

/** Where a handover package lives under the data folder (handover/hand-over.ts packageFile). */
const packagePath = (handoverId: string) => `handovers/${handoverId}.zip.enc`;

/**
 * Deletes whole dossiers and everything that holds them: what higher modules keep of them (chain
 * shares and referrals, monitor alerts, lifted legal holds: retentionForgets 'dossier'), the index
 * occurrences of the dossier and its people, link decisions about its people, its evidence (rows
 * and files), its handover packages (files), the reports that belong to no other dossier, and every
 * row of cases. Returns the files the job deletes once the batch committed.
 */
const purgeDossiers = async (db: Db, ids: string[]): Promise<string[]> => {
  if (ids.length === 0) return [];
  for (const f of retentionForgets('dossier')) await f.forget(db, ids);
  const people = await db.select({ id: subjects.id, dossierId: subjects.dossierId }).from(subjects).where(inArray(subjects.dossierId, ids));
  for (const p of people) await forgetSource(db, { type: 'dossier_person', id: `${p.dossierId}/${p.id}` });
  await forgetLinkDecisions(
    db,
    'subject',
    people.map((p) => p.id),
  );
  for (const id of ids) await forgetSource(db, { type: 'dossier', id });
  const evidence = await db.select({ id: evidenceItems.id }).from(evidenceItems).where(inArray(evidenceItems.dossierId, ids));
  const files = await purgeEvidenceItems(
    db,
    evidence.map((e) => e.id),
  );
  const packages = await db.select({ id: handovers.id }).from(handovers).where(inArray(handovers.dossierId, ids));
  files.push(...packages.map((h) => packagePath(h.id)));
  // A report linked to another dossier too follows that dossier; the others go with this one.
  const linked = await db.selectDistinct({ id: dossierReports.reportId }).from(dossierReports).where(inArray(dossierReports.dossierId, ids));
  const elsewhere = linked.length === 0 ? [] : await db.selectDistinct({ id: dossierReports.reportId }).from(dossierReports).where(and(inArray(dossierReports.reportId, linked.map((r) => r.id)), notInArray(dossierReports.dossierId, ids)));
  const shared = new Set(elsewhere.map((r) => r.id));
  await db.delete(dossierReports).where(inArray(dossierReports.dossierId, ids));
  await purgeReports(
    db,
    linked.map((r) => r.id).filter((id) => !shared.has(id)),
  );
  for (const table of [dossierEvents, subjectMerges, signals, dossierCriteria, dossierPlanSteps, dossierRisks, dossierTasks, dossierNotes, consentExceptions, consents, dossierShares, handovers, referrals, dossierAssignees, dossierFormTokens] as const) {
    await db.delete(table).where(inArray(table.dossierId, ids));
  }
  await db.delete(subjects).where(inArray(subjects.dossierId, ids));
  await db.delete(dossiers).where(inArray(dossiers.id, ids));

  return files;
};

type Outcome = 'closed' | 'referred' | 'handed_over';

/**
 * Finished dossiers per outcome, counted from the last change (finishing is one). A held dossier is
 * skipped and named (legal hold). The research (chain-domain §4.5) gives no public period for WATCH
 * dossiers: these are proposals, longest where the police or a partner may come back to them.
 */
const dossierRule = (outcome: Outcome, defaultDays: number, label: { nl: string; en: string }, legalBasis: { nl: string; en: string }): RetentionRule => ({
  key: `cases.dossier.${outcome}`,
  label,
  defaultDays,
  action: 'delete',
  legalBasis,
  purge: async (ctx: AppContext, o) => {
    const expired = and(eq(dossiers.status, outcome), lt(dossiers.updatedAt, o.expiredBefore));
    const held = (o.heldDossiers ?? []).length === 0 ? [] : (await ctx.db.select({ id: dossiers.id }).from(dossiers).where(and(expired, inArray(dossiers.id, [...(o.heldDossiers ?? [])])))).map((r) => r.id);
    const rows = await ctx.db
      .select({ id: dossiers.id })
      .from(dossiers)
      .where(and(expired, held.length > 0 ? notInArray(dossiers.id, held) : undefined))
      .orderBy(dossiers.updatedAt)
      .limit(o.limit)
      .for('update', { skipLocked: true });
    const ids = rows.map((r) => r.id);
    if (o.dryRun || ids.length === 0) return { count: ids.length, held };

    return { count: ids.length, held, files: await purgeDossiers(ctx.db, ids) };
  },
});

const PROPOSAL = { nl: '; voorstel, vast te stellen in de DPIA', en: '; a proposal, to be set in the DPIA' };

/**
 * The handover package (the signed, encrypted zip under the data folder) once the police or the
 * prosecution has had it for the period. The handover itself stays with its dossier, with the
 * package's SHA-256, so what was handed over can still be proven; only the copy goes.
 */
const handoverPackageRule: RetentionRule = {
  key: 'cases.handover_package',
  label: { nl: 'Overdrachtspakket (bestand in de datamap)', en: 'Handover package (file in the data folder)' },
  defaultDays: 90,
  action: 'delete',
  counted: false,
  legalBasis: {
    nl: `De politie/het OM heeft het pakket; de hash in het dossier bewijst wat is overgedragen (AVG art. 5 lid 1 c en e)${PROPOSAL.nl}`,
    en: `The police/prosecution has the package; the hash in the dossier proves what was handed over (GDPR art. 5(1)(c), (e))${PROPOSAL.en}`,
  },
  purge: async (ctx, o) => {
    const rows = await ctx.db
      .select({ id: handovers.id, dossierId: handovers.dossierId })
      .from(handovers)
      .where(and(isNotNull(handovers.producedAt), lt(handovers.producedAt, o.expiredBefore)))
      .orderBy(handovers.producedAt);
    // Only packages still on disk count: one deleted before is not deleted (or counted) twice.
    const present = rows.filter((r) => existsSync(path.join(ctx.config.dataDir, packagePath(r.id))));
    const held = [...new Set(present.filter((r) => o.isHeld(r.dossierId)).map((r) => r.dossierId))];
    const files = present.filter((r) => !o.isHeld(r.dossierId)).slice(0, o.limit).map((r) => packagePath(r.id));

    return o.dryRun ? { count: files.length, held } : { count: files.length, held, files };
  },
};

export const casesRetention: RetentionRule[] = [
  dossierRule(
    'closed',
    730,
    { nl: 'Dossier gesloten zonder actie', en: 'Dossier closed without action' },
    { nl: `Doel bereikt na sluiten (AVG art. 5 lid 1 e, UAVG art. 33 voor strafrechtelijke gegevens)${PROPOSAL.nl}`, en: `Purpose served once closed (GDPR art. 5(1)(e), UAVG art. 33 for criminal-law data)${PROPOSAL.en}` },
  ),
  dossierRule(
    'referred',
    1825,
    { nl: 'Dossier doorverwezen (zorg, Veilig Thuis, ZVH, CoMensha)', en: 'Dossier referred (care, Veilig Thuis, ZVH, CoMensha)' },
    { nl: `Terugkoppeling en vragen van de ketenpartner (AVG art. 6 lid 1 e, UAVG art. 33)${PROPOSAL.nl}`, en: `Feedback and questions of the chain partner (GDPR art. 6(1)(e), UAVG art. 33)${PROPOSAL.en}` },
  ),
  dossierRule(
    'handed_over',
    1825,
    { nl: 'Dossier overgedragen aan politie/OM', en: 'Dossier handed over to police/prosecution' },
    { nl: `Vragen van politie/OM na de overdracht; bij een lopende zaak een bewaarplicht (UAVG art. 32/33)${PROPOSAL.nl}`, en: `Questions of police/prosecution after the handover; a legal hold while proceedings run (UAVG art. 32/33)${PROPOSAL.en}` },
  ),
  handoverPackageRule,
];
