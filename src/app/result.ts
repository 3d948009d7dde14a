/**
 * The one shape every command returns (docs/CODE_STYLE.md, "Commands"). A command takes typed input
 * (parsed from the form in a parse-*.ts file) and the acting user, owns its transaction and its
 * audit/access records, and says either what it made or which problems stopped it. Problem codes are
 * stable (tests and routes switch on them); the texts are for the person at the form.
 */
export type Problem = {
  /** Stable, for example 'required', 'too_long', 'stale', 'forbidden', 'not_found'. */
  code: string;
  /** The form field the problem belongs to, when there is one. */
  field?: string;
  message: { nl: string; en: string };
};

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (...problems: Problem[]): Result<never> => ({ ok: false, problems });

export const problem = (code: string, message: { nl: string; en: string }, field?: string): Problem =>
  field === undefined ? { code, message } : { code, field, message };

/** The HTTP status a route answers a failed command with: 403/404/409 for those codes, else 400. */
export const statusOf = (problems: readonly Problem[]): 400 | 403 | 404 | 409 => {
  if (problems.some((p) => p.code === 'forbidden')) return 403;
  if (problems.some((p) => p.code === 'not_found')) return 404;
  if (problems.some((p) => p.code === 'stale' || p.code === 'conflict')) return 409;
  return 400;
};
