import { createHash, createHmac } from 'node:crypto';

/** JSON with object keys sorted, so the same data always gives the same text (jsonb reorders keys). */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

export type ChainedFields = {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  prevHash: string;
};

export const GENESIS_HASH = '0'.repeat(64);

/** How a row's hash was made: the old plain SHA-256, or HMAC-SHA-256 with the installation's key. */
export type HashAlg = 'sha256' | 'hmac-sha256';

const chainText = (f: ChainedFields): string =>
  canonicalJson([
        f.seq,
        f.at.toISOString(),
        f.actorUserId,
        f.actorLabel,
        f.action,
        f.targetType,
        f.targetId,
        f.details,
        f.ip,
        f.prevHash,
      ]);

/** The unkeyed hash: rows written before the keyed chain started, and the benchmark's baseline. */
export const chainHash = (f: ChainedFields): string => createHash('sha256').update(chainText(f)).digest('hex');

/** The keyed hash (issue 12 point 6): without the key file nobody can make a row that fits. */
export const keyedChainHash = (f: ChainedFields, key: Buffer): string => createHmac('sha256', key).update(chainText(f)).digest('hex');

export const hashRow = (f: ChainedFields, alg: HashAlg, key: Buffer | null): string | null => {
  if (alg === 'sha256') return chainHash(f);

  return key ? keyedChainHash(f, key) : null;
};
