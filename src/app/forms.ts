/**
 * Reading urlencoded form bodies. A field may arrive as a string, an array (same name twice) or be
 * missing; these helpers turn that into plain values without ever throwing on odd input.
 */
export type FormBody = Record<string, unknown>;

export const asForm = (body: unknown): FormBody => (body && typeof body === 'object' && !Array.isArray(body) ? (body as FormBody) : {});

/** One text value, trimmed of surrounding whitespace; '' when missing. Control characters are removed. */
export const field = (body: FormBody, name: string): string => {
  const raw = body[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string') return '';

  // Keep tabs and newlines; drop other control characters (they only cause trouble downstream).
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
};

/** All values of a repeated field (checkboxes). */
export const fields = (body: FormBody, name: string): string[] => {
  const raw = body[name];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];

  return list.filter((v): v is string => typeof v === 'string').slice(0, 100);
};

/** Like field(), but without trimming: passwords are taken as typed. */
export const rawField = (body: FormBody, name: string): string => {
  const raw = body[name];
  const value = Array.isArray(raw) ? raw[0] : raw;

  return typeof value === 'string' ? value : '';
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A well-formed UUID (any case), checked before an id from a URL or form goes near the database. */
export const isUuid = (value: string): boolean => UUID.test(value);
