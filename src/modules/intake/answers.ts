import { MUNICIPALITY_OPTIONS } from '../../app/cbs-municipalities.ts';
import { type FormBody, field, fields } from '../../app/forms.ts';
import { extractIdentifiers } from '../identifiers/index.ts';

/**
 * The questions of the report form as data: one step per page, each with its fields, limits and
 * checks. The same specs drive the public form, the check-your-answers page and the staff view, so
 * a field is added in one place.
 */
export const REPORTER_KINDS = ['victim', 'family', 'bystander', 'professional', 'hotel', 'client', 'ex_perpetrator'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** The six signal groups of seed 003 §3.8 (CCV, "Aanpak loverboyproblematiek"). */
export const SIGNAL_GROUPS = ['appearance', 'self_image', 'behaviour', 'sexual', 'relations', 'physical'] as const;

export const CHANNELS = ['web', 'phone', 'email', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];

export const STATUSES = ['new', 'triage', 'investigation', 'referred', 'handed_over', 'closed'] as const;
export type ReportStatus = (typeof STATUSES)[number];

export const CLOSE_REASONS = ['no_grounds', 'referred_elsewhere', 'duplicate', 'handed_over_done', 'no_contact', 'other'] as const;

export const CONSENT_PURPOSES = ['police', 'care', 'zvh'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const AGE_ESTIMATES = ['under_12', '12_15', '16_17', '18_plus', 'unknown'] as const;
export const GENDERS = ['girl', 'boy', 'other', 'unknown'] as const;
export const CONTACT_WAYS = ['phone', 'email', 'either'] as const;
const YES_NO = ['yes', 'no'] as const;

export type FieldKind = 'text' | 'textarea' | 'radio' | 'checkbox' | 'lines' | 'select';

export type FieldSpec = {
  name: string;
  kind: FieldKind;
  /** Most characters (text) or per line (lines). */
  max: number;
  required?: boolean;
  options?: readonly string[];
  /** lines: most lines. */
  maxLines?: number;
  check?: 'phone' | 'email' | 'age';
  /** Only asked (and kept) when another field has this value. */
  onlyIf?: { field: string; value: string };
  inputmode?: 'numeric' | 'tel' | 'email';
};

export const STEP_SLUGS = ['wie', 'gevaar', 'wat', 'betrokkenen', 'online', 'waar-wanneer', 'bestanden', 'contact', 'toestemming'] as const;
export type StepSlug = (typeof STEP_SLUGS)[number];

export const STEPS: Record<StepSlug, FieldSpec[]> = {
  wie: [{ name: 'reporterKind', kind: 'radio', max: 40, required: true, options: REPORTER_KINDS }],
  gevaar: [{ name: 'dangerNow', kind: 'radio', max: 3, required: true, options: YES_NO }],
  wat: [
    { name: 'whatHappened', kind: 'textarea', max: 5000, required: true },
    { name: 'signals', kind: 'checkbox', max: 40, options: SIGNAL_GROUPS },
  ],
  betrokkenen: [
    { name: 'victimAgeEstimate', kind: 'radio', max: 20, options: AGE_ESTIMATES },
    { name: 'victimAge', kind: 'text', max: 3, check: 'age', inputmode: 'numeric' },
    { name: 'victimGender', kind: 'radio', max: 20, options: GENDERS },
    { name: 'victimPlace', kind: 'text', max: 200 },
    { name: 'perpetrators', kind: 'textarea', max: 2000 },
    { name: 'clients', kind: 'textarea', max: 2000 },
  ],
  online: [
    // 200 per line: a number written in words ("nul zes - een twee …") is far longer than in digits.
    { name: 'phones', kind: 'lines', max: 200, maxLines: 20, check: 'phone' },
    { name: 'emails', kind: 'lines', max: 200, maxLines: 20, check: 'email' },
    { name: 'urls', kind: 'lines', max: 500, maxLines: 20 },
    { name: 'handles', kind: 'lines', max: 200, maxLines: 20 },
    { name: 'onlineOther', kind: 'textarea', max: 2000 },
  ],
  'waar-wanneer': [
    { name: 'place', kind: 'textarea', max: 1000 },
    { name: 'when', kind: 'textarea', max: 1000 },
    // Optional: only counts for the municipality dashboards (CBS code); the place above stays free text.
    { name: 'municipality', kind: 'select', max: 6, options: MUNICIPALITY_OPTIONS.map((o) => o.code) },
  ],
  bestanden: [],
  contact: [
    { name: 'anonymous', kind: 'radio', max: 3, required: true, options: YES_NO },
    { name: 'name', kind: 'text', max: 200, onlyIf: { field: 'anonymous', value: 'no' } },
    { name: 'phone', kind: 'text', max: 40, check: 'phone', inputmode: 'tel', onlyIf: { field: 'anonymous', value: 'no' } },
    { name: 'email', kind: 'text', max: 200, check: 'email', inputmode: 'email', onlyIf: { field: 'anonymous', value: 'no' } },
    { name: 'contactWay', kind: 'radio', max: 10, options: CONTACT_WAYS, onlyIf: { field: 'anonymous', value: 'no' } },
    { name: 'contactWhen', kind: 'text', max: 300, onlyIf: { field: 'anonymous', value: 'no' } },
    { name: 'mayLeaveMessage', kind: 'radio', max: 3, options: YES_NO, onlyIf: { field: 'anonymous', value: 'no' } },
  ],
  toestemming: [
    { name: 'consentPolice', kind: 'radio', max: 3, required: true, options: YES_NO },
    { name: 'consentCare', kind: 'radio', max: 3, required: true, options: YES_NO },
    { name: 'consentZvh', kind: 'radio', max: 3, required: true, options: YES_NO },
  ],
};

/** Every answer as typed, by field name. Checkbox fields hold arrays. */
export type DraftAnswers = Record<string, string | string[]>;

export type FieldError = { code: 'required' | 'tooLong' | 'tooManyLines' | 'lineTooLong' | 'notPhone' | 'notEmail' | 'notAge' | 'badChoice' | 'contactNeeded'; max?: number };
export type StepErrors = Record<string, FieldError>;

const PHONE = /^\+?[0-9 ()./-]{6,40}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,185}\.[^\s@]{2,}$/;

export const splitLines = (value: string): string[] =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const digitCount = (s: string) => (s.match(/[0-9]/g) ?? []).length;

/**
 * A phone number in digits, or one the identifier index reads the way it reads free text: in
 * words, with look-alike letters or odd separators (issue 14 finding 4).
 */
const isPhoneLine = (value: string): boolean =>
  (PHONE.test(value) && digitCount(value) >= 6) || extractIdentifiers(value).some((hit) => hit.kind === 'phone');

const checkValue = (spec: FieldSpec, value: string): FieldError | null => {
  if (spec.check === 'phone' && !isPhoneLine(value)) return { code: 'notPhone' };
  if (spec.check === 'email' && !EMAIL.test(value)) return { code: 'notEmail' };
  if (spec.check === 'age' && !/^[0-9]{1,2}$/.test(value)) return { code: 'notAge' };

  return null;
};

/**
 * Reads one step from a posted form. Always returns the values as typed (cut to a safe length, so a
 * huge paste cannot blow up the page) and the errors, if any. Never throws on odd input.
 */
export const readStep = (slug: StepSlug, body: FormBody): { values: DraftAnswers; errors: StepErrors } => {
  const values: DraftAnswers = {};
  const errors: StepErrors = {};
  for (const spec of STEPS[slug]) {
    if (spec.kind === 'checkbox') {
      const chosen = fields(body, spec.name);
      values[spec.name] = chosen.filter((v) => spec.options?.includes(v));
      if (chosen.some((v) => !spec.options?.includes(v))) errors[spec.name] = { code: 'badChoice' };
      continue;
    }
    const raw = field(body, spec.name);
    // Keep what was typed, up to twice the limit, so the reporter sees and can shorten it.
    const value = raw.slice(0, spec.max * (spec.kind === 'lines' ? (spec.maxLines ?? 1) + 1 : 2));
    values[spec.name] = value;
    if (spec.onlyIf && field(body, spec.onlyIf.field) !== spec.onlyIf.value) {
      values[spec.name] = '';
      continue;
    }
    if (!value) {
      if (spec.required) errors[spec.name] = { code: 'required' };
      continue;
    }
    if (spec.kind === 'radio' || spec.kind === 'select') {
      if (!spec.options?.includes(value)) errors[spec.name] = { code: 'badChoice' };
      continue;
    }
    if (spec.kind === 'lines') {
      const lines = splitLines(value);
      if (lines.length > (spec.maxLines ?? 20)) errors[spec.name] = { code: 'tooManyLines', max: spec.maxLines };
      else if (lines.some((l) => l.length > spec.max)) errors[spec.name] = { code: 'lineTooLong', max: spec.max };
      else {
        const bad = lines.map((l) => checkValue(spec, l)).find(Boolean);
        if (bad) errors[spec.name] = bad;
      }
      continue;
    }
    if (value.length > spec.max) {
      errors[spec.name] = { code: 'tooLong', max: spec.max };
      continue;
    }
    const bad = checkValue(spec, value);
    if (bad) errors[spec.name] = bad;
  }
  if (slug === 'contact' && values.anonymous === 'no' && !values.phone && !values.email && !errors.phone && !errors.email) {
    errors.phone = { code: 'contactNeeded' };
  }

  return { values, errors };
};

/** Which steps still miss a required answer (the check page sends the reporter there). */
export const missingSteps = (answers: DraftAnswers): StepSlug[] =>
  STEP_SLUGS.filter((slug) => STEPS[slug].some((s) => s.required && !answers[s.name]));

export const text = (answers: DraftAnswers, name: string): string => {
  const v = answers[name];

  return typeof v === 'string' ? v : '';
};

export const list = (answers: DraftAnswers, name: string): string[] => {
  const v = answers[name];

  return Array.isArray(v) ? v : [];
};

const MINOR_ESTIMATES = new Set(['under_12', '12_15', '16_17']);

/** A possible victim under 18 by the reporter's own estimate or age: sorts up in the queue. */
export const isMinorAtRisk = (answers: DraftAnswers): boolean => {
  const age = Number.parseInt(text(answers, 'victimAge'), 10);
  if (Number.isFinite(age)) return age < 18;

  return MINOR_ESTIMATES.has(text(answers, 'victimAgeEstimate'));
};

export type IdentifierKind = 'phone' | 'email' | 'url' | 'handle' | 'other';

/** The identifiers the reporter gave, one row per line, raw (the identifier index normalises them). */
export const identifiersFrom = (answers: DraftAnswers): { kind: IdentifierKind; rawValue: string }[] => [
  ...splitLines(text(answers, 'phones')).map((rawValue) => ({ kind: 'phone' as const, rawValue })),
  ...splitLines(text(answers, 'emails')).map((rawValue) => ({ kind: 'email' as const, rawValue })),
  ...splitLines(text(answers, 'urls')).map((rawValue) => ({ kind: 'url' as const, rawValue })),
  ...splitLines(text(answers, 'handles')).map((rawValue) => ({ kind: 'handle' as const, rawValue })),
];

/** Fields that identify or reach the reporter: stored encrypted apart from the answers. */
export const IDENTITY_FIELDS = ['name', 'phone', 'email', 'contactWay', 'contactWhen', 'mayLeaveMessage'] as const;

export type ReporterIdentity = Partial<Record<(typeof IDENTITY_FIELDS)[number], string>>;

export const splitIdentity = (answers: DraftAnswers): { answers: DraftAnswers; identity: ReporterIdentity | null } => {
  const rest: DraftAnswers = { ...answers };
  const identity: ReporterIdentity = {};
  for (const f of IDENTITY_FIELDS) {
    const v = text(answers, f);
    if (v) identity[f] = v;
    delete rest[f];
  }
  const anonymous = text(answers, 'anonymous') !== 'no';

  return { answers: rest, identity: anonymous || Object.keys(identity).length === 0 ? null : identity };
};
