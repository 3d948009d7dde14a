import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { type Actor, recordDossierChange } from '../actor.ts';
import { FormReader } from '../parse.ts';
import { findReportsByNumber, insertDossierReports } from '../queries/reports.ts';
import { insertAssessmentRows } from '../queries/assessment.ts';
import { insertAssignee } from '../queries/access.ts';
import { insertDossier } from '../queries/dossiers.ts';
import { casesText } from '../texts.ts';
import { CRITERIA, LIMITS, PLAN_STEPS, PRIORITIES, RISKS } from '../vocab.ts';

export type CreateDossierResult = { ok: true; id: string } | { ok: false; values: Record<string, string>; errors: Record<string, string | undefined> };

/** Report numbers as typed: letters and digits, separated by anything else. */
export const splitReportNumbers = (text: string): string[] => [...new Set(text.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean))];

/**
 * Opens a dossier, from nothing or from reports given by number. The creator is its first
 * investigator. Only report ids are linked; nothing of the reporter is copied.
 */
export const createDossier = async (ctx: AppContext, actor: Actor, body: FormBody, lang: Lang): Promise<CreateDossierResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const title = f.text('title', LIMITS.title, { required: t.missingTitle });
  const priority = f.choice('priority', PRIORITIES, 'normal');
  const numbersText = f.text('meldingen', 2_000);
  const numbers = splitReportNumbers(numbersText);
  if (numbers.length > LIMITS.reportsPerDossier) f.fail('meldingen', t.tooManyReports(LIMITS.reportsPerDossier));
  const found = f.ok ? await findReportsByNumber(ctx.db, numbers) : [];
  const missing = numbers.filter((n) => !found.some((r) => r.number === n));
  if (f.ok && missing.length > 0) f.fail('meldingen', t.unknownReports(missing.slice(0, 10).join(', ')));
  if (!f.ok) return { ok: false, values: f.values, errors: f.errors };

  const id = await ctx.db.transaction(async (tx) => {
    const dossier = await insertDossier(tx, { title, priority, createdBy: actor.id });
    await insertAssignee(tx, { dossierId: dossier.id, userId: actor.id, addedBy: actor.id });
    await insertAssessmentRows(tx, dossier.id, CRITERIA, PLAN_STEPS, RISKS);
    await insertDossierReports(
      tx,
      found.map((r) => ({ dossierId: dossier.id, reportId: r.id, linkedBy: actor.id })),
    );
    await recordDossierChange(tx, actor, dossier.id, 'created', { priority, reports: found.map((r) => r.number).join(' ') });

    return dossier.id;
  });

  return { ok: true, id };
};
