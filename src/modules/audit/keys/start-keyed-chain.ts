import type { Db } from '../../../db/client.ts';
import { type AuditKeys, installAuditKeys, loadAuditKeys, wasCreatedNow } from './audit-keys.ts';
import { writeCheckpoint } from '../checkpoints/checkpoint.ts';

/**
 * Loads (or on the first start makes) the installation's audit keys and installs them for every
 * append. When the key file is new, a first signed checkpoint is written at once: it pins the chain
 * as it stood (rows of an existing installation keep their plain SHA-256) and marks where keyed
 * hashing starts — the next row is the first HMAC row, and a plain row after it counts as broken.
 */
export const startKeyedChain = async (db: Db, options: { keyFile: string; dataDir: string; now: Date }): Promise<AuditKeys> => {
  const keys = loadAuditKeys(options.keyFile, { create: true }) as AuditKeys;
  installAuditKeys(keys);
  if (wasCreatedNow(options.keyFile)) await writeCheckpoint(db, { dataDir: options.dataDir, keys, now: options.now });

  return keys;
};
