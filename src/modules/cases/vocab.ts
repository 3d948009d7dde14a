/**
 * The fixed lists of the dossier domain, as data. Codes are English and stable (they are stored);
 * the Dutch and English labels live in texts.ts.
 */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Roles of a person in a dossier (issue 4 §2). The reporter is not a subject: their identity stays in the report. */
export const SUBJECT_ROLES = ['possible_victim', 'suspected_trafficker', 'lovergirl', 'client', 'witness', 'family_member'] as const;
export type SubjectRole = (typeof SUBJECT_ROLES)[number];

export const GENDERS = ['unknown', 'female', 'male', 'other'] as const;

/** The six signal groups of CCV's list (seed 003 §3.8). */
export const SIGNAL_CATEGORIES = ['appearance', 'self_image', 'behaviour', 'sexual_behaviour', 'towards_others', 'physical'] as const;
export type SignalCategory = (typeof SIGNAL_CATEGORIES)[number];

/** Seed 003 §3.11 step 1: keep facts, observations and interpretations apart. */
export const SIGNAL_KINDS = ['fact', 'observation', 'interpretation'] as const;

/** The three criteria of a suspicion of loverboy problems (seed 003 §3.9). */
export const CRITERIA = ['suspect_known', 'coerced_boundaries', 'economic_gain'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const CRITERION_STATES = ['unknown', 'met', 'not_met'] as const;

/** The five steps of seed 003 §3.11 (the Landelijk kenniscentrum LVB plan). */
export const PLAN_STEPS = [1, 2, 3, 4, 5] as const;
export const STEP_STATES = ['todo', 'busy', 'done'] as const;

/** Step 4 of §3.11: weigh the risks of violence, coercion and exploitation. */
export const RISKS = ['violence', 'coercion', 'exploitation'] as const;
export type Risk = (typeof RISKS)[number];
export const SEVERITIES = ['unknown', 'none', 'low', 'medium', 'high'] as const;

/** Is there a suspicion? The plain-words summary says why. */
export const SUSPICION = ['unclear', 'yes', 'no'] as const;

/** What a consent covers (hard rule 3): each purpose separately. */
export const CONSENT_PURPOSES = ['police_om', 'care_referral', 'zvh_sharing', 'comensha_registration'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_GIVERS = ['reporter', 'victim', 'guardian'] as const;
export const CONSENT_METHODS = ['spoken', 'written', 'form'] as const;

/** Grounds for sharing without consent; each needs a written reason and a second person's approval. */
export const EXCEPTION_GROUNDS = ['acute_danger', 'conflict_of_duties'] as const;

/** Field limits, one place. */
export const LIMITS = {
  title: 200,
  shortText: 200,
  longText: 10_000,
  aliases: 500,
  reportsPerDossier: 50,
  subjectsPerDossier: 200,
  signalsPerDossier: 1_000,
  tasksPerDossier: 500,
  notesPerDossier: 2_000,
} as const;

export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
