import type { AppContext } from '../../app/context.ts';
import {
  findFileBlobs,
  listDraftBlobs,
  listFileIds,
  listFollowUpReceiptBlobs,
  listFormStateBlobs,
  listIdentityBlobs,
  updateDraftBlobs,
  updateFileBlobs,
  updateFollowUpSession,
  updateFormStateBlob,
  updateIdentityBlob,
} from './queries.ts';

/**
 * After `vangnet rotate-key`: re-wraps the data key of every encrypted value of the meldpunt —
 * reporter identities, file names and contents, drafts, form states and not-yet-shown receipts (of new reports and of follow-up sessions) — with the new
 * master key. The data itself is not re-encrypted. Returns how many values were re-wrapped.
 */
export const rewrapIntakeSecrets = async (ctx: AppContext): Promise<number> => {
  let count = 0;
  const rewrap = (blob: string | null): string | null => {
    if (!blob || blob.split('.')[1] === ctx.keys.currentId) return blob;
    count += 1;

    return ctx.keys.rewrap(blob);
  };
  for (const row of await listIdentityBlobs(ctx.db)) {
    const next = rewrap(row.identityEnc);
    if (next && next !== row.identityEnc) await updateIdentityBlob(ctx.db, row.reportId, next);
  }
  // One file at a time: contents can be megabytes each.
  for (const { id } of await listFileIds(ctx.db)) {
    const blobs = await findFileBlobs(ctx.db, id);
    if (!blobs) continue;
    const nameEnc = rewrap(blobs.nameEnc);
    const contentEnc = rewrap(blobs.contentEnc);
    if (nameEnc !== blobs.nameEnc || contentEnc !== blobs.contentEnc) await updateFileBlobs(ctx.db, id, { nameEnc, contentEnc });
  }
  for (const row of await listDraftBlobs(ctx.db)) {
    const dataEnc = rewrap(row.dataEnc) ?? '';
    const receiptEnc = rewrap(row.receiptEnc);
    if (dataEnc !== row.dataEnc || receiptEnc !== row.receiptEnc) await updateDraftBlobs(ctx.db, row.id, { dataEnc, receiptEnc });
  }
  // A changed receipt waiting in a follow-up session to be shown once.
  for (const row of await listFollowUpReceiptBlobs(ctx.db)) {
    const next = rewrap(row.newReceiptEnc);
    if (next !== row.newReceiptEnc) await updateFollowUpSession(ctx.db, row.tokenHash, { newReceiptEnc: next });
  }

  // What a refused form left for the page it redirected to (form-state.ts).
  for (const row of await listFormStateBlobs(ctx.db)) {
    const next = rewrap(row.dataEnc);
    if (next && next !== row.dataEnc) await updateFormStateBlob(ctx.db, row.key, next);
  }

  return count;
};
