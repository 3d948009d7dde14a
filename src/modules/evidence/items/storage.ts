import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../../app/context.ts';
import { sha256Hex } from '../hash.ts';

/**
 * Encrypted, write-once files under VANGNET_DATA_DIR/evidence. Each file holds one envelope-encrypted
 * blob (ctx.keys). A file is created with the 'wx' flag, so an existing original can never be written
 * over, and made read-only afterwards. Reading decrypts into memory only: a working copy never
 * touches the original.
 */
export type EvidenceStore = {
  put: (bytes: Uint8Array) => string;
  /** Decrypts and checks the bytes against the hash taken at capture; throws when they differ. */
  get: (key: string, expectedSha256: string) => Buffer;
  remove: (key: string) => void;
  /**
   * After a master-key rotation: wraps the file's data key with the current master key. The
   * encrypted body, and so the evidence, stays byte for byte the same; the result is checked against
   * the capture hash before it replaces the file (atomic rename). Returns false when nothing changed.
   */
  rewrap: (key: string, expectedSha256: string) => boolean;
};

const KEY_PATTERN = /^[0-9a-f-]{36}\.enc$/;

export const evidenceDir = (ctx: Pick<AppContext, 'config'>) => path.join(ctx.config.dataDir, 'evidence');

export const evidenceStore = (ctx: Pick<AppContext, 'config' | 'keys'>): EvidenceStore => {
  const dir = evidenceDir(ctx);
  const fileOf = (key: string) => {
    // Keys come from our own database, but a path built from data is checked anyway.
    if (!KEY_PATTERN.test(key)) throw new Error('not an evidence storage key');

    return path.join(dir, key);
  };

  return {
    put: (bytes) => {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const key = `${randomUUID()}.enc`;
      const file = fileOf(key);
      writeFileSync(file, ctx.keys.encrypt(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), { flag: 'wx', mode: 0o400 });
      chmodSync(file, 0o400);

      return key;
    },
    get: (key, expectedSha256) => {
      const plain = ctx.keys.decrypt(readFileSync(fileOf(key), 'utf8'));
      if (sha256Hex(plain) !== expectedSha256) throw new Error(`evidence file ${key} does not match its hash`);

      return plain;
    },
    remove: (key) => rmSync(fileOf(key), { force: true }),
    rewrap: (key, expectedSha256) => {
      const file = fileOf(key);
      if (!existsSync(file)) return false;
      const blob = readFileSync(file, 'utf8');
      // The keyring writes "v1.<master key id>.…": a file already under the current key stays as it is.
      if (blob.split('.', 3)[1] === ctx.keys.currentId) return false;
      const rewrapped = ctx.keys.rewrap(blob);
      if (sha256Hex(ctx.keys.decrypt(rewrapped)) !== expectedSha256) throw new Error(`evidence file ${key} does not match its hash`);
      const tmp = `${file}.rewrap`;
      writeFileSync(tmp, rewrapped, { flag: 'w', mode: 0o400 });
      renameSync(tmp, file);

      return true;
    },
  };
};
