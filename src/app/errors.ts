/**
 * One error type for the whole app, with a stable code. Routes throw these; the error handler of each
 * surface turns them into a Dutch (or English) page without stack traces.
 */
export const ERROR_CODES = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  CSRF: 403,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;

  constructor(code: ErrorCode, message?: string) {
    super(message ?? code);
    this.code = code;
    this.statusCode = ERROR_CODES[code];
  }
}

export const notFound = (what?: string) => new AppError('NOT_FOUND', what);
export const forbidden = (why?: string) => new AppError('FORBIDDEN', why);
export const conflict = (why?: string) => new AppError('CONFLICT', why);
