import { sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../db/client.ts';
import type { AuditKeys } from '../keys/audit-keys.ts';
import { canonicalJson, GENESIS_HASH } from '../chain/chain-hash.ts';
import { readAuditRow } from '../queries.ts';
import { readCutState } from './chain-cut.ts';
import { type ChainReport, verifyAuditChain } from '../chain/verify-audit-chain.ts';

/**
 * A signed checkpoint: the chain's newest hash and its length at a moment, signed with the
 * installation's Ed25519 key and written to the data folder, outside the database. Someone who
 * deletes the newest rows (or the whole table) as database owner leaves a chain that is valid in
 * itself but shorter than the last checkpoint says — that is what `vangnet verify-audit` reports.
 */
/** count: the number of the newest event (the chain's length since its first event, also after a cut). */
export type Checkpoint = { version: 1; at: string; count: number; headHash: string; firstKeyedSeq: number | null };

type CheckpointFile = { checkpoint: Checkpoint; signature: string };

export const checkpointDir = (dataDir: string) => path.join(dataDir, 'audit-checkpoints');

const payload = (c: Checkpoint) => Buffer.from(canonicalJson(c), 'utf8');

export type WriteResult = { ok: true; checkpoint: Checkpoint; file: string } | { ok: false; chain: ChainReport };

/** Verifies the chain and, when it is intact, writes a signed checkpoint of it. A broken chain gets none. */
export const writeCheckpoint = async (db: Db, options: { dataDir: string; keys: AuditKeys; now: Date }): Promise<WriteResult> => {
  const chain = await verifyAuditChain(db, options.keys.hmacKey, options.keys.publicKey);
  if (!chain.ok) return { ok: false, chain };
  const checkpoint: Checkpoint = { version: 1, at: options.now.toISOString(), count: chain.headSeq, headHash: chain.headHash, firstKeyedSeq: chain.firstKeyedSeq };
  const signature = sign(null, payload(checkpoint), options.keys.signingKey).toString('base64url');
  const dir = checkpointDir(options.dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Sortable by name: time first, then the count (two in one millisecond stay apart).
  const file = path.join(dir, `${checkpoint.at.replace(/[:.]/g, '-')}-${String(checkpoint.count).padStart(12, '0')}.json`);
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ checkpoint, signature } satisfies CheckpointFile, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);

  return { ok: true, checkpoint, file };
};

export type LatestCheckpoint = { checkpoint: Checkpoint | null; file: string | null; badSignatures: string[] };

/** The newest checkpoint whose signature holds; files with a bad signature are named, never trusted. */
export const latestCheckpoint = (dataDir: string, keys: AuditKeys): LatestCheckpoint => {
  const dir = checkpointDir(dataDir);
  const badSignatures: string[] = [];
  if (!existsSync(dir)) return { checkpoint: null, file: null, badSignatures };
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse();
  let newest: { checkpoint: Checkpoint; file: string } | null = null;
  // Every file is checked, so a forged one is named even when a genuine one is newer.
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CheckpointFile;
      if (verify(null, payload(parsed.checkpoint), keys.publicKey, Buffer.from(parsed.signature, 'base64url'))) {
        newest ??= { checkpoint: parsed.checkpoint, file };
        continue;
      }
    } catch {
      // Unreadable: counted as a bad signature below.
    }
    badSignatures.push(name);
  }
  if (newest) return { ...newest, badSignatures };

  return { checkpoint: null, file: null, badSignatures };
};

export type AuditVerdict = {
  chain: ChainReport | null;
  /** The audit table could not be read at all (dropped). */
  tableMissing: boolean;
  checkpoint: Checkpoint | null;
  /** Rows the latest checkpoint counted that are gone now. */
  missingSinceCheckpoint: number;
  /** The row at the checkpoint's count does not have the checkpoint's hash (the chain was rewritten). */
  checkpointMismatch: boolean;
  badSignatures: string[];
  ok: boolean;
};

/** The chain itself, and the chain against the latest signed checkpoint. */
export const verifyAgainstCheckpoint = async (db: Db, options: { dataDir: string; keys: AuditKeys | null }): Promise<AuditVerdict> => {
  const latest = options.keys ? latestCheckpoint(options.dataDir, options.keys) : { checkpoint: null, file: null, badSignatures: [] };
  const cp = latest.checkpoint;
  let chain: ChainReport;
  try {
    chain = await verifyAuditChain(db, options.keys?.hmacKey ?? null, options.keys?.publicKey ?? null);
  } catch {
    const missing = cp?.count ?? 0;
    return { chain: null, tableMissing: true, checkpoint: cp, missingSinceCheckpoint: missing, checkpointMismatch: false, badSignatures: latest.badSignatures, ok: false };
  }
  let missingSinceCheckpoint = 0;
  let checkpointMismatch = false;
  if (cp && chain.ok) {
    if (chain.headSeq < cp.count) missingSinceCheckpoint = cp.count - chain.headSeq;
    // A checkpoint at the cut is compared with the cut's hash; one before it is vouched for by the
    // signed cut (its event was deleted under the retention rule).
    else if (cp.count >= chain.cutSeq) {
      checkpointMismatch = (await hashAt(db, cp.count, chain.cutSeq, options.keys)) !== cp.headHash;
    }
  }
  const ok = chain.ok && missingSinceCheckpoint === 0 && !checkpointMismatch && latest.badSignatures.length === 0;

  return { chain, tableMissing: false, checkpoint: cp, missingSinceCheckpoint, checkpointMismatch, badSignatures: latest.badSignatures, ok };
};

/** The hash of the row with this number (the chain up to it was verified already), or of the cut at it. */
const hashAt = async (db: Db, seq: number, cutSeq: number, keys: AuditKeys | null): Promise<string | null> => {
  if (seq === 0) return GENESIS_HASH;
  if (seq === cutSeq) {
    const cuts = await readCutState(db, keys?.publicKey ?? null);
    return cuts.ok ? (cuts.cut?.hash ?? null) : null;
  }
  const row = await readAuditRow(db, seq);

  return row?.hash ?? null;
};
