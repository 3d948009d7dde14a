import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { indexDossierText, SUMMARY_FIELD } from '../identifier-index/index-dossier-text.ts';
import { FormReader } from '../parse.ts';
import { findDossier, updateSummaryIfVersion } from '../queries/dossiers.ts';
import { listCriteria, listPlanSteps, listRisks, updateCriterionIfVersion, updatePlanStepIfVersion, updateRiskIfVersion } from '../queries/assessment.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, stale } from '../result.ts';
import { casesText } from '../texts.ts';
import { CRITERIA, CRITERION_STATES, LIMITS, PLAN_STEPS, RISKS, SEVERITIES, STEP_STATES, SUSPICION } from '../vocab.ts';

// The assessment of seed 003: the three criteria (§3.9), the five steps (§3.11), the risk weighing
// (step 4) and the plain summary. Each part carries a version; a stale save is refused and the
// user's text comes back beside the colleague's, never silently overwritten.

/** Thrown inside a transaction to undo the rows already changed when a later row turns out stale. */
class Stale extends Error {}

export const saveCriteria = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const f = new FormReader(body, lang);
  const input = CRITERIA.map((c) => ({
    criterion: c,
    state: f.choice(`staat_${c}`, CRITERION_STATES, 'unknown'),
    evidence: f.text(`bewijs_${c}`, LIMITS.longText),
    version: f.version(`versie_${c}`),
  }));
  if (!f.ok) return invalid('criteria', f);
  try {
    await ctx.db.transaction(async (tx) => {
      for (const c of input) {
        const row = await updateCriterionIfVersion(tx, access.dossier.id, c.criterion, c.version, { state: c.state, evidence: c.evidence, updatedBy: access.actor.id });
        if (!row) throw new Stale();
      }
      await recordDossierChange(tx, access.actor, access.dossier.id, 'criteria_changed', Object.fromEntries(input.map((c) => [c.criterion, c.state])));
    });
  } catch (e) {
    if (!(e instanceof Stale)) throw e;
    const now = await listCriteria(ctx.db, access.dossier.id);
    const theirs = Object.fromEntries(now.flatMap((c) => [[`staat_${c.criterion}`, c.state], [`bewijs_${c.criterion}`, c.evidence], [`versie_${c.criterion}`, String(c.version)]]));
    return stale('criteria', f, theirs);
  }

  return done('criteria');
};

export const savePlanStep = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const f = new FormReader(body, lang);
  const stepText = f.choice('stap', PLAN_STEPS.map(String));
  const step = Number(stepText);
  const state = f.choice('stand', STEP_STATES, 'todo');
  const decision = f.text('besluit', LIMITS.longText);
  const who = f.text('wie', LIMITS.shortText);
  const doneOn = f.date('wanneer');
  const version = f.version('versie');
  if (!f.ok) return invalid('plan', f, stepText);

  return ctx.db.transaction(async (tx) => {
    const row = await updatePlanStepIfVersion(tx, access.dossier.id, step, version, { state, decision, who, doneOn, updatedBy: access.actor.id });
    if (!row) {
      const now = (await listPlanSteps(tx, access.dossier.id)).find((s) => s.step === step);
      const theirs: Record<string, string> = now ? { stand: now.state, besluit: now.decision, wie: now.who, wanneer: now.doneOn ?? '', versie: String(now.version) } : {};
      return stale('plan', f, theirs, stepText);
    }
    await recordDossierChange(tx, access.actor, access.dossier.id, 'plan_changed', { step, state });

    return done(`stap-${step}`);
  });
};

export const saveRisks = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const input = RISKS.map((r) => ({
    risk: r,
    nature: f.text(`aard_${r}`, LIMITS.longText),
    severity: f.choice(`ernst_${r}`, SEVERITIES, 'unknown'),
    reason: f.text(`reden_${r}`, LIMITS.longText),
    version: f.version(`versie_${r}`),
  }));
  // A weighing without a written reason is not a weighing (§3.11 step 4).
  for (const r of input) if (r.severity !== 'unknown' && !r.reason) f.fail(`reden_${r.risk}`, t.missingReason);
  if (!f.ok) return invalid('risico', f);
  try {
    await ctx.db.transaction(async (tx) => {
      for (const r of input) {
        const row = await updateRiskIfVersion(tx, access.dossier.id, r.risk, r.version, { nature: r.nature, severity: r.severity, reason: r.reason, updatedBy: access.actor.id });
        if (!row) throw new Stale();
      }
      await recordDossierChange(tx, access.actor, access.dossier.id, 'risks_changed', Object.fromEntries(input.map((r) => [r.risk, r.severity])));
    });
  } catch (e) {
    if (!(e instanceof Stale)) throw e;
    const now = await listRisks(ctx.db, access.dossier.id);
    const theirs = Object.fromEntries(now.flatMap((r) => [[`aard_${r.risk}`, r.nature], [`ernst_${r.risk}`, r.severity], [`reden_${r.risk}`, r.reason], [`versie_${r.risk}`, String(r.version)]]));
    return stale('risico', f, theirs);
  }

  return done('risico');
};

export const saveSummary = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const f = new FormReader(body, lang);
  const suspicion = f.choice('vermoeden', SUSPICION, 'unclear');
  const summary = f.text('samenvatting', LIMITS.longText);
  const version = f.version('versie');
  if (!f.ok) return invalid('samenvatting', f);

  return ctx.db.transaction(async (tx) => {
    const row = await updateSummaryIfVersion(tx, access.dossier.id, version, { suspicion, summary });
    if (!row) {
      const now = await findDossier(tx, access.dossier.id);
      return stale('samenvatting', f, now ? { vermoeden: now.suspicion, samenvatting: now.summary, versie: String(now.summaryVersion) } : {});
    }
    await recordDossierChange(tx, access.actor, access.dossier.id, 'summary_changed', { suspicion });
    await indexDossierText(tx, ctx.logger, { dossierId: access.dossier.id, field: SUMMARY_FIELD, text: row.summary, seenAt: row.updatedAt });

    return done('samenvatting');
  });
};
