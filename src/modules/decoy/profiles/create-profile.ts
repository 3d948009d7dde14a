import type { AppContext } from '../../../app/context.ts';
import { fail, ok, type Problem, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_OPERATORS, type DecoyActor } from '../access.ts';
import { CLOSED_PROBLEM, validGovernance } from '../governance/governance.ts';
import { insertProfile, type ProfileRow } from '../queries/profiles.ts';
import { selectScriptVersion } from '../queries/scripts.ts';

export type ProfileInput = {
  name: string;
  platform: string;
  handle: string;
  url: string;
  statedAge: number | null;
  adScriptVersionId: string;
  imageProvenance: string;
  imageConsentRef: string;
  legalBasisNote: string;
};

/** A decoy always poses as a minor (art. 251 Sr covers "zich voordoet als" under 16; 16–17 only in art. 245 circumstances). */
export const MIN_STATED_AGE = 12;
export const MAX_STATED_AGE = 17;

/**
 * A draft decoy profile. Its published text is an approved ad script version; its image is none or
 * an adult model with a consent reference (never a minor, never generated; no file is ever stored).
 */
export const createProfile = async (ctx: AppContext, input: ProfileInput, actor: DecoyActor): Promise<Result<ProfileRow>> => {
  if (!hasAccess(DECOY_OPERATORS, actor.roles)) return fail(problem('forbidden', { nl: 'Alleen een lokprofiel-medewerker maakt profielen.', en: 'Only a decoy operator creates profiles.' }));
  if (!(await validGovernance(ctx))) return fail(problem('closed', CLOSED_PROBLEM));
  const problems: Problem[] = [];
  const need = (f: keyof ProfileInput, nl: string, en: string) => {
    const v = input[f];
    if (typeof v === 'string' && v.length === 0) problems.push(problem('required', { nl, en }, f));
    else if (typeof v === 'string' && v.length > 500 && f !== 'legalBasisNote') problems.push(problem('too_long', { nl: 'Te lang: hoogstens 500 tekens.', en: 'Too long: at most 500 characters.' }, f));
  };
  need('name', 'Geef het profiel een interne naam.', 'Give the profile an internal name.');
  need('platform', 'Vul het platform in.', 'Enter the platform.');
  need('handle', 'Vul de naam of handle op het platform in.', 'Enter the handle on the platform.');
  need('url', 'Vul de link naar het profiel of de advertentie in.', 'Enter the link to the profile or ad.');
  need('legalBasisNote', 'Schrijf de juridische notitie (grondslag, leeftijd, art. 251 Sr).', 'Write the legal note (basis, age, art. 251 Sr).');
  if (input.legalBasisNote.length > 4000) problems.push(problem('too_long', { nl: 'Te lang: hoogstens 4000 tekens.', en: 'Too long: at most 4000 characters.' }, 'legalBasisNote'));
  if (input.url && !/^https?:\/\/\S+$/i.test(input.url)) problems.push(problem('invalid', { nl: 'Schrijf de link als https://…', en: 'Write the link as https://…' }, 'url'));
  if (input.statedAge === null || input.statedAge < MIN_STATED_AGE || input.statedAge > MAX_STATED_AGE) {
    problems.push(problem('invalid', { nl: `De opgegeven leeftijd is een minderjarige leeftijd: ${MIN_STATED_AGE} tot en met ${MAX_STATED_AGE}.`, en: `The stated age is a minor's age: ${MIN_STATED_AGE} to ${MAX_STATED_AGE}.` }, 'statedAge'));
  }
  if (input.imageProvenance !== 'none' && input.imageProvenance !== 'adult_model') {
    problems.push(problem('invalid', { nl: 'Kies: geen beeld, of een volwassen model met toestemming. Nooit een minderjarige, nooit gegenereerd.', en: 'Choose: no image, or an adult model with consent. Never a minor, never generated.' }, 'imageProvenance'));
  }
  if (input.imageProvenance === 'adult_model' && input.imageConsentRef.length === 0) {
    problems.push(problem('required', { nl: 'Vul het kenmerk van de toestemming van het volwassen model in.', en: 'Enter the reference of the adult model’s consent.' }, 'imageConsentRef'));
  }
  const script = /^[0-9a-f-]{36}$/i.test(input.adScriptVersionId) ? await selectScriptVersion(ctx.db, input.adScriptVersionId) : null;
  if (script?.kind !== 'ad_text' || !script.approvedAt || script.retiredAt) {
    problems.push(problem('not_approved', { nl: 'Kies een goedgekeurde advertentietekst uit de scriptbibliotheek.', en: 'Choose an approved ad text from the script library.' }, 'adScriptVersionId'));
  }
  if (problems.length > 0) return fail(...problems);

  const row = await ctx.db.transaction(async (tx) => {
    const saved = await insertProfile(tx, {
      ...input,
      statedAge: input.statedAge as number,
      imageConsentRef: input.imageProvenance === 'adult_model' ? input.imageConsentRef : null,
      createdBy: actor.id,
      createdAt: ctx.clock.now(),
    });
    await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: 'decoy.profile.create', targetType: 'decoy_profile', targetId: saved.id, details: { statedAge: saved.statedAge, adScriptVersionId: saved.adScriptVersionId, platform: saved.platform } });

    return saved;
  });

  return ok(row);
};
