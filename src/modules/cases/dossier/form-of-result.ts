import { type Problem, type Result, statusOf } from '../../../app/result.ts';
import type { Lang } from '../../../web/i18n.ts';
import { type CommandResult, done, type FormState } from '../result.ts';

/**
 * A command's Result (src/app/result.ts) as the dossier page shows it: the field problems beside
 * their fields, the others above the form, every typed value kept. Not found is the caller's (404).
 */
export const formOf = (problems: readonly Problem[], at: { section: string; item?: string; typed: Record<string, string>; lang: Lang }): FormState => {
  const errors = Object.fromEntries(problems.filter((p) => p.field).map((p) => [p.field!, p.message[at.lang]]));
  const message = problems
    .filter((p) => !p.field)
    .map((p) => p.message[at.lang])
    .join(' ');

  return { section: at.section, item: at.item, values: at.typed, errors, ...(message ? { message } : {}) };
};

/** The HTTP status of a refused dossier form (a missing item is answered 404 before this). */
export const formStatus = (problems: readonly Problem[]): 400 | 403 | 409 => {
  const status = statusOf(problems);

  return status === 404 ? 400 : status;
};

/** For the section forms that finishForm answers: saved at the command's anchor, or refused with the form. */
export const finishedAs = (result: Result<{ anchor: string }>, at: { section: string; typed: Record<string, string>; lang: Lang }): CommandResult =>
  result.ok ? done(result.value.anchor) : { ok: false, status: formStatus(result.problems), form: formOf(result.problems, at) };
