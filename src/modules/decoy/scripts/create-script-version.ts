import { randomBytes, randomUUID } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { type DecoyActor, SCRIPT_AUTHORS } from '../access.ts';
import { insertScriptVersion, type ScriptRow, selectVersionsOfScript } from '../queries/scripts.ts';
import { HELP_LINK_KINDS, MAX_SCRIPT_LENGTH, type ScriptKind, screenScriptText, VARIANTS } from './scripts.ts';

export type ScriptVersionInput = {
  /** The script a new version belongs to; absent for a new script. */
  scriptId?: string;
  kind: ScriptKind;
  variant: string;
  text: string;
};

const newHelpCode = () => randomBytes(5).toString('hex');

/**
 * Saves a new, unapproved version of a script. Refused when the text fails the lexicon screen (each
 * block says which words), when the kind or variant is not on the whitelist, or when it is too long.
 */
export const createScriptVersion = async (ctx: AppContext, input: ScriptVersionInput, actor: DecoyActor): Promise<Result<ScriptRow>> => {
  if (!hasAccess(SCRIPT_AUTHORS, actor.roles)) return fail(problem('forbidden', { nl: 'U mag geen scripts schrijven.', en: 'You may not write scripts.' }));
  if (!VARIANTS[input.kind].includes(input.variant)) {
    return fail(problem('invalid', { nl: 'Kies een variant die bij dit soort script hoort.', en: 'Choose a variant that belongs to this kind of script.' }, 'variant'));
  }
  if (input.text.length === 0) return fail(problem('required', { nl: 'Vul de tekst van het script in.', en: 'Enter the text of the script.' }, 'text'));
  if (input.text.length > MAX_SCRIPT_LENGTH) {
    return fail(problem('too_long', { nl: `De tekst is te lang: hoogstens ${MAX_SCRIPT_LENGTH} tekens.`, en: `The text is too long: at most ${MAX_SCRIPT_LENGTH} characters.` }, 'text'));
  }
  const blocks = screenScriptText(input.kind, input.text);
  if (blocks.length > 0) return fail(...blocks.map((b) => problem(`screen_${b.element}`, b.message, 'text')));

  let scriptId: string = randomUUID();
  let version = 1;
  if (input.scriptId) {
    const versions = await selectVersionsOfScript(ctx.db, input.scriptId);
    const newest = versions[0];
    if (!newest) return fail(problem('not_found', { nl: 'Dit script bestaat niet.', en: 'This script does not exist.' }));
    if (newest.kind !== input.kind) return fail(problem('invalid', { nl: 'Een nieuwe versie houdt hetzelfde soort.', en: 'A new version keeps the same kind.' }, 'kind'));
    scriptId = input.scriptId;
    version = newest.version + 1;
  }
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await insertScriptVersion(tx, {
      scriptId,
      version,
      kind: input.kind,
      variant: input.variant,
      text: input.text,
      helpCode: HELP_LINK_KINDS.includes(input.kind) ? newHelpCode() : null,
      createdBy: actor.id,
      createdAt: now,
    });
    await recordAuditEvent(tx, {
      actor: { userId: actor.id, label: actor.email },
      action: 'decoy.script.create',
      targetType: 'decoy_script',
      targetId: saved.id,
      details: { scriptId, version, kind: input.kind, variant: input.variant },
    });

    return saved;
  });

  return ok(row);
};
