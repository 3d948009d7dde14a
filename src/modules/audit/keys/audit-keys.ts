import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The installation's audit keys, in a file outside the database (VANGNET_AUDIT_KEY_FILE, mode 0600,
 * next to the master key and handled like it): an HMAC-SHA-256 key for the chain, so someone who
 * can write the database but not this file cannot re-hash rows after a change, and an Ed25519 key
 * that signs the checkpoints written to the data folder.
 */
export type AuditKeys = { hmacKey: Buffer; signingKey: KeyObject; publicKey: KeyObject };

type KeyFile = { hmacKey: string; signingKey: string };

const created = new Set<string>();

/** True once for a key file this process made: the moment the keyed chain starts (see startKeyedChain). */
export const wasCreatedNow = (file: string): boolean => created.delete(file);

export const loadAuditKeys = (file: string, options: { create: boolean }): AuditKeys | null => {
  if (!existsSync(file)) {
    if (!options.create) return null;
    created.add(file);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    const data: KeyFile = { hmacKey: randomBytes(32).toString('base64url'), signingKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(data, null, 2), { mode: 0o600 });
    renameSync(tmp, file);
    chmodSync(file, 0o600);
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  const signingKey = createPrivateKey(data.signingKey);

  return { hmacKey: Buffer.from(data.hmacKey, 'base64url'), signingKey, publicKey: createPublicKey(signingKey) };
};

// One installation, one key: set when the app context is made, read by every append and check.
let installed: AuditKeys | null = null;

export const installAuditKeys = (keys: AuditKeys | null): void => {
  installed = keys;
};

export const installedAuditKeys = (): AuditKeys | null => installed;
