/**
 * The reporter's identity is never given to the person reported (DESIGN §3 rule 3, AVG art. 15(4)).
 * The answer is built so that it never holds it; this is the second lock: every string in the
 * answer that contains a reporter's name, e-mail address or phone number (also written with other
 * spaces or dashes) is replaced, whatever put it there (a name in an alias, a number in a note).
 */
export const SHIELDED = '[afgeschermd / withheld]';

export type Identity = { name?: string; email?: string; phone?: string };

const norm = (s: string) => s.normalize('NFKC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
const digitsOf = (s: string) => s.replace(/\D/g, '');
/** 06… and +316… / 00316… are the same number: compare without the country or trunk prefix. */
const nationalDigits = (s: string) => digitsOf(s).replace(/^(?:0031|31|0)/, '');

type Secret = { text: string[]; digits: string[] };

const secretsOf = (identities: Identity[]): Secret => ({
  text: identities.flatMap((i) => [i.name, i.email].filter((v): v is string => !!v && norm(v).length >= 3).map(norm)),
  digits: identities.map((i) => (i.phone ? nationalDigits(i.phone) : '')).filter((d) => d.length >= 6),
});

const leaks = (value: string, s: Secret): boolean => {
  const n = norm(value);
  if (s.text.some((t) => n.includes(t))) return true;
  const d = digitsOf(value);
  return d.length >= 6 && s.digits.some((p) => d.includes(p));
};

/** A deep copy of `value` with every string that would reveal one of the identities replaced. */
export const shieldReporters = <T>(value: T, identities: Identity[]): { value: T; shielded: number } => {
  const secrets = secretsOf(identities);
  let shielded = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (secrets.text.length + secrets.digits.length > 0 && leaks(v, secrets)) {
        shielded += 1;
        return SHIELDED;
      }
      return v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Date) return v;
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };

  return { value: walk(value) as T, shielded };
};
