import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Argon2id with the OWASP-recommended minimum (19 MiB, 2 passes); about 80 ms here.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
};

/** A hash of a random value, checked when the e-mail is unknown, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export const burnPasswordCheck = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword('no-such-user-placeholder-value');
  await verifyPassword(await dummyHash, password);
};

/** Empty string when acceptable, else a reason code for the form. */
export const passwordProblem = (password: string): '' | 'tooShort' | 'tooLong' => {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'tooLong';

  return '';
};

/** A readable one-time password for a new user or a reset: 4 groups of 5 letters and digits. */
export const generateOneTimePassword = (): string => {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]).join('');

  return chars.match(/.{5}/g)!.join('-');
};
