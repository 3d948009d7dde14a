import type { AppContext } from '../../../app/context.ts';
import { deleteFormState, findFormState, upsertFormState } from '../queries.ts';

/**
 * Post/Redirect/Get for the forms that have no draft of their own (follow-up pages, the receipt
 * entry, the staff report page): a post never answers with a page. It leaves what the page must show
 * — typed values, error codes, a notice — here and redirects (303) to a GET, so Back and reload never
 * send the form again. Encrypted (typed text may be personal), kept FORM_STATE_MINUTES by the
 * injected clock. A state with errors stays until the form succeeds (a reload shows it again and
 * loses nothing, hard rule 7); a notice alone is shown once.
 */
export const FORM_STATE_MINUTES = 30;

export type FormState = {
  /** Which form or page the state is for; another page ignores it. */
  form: string;
  values?: Record<string, string>;
  /** Error codes by field (the page turns them into text in the reader's language). */
  errors?: Record<string, string>;
  /** A notice code ("sent", "saved" …) shown once. */
  notice?: string;
  /** A number that goes with the error (seconds to wait, …). */
  n?: number;
};

/** One row per owner and form: a refused message stays while another form on the same pages is used. */
const rowKey = (key: string, form: string) => `${key}:${form}`;

export const keepFormState = async (ctx: AppContext, key: string, state: FormState) => {
  const now = ctx.clock.now();
  await upsertFormState(ctx.db, { key: rowKey(key, state.form), dataEnc: ctx.keys.encrypt(JSON.stringify(state)), expiresAt: new Date(now.getTime() + FORM_STATE_MINUTES * 60_000) }, now);
};

export const clearFormState = (ctx: AppContext, key: string, form: string) => deleteFormState(ctx.db, rowKey(key, form));

/**
 * The state left for `form` under `key`, or null. A state with only a notice is taken out as it is
 * read (shown once); one with errors stays.
 */
export const takeFormState = async (ctx: AppContext, key: string, form: string): Promise<FormState | null> => {
  const row = await findFormState(ctx.db, rowKey(key, form));
  if (!row || row.expiresAt.getTime() < ctx.clock.now().getTime()) return null;
  let state: FormState;
  try {
    state = JSON.parse(ctx.keys.decryptText(row.dataEnc)) as FormState;
  } catch {
    return null;
  }
  if (state.form !== form) return null;
  if (!state.errors || Object.keys(state.errors).length === 0) await deleteFormState(ctx.db, rowKey(key, form));

  return state;
};
