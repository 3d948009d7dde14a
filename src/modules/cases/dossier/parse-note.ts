import { type FormBody, field } from '../../../app/forms.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { FORM_TOKEN_FIELD } from '../parse.ts';
import { both } from '../texts-both.ts';
import { LIMITS } from '../vocab.ts';

export type NoteInput = {
  text: string;
  /** The version the edit form was opened at (0 when missing: always stale). */
  version: number;
  /** The add form's token (a second post of the same form stores nothing). */
  token: string | null;
};

/** The note form as typed (bounded a little over its limit), to show again after a refusal. */
export const typedNote = (body: FormBody): Record<string, string> => ({
  tekst: field(body, 'tekst').slice(0, LIMITS.longText + 100),
  versie: field(body, 'versie').slice(0, 12),
  [FORM_TOKEN_FIELD]: field(body, FORM_TOKEN_FIELD).slice(0, 40),
});

/** The note form (add or edit) into typed input, or the problems with the text field. */
export const parseNote = (body: FormBody): Result<NoteInput> => {
  const typed = typedNote(body);
  if (!typed.tekst) return fail(problem('required', both((t) => t.missingText), 'tekst'));
  if (typed.tekst.length > LIMITS.longText) return fail(problem('too_long', both((t) => t.tooLong(LIMITS.longText)), 'tekst'));
  const token = typed[FORM_TOKEN_FIELD] ?? '';

  return ok({
    text: typed.tekst,
    version: /^\d{1,9}$/.test(typed.versie ?? '') ? Number(typed.versie) : 0,
    token: /^[0-9a-f]{32}$/.test(token) ? token : null,
  });
};
