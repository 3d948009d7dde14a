import type { AppContext } from '../../../app/context.ts';
import { collectEvidenceFiles } from './collect-evidence-files.ts';
import { type Actor, recordCustodyEvent } from '../custody.ts';
import { buildSignedPackage, type SignedPackage } from './build-signed-package.ts';
import { loadSigningKey } from './signing-key.ts';
import { vangnetVersion } from '../tool-version.ts';

/**
 * Exports evidence items as one signed package and records a custody.export event per item, with the
 * package's hash and the reason, so the log shows which copy left Vangnet and why.
 */
export const exportEvidencePackage = async (
  ctx: AppContext,
  input: { actor: Actor; evidenceIds: string[]; reason: string },
): Promise<SignedPackage> => {
  const { items, files } = await collectEvidenceFiles(ctx, input.evidenceIds);
  const created = new Date();
  const pkg = buildSignedPackage({
    files,
    metadata: { purpose: 'evidence export', reason: input.reason, exportedBy: input.actor.name, items: items.length },
    key: loadSigningKey(ctx.config.dataDir),
    software: `Vangnet ${vangnetVersion()}`,
    created,
  });
  await ctx.db.transaction(async (tx) => {
    for (const item of items) {
      await recordCustodyEvent(tx, {
        actor: input.actor,
        action: 'custody.export',
        evidenceId: item.id,
        details: { packageSha256: pkg.sha256, reason: input.reason, sha256: item.sha256, at: created.toISOString() },
      });
    }
  });

  return pkg;
};
