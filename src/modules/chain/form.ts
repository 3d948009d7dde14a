import { type FormBody, field, fields } from '../../app/forms.ts';
import type { Lang } from '../../web/i18n.ts';

/** What a chain form command answers; on failure the page comes back with the typed values and messages. */
export type FormOutcome =
  | { ok: true; redirect: string }
  | { ok: false; status: 400 | 403 | 409; form: string; values: Record<string, string | string[]>; errors: Record<string, string>; message?: string };

/** Reads one form without throwing; each problem becomes a message for its field. */
export class ChainForm {
  readonly values: Record<string, string | string[]> = {};
  readonly errors: Record<string, string> = {};

  constructor(
    private readonly body: FormBody,
    readonly lang: Lang,
  ) {}

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  private say(nl: string, en: string) {
    return this.lang === 'en' ? en : nl;
  }

  fail(name: string, message: string): void {
    this.errors[name] = message;
  }

  text(name: string, max: number, required: { nl: string; en: string } | null): string {
    const value = field(this.body, name).slice(0, max + 100);
    this.values[name] = value;
    if (!value && required) this.fail(name, this.say(required.nl, required.en));
    else if (value.length > max) this.fail(name, this.say(`Gebruik hoogstens ${max} tekens.`, `Use at most ${max} characters.`));

    return value.slice(0, max);
  }

  choice<T extends string>(name: string, list: readonly T[], message: { nl: string; en: string }): T | null {
    const value = field(this.body, name).slice(0, 100);
    this.values[name] = value;
    if ((list as readonly string[]).includes(value)) return value as T;
    this.fail(name, this.say(message.nl, message.en));

    return null;
  }

  many<T extends string>(name: string, list: readonly T[], message: { nl: string; en: string }): T[] {
    const picked = fields(this.body, name).map((v) => v.slice(0, 100));
    this.values[name] = picked;
    const valid = list.filter((x) => picked.includes(x));
    if (valid.length === 0 || valid.length !== new Set(picked).size) this.fail(name, this.say(message.nl, message.en));

    return valid;
  }

  /** yyyy-mm-dd within [min, max]. */
  date(name: string, min: string, max: string, message: { nl: string; en: string }): string | null {
    const value = field(this.body, name).slice(0, 20);
    this.values[name] = value;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.getUTCDate() !== Number(m[3]) || value < min || value > max) {
      this.fail(name, this.say(message.nl, message.en));
      return null;
    }

    return value;
  }

  result(form: string, status: 400 | 403 | 409 = 400, message?: string): FormOutcome {
    return { ok: false, status, form, values: this.values, errors: this.errors, message };
  }
}

export const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
