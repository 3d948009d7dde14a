import type { z } from 'zod';
import { type FormBody, field } from '../../app/forms.ts';
import type { NewSourceInput } from './create-source.ts';

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
