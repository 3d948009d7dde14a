import type { FormBody } from '../../../app/forms.ts';
import { type DraftAnswers, type FieldSpec, readStep, STEPS, type StepErrors, text } from '../answers.ts';

/**
 * The short way to report (issue 14, finding 1): three pages instead of nine questions. It reuses
 * the full path's fields and checks, so a short report is an ordinary report with fewer answers:
 *  1. wat     — what happened, in your own words (required), and who you are (optional: it decides
 *               whether the next pages say "jij" or "u");
 *  2. gevaar  — is someone in danger now (required; "yes" makes the report urgent);
 *  3. contact — anonymous or how to reach you (required), then send.
 * Consent is not asked on the short path: no consent is recorded, which counts as "no" for every
 * handover (hard rule 3); the reporter can give it later on "Mijn melding".
 */
export const SHORT_SLUGS = ['wat', 'gevaar', 'contact'] as const;
export type ShortSlug = (typeof SHORT_SLUGS)[number];

/** The draft answer that marks a draft as made on the short path. */
export const PATH_FIELD = 'path';

export const isShortSlug = (slug: string): slug is ShortSlug => (SHORT_SLUGS as readonly string[]).includes(slug);

export const isShortDraft = (answers: DraftAnswers): boolean => text(answers, PATH_FIELD) === 'kort';

const kindOptional: FieldSpec = { ...STEPS.wie[0]!, required: false };
const whatHappened = STEPS.wat.find((f) => f.name === 'whatHappened')!;

export const shortSpecs = (slug: ShortSlug): FieldSpec[] => (slug === 'wat' ? [whatHappened, kindOptional] : STEPS[slug]);

/** Reads one short page with the full path's checks; the reporter type may stay empty here. */
export const readShortStep = (slug: ShortSlug, body: FormBody): { values: DraftAnswers; errors: StepErrors } => {
  if (slug !== 'wat') return readStep(slug, body);
  const what = readStep('wat', body);
  const who = readStep('wie', body);
  const errors: StepErrors = {};
  if (what.errors.whatHappened) errors.whatHappened = what.errors.whatHappened;
  if (who.errors.reporterKind && who.errors.reporterKind.code !== 'required') errors.reporterKind = who.errors.reporterKind;

  return { values: { whatHappened: what.values.whatHappened ?? '', reporterKind: who.values.reporterKind ?? '' }, errors };
};

const SHORT_REQUIRED = ['whatHappened', 'dangerNow', 'anonymous'] as const;

/** The short pages that still miss a required answer. */
export const missingShortSteps = (answers: DraftAnswers): ShortSlug[] =>
  SHORT_SLUGS.filter((slug) => shortSpecs(slug).some((f) => (SHORT_REQUIRED as readonly string[]).includes(f.name) && !answers[f.name]));
