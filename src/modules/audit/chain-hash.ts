import { createHash } from 'node:crypto';

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

export const chainHash = (f: ChainedFields): string =>
  createHash('sha256')
    .update(
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
      ]),
    )
    .digest('hex');
