import type { z } from 'zod';
import { type FormBody, field } from '../../../app/forms.ts';
import type { NewSourceInput } from './create-source.ts';
import type { SourceRow } from '../queries/sources.ts';

/** The source form's fields, as typed (kept on a re-render). */
export const SOURCE_FIELDS = [
  'name',
  'startUrls',
  'allowedUrlPatterns',
  'adUrlPattern',
  'title',
  'text',
  'place',
  'age',
  'price',
  'date',
  'contact',
  'images',
  'intervalMinutes',
  'maxRequestsPerMinute',
  'maxConcurrency',
  'delayMs',
  'legalBasis',
  'robotsOverrideBasis',
] as const;

export type SourceField = (typeof SOURCE_FIELDS)[number];
export type SourceFormValues = Partial<Record<SourceField, string>>;

const SELECTOR_FIELDS = ['adUrlPattern', 'title', 'text', 'place', 'age', 'price', 'date', 'contact', 'images'] as const;

// Generous caps before validation: the schema gives the precise limits and messages.
const lines = (value: string): string[] =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 50);

const optionalInt = (value: string): number | undefined => (value === '' ? undefined : /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN);

export const readSourceForm = (body: FormBody): { values: SourceFormValues; input: NewSourceInput } => {
  const values: SourceFormValues = {};
  for (const name of SOURCE_FIELDS) values[name] = field(body, name).slice(0, name === 'startUrls' || name === 'allowedUrlPatterns' ? 50_000 : 5000);
  const v = (name: SourceField) => values[name] ?? '';
  const selectors: Record<string, string | undefined> = {};
  for (const name of SELECTOR_FIELDS) selectors[name] = v(name) === '' && name !== 'adUrlPattern' && name !== 'title' && name !== 'text' ? undefined : v(name);
  const input = {
    name: v('name'),
    startUrls: lines(v('startUrls')),
    allowedUrlPatterns: lines(v('allowedUrlPatterns')),
    selectors,
    intervalMinutes: optionalInt(v('intervalMinutes')),
    maxRequestsPerMinute: optionalInt(v('maxRequestsPerMinute')),
    maxConcurrency: optionalInt(v('maxConcurrency')),
    delayMs: optionalInt(v('delayMs')),
    legalBasis: v('legalBasis'),
  } as NewSourceInput;

  return { values, input };
};

/** Which form field a validation issue belongs to (selector issues sit one level deeper). */
export const issueField = (issue: z.core.$ZodIssue): SourceField => {
  const [first, second] = issue.path;
  if (first === 'selectors') return typeof second === 'string' && (SOURCE_FIELDS as readonly string[]).includes(second) ? (second as SourceField) : 'adUrlPattern';
  return typeof first === 'string' && (SOURCE_FIELDS as readonly string[]).includes(first) ? (first as SourceField) : 'name';
};

/** A stored source as the form shows it (the edit form, and "saved now" after a conflict). */
export const sourceFormValues = (s: SourceRow): SourceFormValues => ({
  name: s.name,
  startUrls: s.startUrls.join('\n'),
  allowedUrlPatterns: s.allowedUrlPatterns.join('\n'),
  adUrlPattern: s.selectors.adUrlPattern,
  title: s.selectors.title,
  text: s.selectors.text,
  place: s.selectors.place ?? '',
  age: s.selectors.age ?? '',
  price: s.selectors.price ?? '',
  date: s.selectors.date ?? '',
  contact: s.selectors.contact ?? '',
  images: s.selectors.images ?? '',
  intervalMinutes: String(s.intervalMinutes),
  maxRequestsPerMinute: String(s.maxRequestsPerMinute),
  maxConcurrency: String(s.maxConcurrency),
  delayMs: String(s.delayMs),
  legalBasis: s.legalBasis,
  robotsOverrideBasis: s.robotsOverrideBasis ?? '',
});

/** The fields whose value differs between two filled-in forms (line endings and spaces at the ends ignored). */
export const differingFields = (a: SourceFormValues, b: SourceFormValues): SourceField[] => {
  const norm = (v: string | undefined) => (v ?? '').replace(/\r\n/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
  return SOURCE_FIELDS.filter((f) => norm(a[f]) !== norm(b[f]));
};
