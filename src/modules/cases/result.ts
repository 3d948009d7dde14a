import type { FieldErrors } from '../../web/components/form.tsx';
import type { FormReader } from './parse.ts';

/**
 * What a dossier form command answers. On failure the page is shown again with the form's section
 * open, every typed value kept, and — after a conflict — the colleague's saved text beside it.
 */
export type FormState = {
  section: string;
  /** Which item the form was for (a subject, note, step …), when the section has several forms. */
  item?: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** A message above the form (refused transition, missing consent …). */
  message?: string;
  /** After a version conflict: what is stored now, to merge with. */
  theirs?: Record<string, string>;
};

export type CommandResult = { ok: true; anchor: string; redirect?: string } | { ok: false; status: 400 | 403 | 409; form: FormState };

export const invalid = (section: string, f: FormReader, item?: string): CommandResult => ({
  ok: false,
  status: 400,
  form: { section, item, values: f.values, errors: f.errors },
});

export const refused = (section: string, f: FormReader, message: string, status: 400 | 403 = 400, item?: string): CommandResult => ({
  ok: false,
  status,
  form: { section, item, values: f.values, errors: f.errors, message },
});

export const stale = (section: string, f: FormReader, theirs: Record<string, string>, item?: string): CommandResult => ({
  ok: false,
  status: 409,
  form: { section, item, values: f.values, errors: {}, theirs },
});

export const done = (anchor: string, redirect?: string): CommandResult => ({ ok: true, anchor, redirect });
