import { hash } from '@node-rs/argon2';

/**
 * The factory's users get an Argon2id hash at the lowest cost (1 MiB, 1 pass: about 1 ms instead of
 * 80 ms). The sign-in code is the same: verify reads the cost from the hash. Hundreds of test users
 * made the production cost a large share of the suite's time. Passwords that the app itself hashes
 * (setup, new users, resets, changes) keep the production cost, which
 * test/security/hash-cost.unit.test.ts checks.
 */
const TEST_HASH = { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;
export const hashTestPassword = (password: string): Promise<string> => hash(password, TEST_HASH);
