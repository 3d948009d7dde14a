import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { logAccess } from '../../audit/index.ts';
import { type Actor, recordCustodyEvent } from '../custody.ts';
import { findEvidenceItem, listArtefacts } from '../queries.ts';
import { evidenceStore } from './storage.ts';

/**
 * The only way to read stored evidence bytes (DESIGN §3 rules 1 and 5): an explicit, audited action.
 * Decrypts into memory (a working copy; the stored original is untouched), checks the bytes against
 * the hash taken at capture, and records custody.view and an access-log line before handing them out.
 */
export const openEvidenceFile = async (
  ctx: AppContext,
  input: { actor: Actor; evidenceId: string; artefactId?: string; reason: string },
): Promise<{ bytes: Buffer; mediaType: string; sha256: string }> => {
  const item = await findEvidenceItem(ctx.db, input.evidenceId);
  if (!item || item.locked || !item.storageKey) throw notFound('evidence');
  let target = { storageKey: item.storageKey, sha256: item.sha256, mediaType: item.mediaType, part: 'original' };
  if (input.artefactId) {
    const artefact = (await listArtefacts(ctx.db, [item.id])).find((a) => a.id === input.artefactId);
    if (!artefact?.storageKey) throw notFound('artefact');
    target = { storageKey: artefact.storageKey, sha256: artefact.sha256, mediaType: artefact.mediaType, part: artefact.kind };
  }
  const bytes = evidenceStore(ctx).get(target.storageKey, target.sha256);
  await ctx.db.transaction(async (tx) => {
    await recordCustodyEvent(tx, {
      actor: input.actor,
      action: 'custody.view',
      evidenceId: item.id,
      details: { part: target.part, sha256: target.sha256, reason: input.reason },
    });
    await logAccess(tx, { user: input.actor, recordType: 'evidence', recordId: item.id, action: 'download', reason: input.reason });
  });

  return { bytes, mediaType: target.mediaType, sha256: target.sha256 };
};
