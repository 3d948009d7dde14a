import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_REVIEWERS, type DecoyActor } from '../access.ts';
import { approveScriptVersion as approveRow, type ScriptRow, selectScriptVersion } from '../queries/scripts.ts';
import { FORBIDDEN_ELEMENTS, isScriptKind, screenScriptText } from './scripts.ts';

export type ApproveScriptInput = { id: string; checkedAbsent: string[]; reason: string };

/**
 * A legal reviewer approves one exact version. Four eyes: never the author. Every forbidden element
 * must be ticked as absent, and the text is screened again (a screen made stricter since is obeyed).
 */
export const approveScriptVersion = async (ctx: AppContext, input: ApproveScriptInput, actor: DecoyActor): Promise<Result<ScriptRow>> => {
  if (!hasAccess(DECOY_REVIEWERS, actor.roles)) return fail(problem('forbidden', { nl: 'Alleen een juridisch toetser keurt scripts goed.', en: 'Only a legal reviewer approves scripts.' }));
  const script = await selectScriptVersion(ctx.db, input.id);
  if (!script) return fail(problem('not_found', { nl: 'Deze scriptversie bestaat niet.', en: 'This script version does not exist.' }));
  if (script.approvedAt) return fail(problem('conflict', { nl: 'Deze versie is al goedgekeurd.', en: 'This version is already approved.' }));
  if (script.createdBy === actor.id) {
    return fail(problem('four_eyes', { nl: 'U schreef deze versie zelf. Een ander moet haar goedkeuren (vier ogen).', en: 'You wrote this version yourself. Someone else must approve it (four eyes).' }));
  }
  const problems = [];
  const missing = FORBIDDEN_ELEMENTS.filter((e) => !input.checkedAbsent.includes(e));
  if (missing.length > 0) {
    problems.push(problem('checklist', { nl: 'Vink elk verboden element af als afwezig. Staat er één in, keur dan niet goed.', en: 'Tick every forbidden element as absent. If one is present, do not approve.' }, 'checkedAbsent'));
  }
  if (input.reason.length === 0) problems.push(problem('required', { nl: 'Schrijf kort waarom u goedkeurt.', en: 'Write briefly why you approve.' }, 'reason'));
  if (input.reason.length > 2000) problems.push(problem('too_long', { nl: 'De reden is te lang: hoogstens 2000 tekens.', en: 'The reason is too long: at most 2000 characters.' }, 'reason'));
  if (!isScriptKind(script.kind)) problems.push(problem('invalid', { nl: 'Onbekend soort script.', en: 'Unknown kind of script.' }));
  else for (const b of screenScriptText(script.kind, script.text)) problems.push(problem(`screen_${b.element}`, b.message));
  if (problems.length > 0) return fail(...problems);

  const row = await ctx.db.transaction(async (tx) => {
    const approved = await approveRow(tx, script.id, { approvedBy: actor.id, approvedAt: ctx.clock.now(), checkedAbsent: [...FORBIDDEN_ELEMENTS], approvalReason: input.reason });
    if (!approved) return null;
    await recordAuditEvent(tx, {
      actor: { userId: actor.id, label: actor.email },
      action: 'decoy.script.approve',
      targetType: 'decoy_script',
      targetId: script.id,
      details: { scriptId: script.scriptId, version: script.version, checkedAbsent: FORBIDDEN_ELEMENTS, reason: input.reason },
    });

    return approved;
  });
  if (!row) return fail(problem('conflict', { nl: 'Deze versie is al goedgekeurd.', en: 'This version is already approved.' }));

  return ok(row);
};
