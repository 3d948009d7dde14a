import { verify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/modules/accounts/sign-in/passwords.ts';
import { hashReceiptSecret, newReceiptSecret, verifyReceiptSecret } from '../../src/modules/intake/follow-up/receipt.ts';
import { hashTestPassword } from '../support/test-hash.ts';

/**
 * The test users of test/support/factories.ts get a cheap hash (test/support/test-hash.ts) to keep the suite fast. These tests make
 * sure the app itself still hashes at the production cost: Argon2id with the OWASP minimum (19 MiB,
 * 2 passes, 1 lane) for staff passwords and for the reporter's receipt secret.
 */
const PRODUCTION = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/;

describe('Argon2 cost', () => {
  it('hashes staff passwords at the production cost', async () => {
    const stored = await hashPassword('een-lang-proefwachtwoord');
    expect(stored).toMatch(PRODUCTION);
    expect(await verifyPassword(stored, 'een-lang-proefwachtwoord')).toBe(true);
    expect(await verifyPassword(stored, 'een-ander-wachtwoord')).toBe(false);
  });

  it("hashes the reporter's receipt secret at the production cost", async () => {
    const secret = newReceiptSecret();
    const stored = await hashReceiptSecret(secret);
    expect(stored).toMatch(PRODUCTION);
    expect(await verifyReceiptSecret(stored, secret)).toBe(true);
  });

  it('gives only the test users a cheaper hash, which the same verify accepts', async () => {
    const stored = await hashTestPassword('test-wachtwoord');
    expect(stored).not.toMatch(PRODUCTION);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await verify(stored, 'test-wachtwoord')).toBe(true);
    expect(await verifyPassword(stored, 'test-wachtwoord')).toBe(true);
  });
});
