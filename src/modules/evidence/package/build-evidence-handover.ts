import type { AppContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { collectEvidenceFiles } from './collect-evidence-files.ts';
import { type Actor, recordCustodyEvent } from '../custody.ts';
import { buildSignedPackage, type PackageFile, type SignedPackage } from './build-signed-package.ts';
import { loadSigningKey } from './signing-key.ts';
import { vangnetVersion } from '../tool-version.ts';

export type EvidenceHandoverInput = {
  actor: Actor;
  evidenceIds: string[];
  /** Who receives it, e.g. "Politie Midden-Nederland, team mensenhandel". */
  recipient: string;
  /** Files made for the handover itself (the dossier PDF), placed beside evidence/. */
  extraFiles?: PackageFile[];
  metadata?: Record<string, unknown>;
  /** The caller's transaction, so the handover record and its custody events commit together. */
  db?: Db;
};

/**
 * The evidence half of a handover to police or OM (issue 4 point 7): one signed package with the
 * caller's files (the PDF) and every evidence item, and a custody.handover event per item naming the
 * recipient and the package hash. Consent and four-eyes approval are the caller's checks.
 */
export const buildEvidenceHandover = async (ctx: AppContext, input: EvidenceHandoverInput): Promise<SignedPackage> => {
  const { items, files } = await collectEvidenceFiles(ctx, input.evidenceIds);
  const created = new Date();
  const pkg = buildSignedPackage({
    files: [...(input.extraFiles ?? []), ...files],
    metadata: { purpose: 'handover', recipient: input.recipient, handedOverBy: input.actor.name, evidenceItems: items.length, ...input.metadata },
    key: loadSigningKey(ctx.config.dataDir),
    software: `Vangnet ${vangnetVersion()}`,
    created,
  });
  const record = async (db: Db) => {
    for (const item of items) {
      await recordCustodyEvent(db, {
        actor: input.actor,
        action: 'custody.handover',
        evidenceId: item.id,
        details: { packageSha256: pkg.sha256, recipient: input.recipient, sha256: item.sha256, at: created.toISOString() },
      });
    }
  };
  if (input.db) await record(input.db);
  else await ctx.db.transaction(record);

  return pkg;
};
