import { type FormBody, field } from '../../app/forms.ts';
import type { FieldErrors } from '../../web/components/form.tsx';
import { type Lang, pick } from '../../web/i18n.ts';
import { casesText } from './texts.ts';

/** The hidden field that carries a form's token, so a second post of one form stores nothing. */
export const FORM_TOKEN_FIELD = 'formulier';

/**
 * Reads one dossier form field by field. Every value is kept as typed (bounded to a little over its
 * limit, so a huge paste is not echoed back in full) and every problem becomes a Dutch message for
 * that field. Never throws on odd input.
 */
export class FormReader {
  readonly values: Record<string, string> = {};
  readonly errors: FieldErrors = {};
  private readonly t: typeof casesText.nl;

  constructor(
    private readonly body: FormBody,
    readonly lang: Lang,
  ) {
    this.t = pick(casesText, lang);
  }

  get ok(): boolean {
    return Object.values(this.errors).every((e) => !e);
  }

  fail(name: string, message: string): void {
    this.errors[name] = message;
  }

  text(name: string, max: number, options: { required?: string } = {}): string {
    const value = field(this.body, name).slice(0, max + 100);
    this.values[name] = value;
    if (!value && options.required) this.fail(name, options.required);
    else if (value.length > max) this.fail(name, this.t.tooLong(max));

    return value.slice(0, max);
  }

  choice<T extends string>(name: string, list: readonly T[], fallback?: T): T {
    const value = field(this.body, name).slice(0, 100);
    this.values[name] = value;
    if ((list as readonly string[]).includes(value)) return value as T;
    if (!value && fallback) return fallback;
    this.fail(name, this.t.badChoice);

    return fallback ?? list[0]!;
  }

  /** yyyy-mm-dd or empty (null). */
  date(name: string, options: { required?: boolean } = {}): string | null {
    const value = field(this.body, name).slice(0, 20);
    this.values[name] = value;
    if (!value) {
      if (options.required) this.fail(name, this.t.badDate);
      return null;
    }
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.getUTCDate() !== Number(m[3]) || Number(m[1]) < 1900 || Number(m[1]) > 2199) {
      this.fail(name, this.t.badDate);
      return null;
    }

    return value;
  }

  /** A whole number in a range, or null when empty. */
  int(name: string, min: number, max: number, message: string): number | null {
    const value = field(this.body, name).slice(0, 20);
    this.values[name] = value;
    if (!value) return null;
    if (!/^\d{1,4}$/.test(value) || Number(value) < min || Number(value) > max) {
      this.fail(name, message);
      return null;
    }

    return Number(value);
  }

  /** The version a form was opened at (hidden field). A missing or odd value counts as 0: always stale. */
  version(name: string): number {
    const value = field(this.body, name).slice(0, 12);
    this.values[name] = value;

    return /^\d{1,9}$/.test(value) ? Number(value) : 0;
  }

  /** The form's token (hidden field `formulier`, FormToken): 32 hex characters, or null. */
  token(): string | null {
    const value = field(this.body, FORM_TOKEN_FIELD).slice(0, 40);
    this.values[FORM_TOKEN_FIELD] = value;

    return /^[0-9a-f]{32}$/.test(value) ? value : null;
  }

  checkbox(name: string): boolean {
    const value = field(this.body, name);
    this.values[name] = value ? 'ja' : '';

    return value !== '';
  }
}
