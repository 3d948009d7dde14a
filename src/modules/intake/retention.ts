import { and, inArray, isNull, lt, not, type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../app/context.ts';
import type { RetentionKeep, RetentionRule } from '../../app/module.ts';
import type { Db } from '../../db/client.ts';
import { retentionKeeps } from '../../app/registry.ts';
import { forgetSource } from '../identifiers/index.ts';
import { formStates, reportDrafts, reportFiles, reports } from './schema.ts';

// The meldpunt's retention rules (issue 19). The SQL is here rather than in queries.ts, which other
// work on the draft code is changing; it touches only intake's own tables.

/**
 * Drafts of the web form. A draft works for 24 hours (report-form/draft-session.ts); after that it
 * is dead weight holding what someone typed (encrypted) and maybe files. The period counts from the
 * start of the draft; two days leave a margin for a reporter who sends just before the end.
 */
const draftRule: RetentionRule = {
  key: 'intake.draft',
  label: { nl: 'Concept van een melding (webformulier)', en: 'Draft report (web form)' },
  defaultDays: 2,
  action: 'delete',
  legalBasis: {
    nl: 'Niet langer bewaren dan nodig (AVG art. 5 lid 1 e): een concept is na 24 uur niet meer te gebruiken',
    en: 'No longer than needed (GDPR art. 5(1)(e)): a draft cannot be used after 24 hours',
  },
  purge: async (ctx, o) => {
    const rows = await ctx.db.select({ id: reportDrafts.id }).from(reportDrafts).where(lt(reportDrafts.createdAt, o.expiredBefore)).limit(o.limit);
    const ids = rows.map((r) => r.id);
    if (o.dryRun || ids.length === 0) return { count: ids.length };
    // Files added while drafting that never became part of a report go with the draft.
    await ctx.db.delete(reportFiles).where(and(isNull(reportFiles.reportId), inArray(reportFiles.draftId, ids)));
    await ctx.db.delete(reportDrafts).where(inArray(reportDrafts.id, ids));

    return { count: ids.length };
  },
};

/** What the other modules still need (a report in a dossier follows the dossier), as one condition. */
const stillNeeded = (): SQL | undefined => {
  const keeps = retentionKeeps('report').map((k) => k.keeps(reports.id));
  return keeps.length === 0 ? undefined : sql.join(keeps, sql` or `);
};

/**
 * A closed report that never became part of a dossier. Open reports are never deleted by the clock:
 * someone is still working on them. The period counts from the last change (closing is one).
 */
const closedWithoutDossierRule: RetentionRule = {
  key: 'intake.report.closed_without_dossier',
  label: { nl: 'Afgesloten melding zonder dossier', en: 'Closed report without a dossier' },
  defaultDays: 365,
  action: 'delete',
  legalBasis: {
    nl: 'Doel bereikt na afsluiten zonder dossier (AVG art. 5 lid 1 e, UAVG art. 33 voor strafrechtelijke gegevens); voorstel, vast te stellen in de DPIA',
    en: 'Purpose served once closed without a dossier (GDPR art. 5(1)(e), UAVG art. 33 for criminal-law data); a proposal, to be set in the DPIA',
  },
  purge: async (ctx: AppContext, o) => {
    const needed = stillNeeded();
    const rows = await ctx.db
      .select({ id: reports.id })
      .from(reports)
      .where(and(sql`${reports.status} = 'closed'`, lt(reports.updatedAt, o.expiredBefore), needed ? not(needed) : undefined))
      .orderBy(reports.updatedAt)
      .limit(o.limit)
      .for('update', { skipLocked: true });
    const ids = rows.map((r) => r.id);
    if (o.dryRun || ids.length === 0) return { count: ids.length };
    await purgeReports(ctx.db, ids);

    return { count: ids.length };
  },
};

/**
 * Deletes whole reports, for a retention rule (this module's, or cases' when a dossier goes and takes
 * its reports): their index occurrences, the submitted draft, and the report with everything that
 * cascades from it. The caller holds the batch's transaction and has checked that nothing needs them.
 */
export const purgeReports = async (db: Db, ids: string[]) => {
  if (ids.length === 0) return;
  for (const id of ids) await forgetSource(db, { type: 'report', id });
  // A submitted draft still points at its report and holds its answers (encrypted): it goes too.
  await db.delete(reportDrafts).where(inArray(reportDrafts.submittedReportId, ids));
  // Identity, identifiers, consents, messages, reads, files, alerts and follow-up sessions cascade.
  await db.delete(reports).where(inArray(reports.id, ids));
};

/**
 * What a refused or just-done form post left for the next page (Post/Redirect/Get). A state works
 * 30 minutes (its expires_at); the rule deletes it the given number of days after that, 0 by
 * default: as soon as it expired. Saving a new state also sweeps expired ones, but only when someone
 * posts a form; this rule makes sure they go on a quiet day too.
 */
const formStateRule: RetentionRule = {
  key: 'intake.form_state',
  label: { nl: 'Tijdelijk bewaard formulier (na een fout of melding)', en: 'Form kept for a moment (after an error or a notice)' },
  defaultDays: 0,
  action: 'delete',
  counted: false,
  legalBasis: {
    nl: 'Alleen nodig voor de volgende pagina (AVG art. 5 lid 1 c en e): 30 minuten',
    en: 'Only needed for the next page (GDPR art. 5(1)(c), (e)): 30 minutes',
  },
  purge: async (ctx, o) => {
    const rows = await ctx.db.select({ key: formStates.key }).from(formStates).where(lt(formStates.expiresAt, o.expiredBefore)).limit(o.limit).for('update', { skipLocked: true });
    const keys = rows.map((r) => r.key);
    if (o.dryRun || keys.length === 0) return { count: keys.length };
    await ctx.db.delete(formStates).where(inArray(formStates.key, keys));

    return { count: keys.length };
  },
};

/** An identifier occurrence from a report stays while the report exists (identifiers' orphan rule). */
export const intakeRetentionKeeps: RetentionKeep[] = [{ recordType: 'identifier-source:report', keeps: (id) => sql`exists (select 1 from ${reports} where ${reports.id}::text = ${id})` }];

export const intakeRetention: RetentionRule[] = [draftRule, closedWithoutDossierRule, formStateRule];
