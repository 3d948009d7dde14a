import type { AppContext } from '../../../app/context.ts';
import { type Actor, recordCustodyEvent } from '../custody.ts';
import { sha256Hex } from '../hash.ts';
import { indexEvidenceIdentifiers } from '../identifier-index/index-evidence-identifiers.ts';
import { EVIDENCE_LIMITS } from '../limits.ts';
import { sniffMediaType } from './media-type.ts';
import { type EvidenceRow, insertEvidenceItem } from '../queries.ts';
import { evidenceStore } from './storage.ts';
import { EvidenceError } from '../texts.ts';
import { vangnetVersion } from '../tool-version.ts';

export type AddEvidenceFileInput = {
  actor: Actor;
  bytes: Uint8Array;
  title: string;
  sourceDescription: string;
  /** The name the file had on the sender's computer: kept as a fact, never used to open it. */
  fileName?: string;
  dossierId?: string | null;
  /** Smaller in tests; never larger than the form allows. */
  maxBytes?: number;
};

/**
 * Adds an uploaded file as evidence. The hash and the UTC time are taken first, from the bytes as
 * received; the type comes from the bytes; the original is stored encrypted and write-once. Nothing
 * is previewed or thumbnailed (DESIGN §3 rule 1): this command never decodes the file.
 */
export const addEvidenceFile = async (ctx: AppContext, input: AddEvidenceFileInput): Promise<EvidenceRow> => {
  const capturedAt = new Date();
  const sha256 = sha256Hex(input.bytes);
  const maxBytes = Math.min(input.maxBytes ?? EVIDENCE_LIMITS.uploadBytes, EVIDENCE_LIMITS.uploadBytes);
  const title = input.title.trim();
  const source = input.sourceDescription.trim();
  if (input.bytes.byteLength === 0) throw new EvidenceError('fileEmpty');
  if (input.bytes.byteLength > maxBytes) throw new EvidenceError('fileTooLarge', [String(Math.floor(maxBytes / 1024 / 1024))]);
  if (!title) throw new EvidenceError('titleMissing');
  if (title.length > EVIDENCE_LIMITS.titleChars) throw new EvidenceError('titleTooLong', [String(EVIDENCE_LIMITS.titleChars)]);
  if (!source) throw new EvidenceError('sourceMissing');
  if (source.length > EVIDENCE_LIMITS.sourceChars) throw new EvidenceError('sourceTooLong', [String(EVIDENCE_LIMITS.sourceChars)]);

  const mediaType = sniffMediaType(input.bytes);
  const store = evidenceStore(ctx);
  const storageKey = store.put(input.bytes);
  let item: EvidenceRow;
  try {
    item = await ctx.db.transaction(async (tx) => {
      const row = await insertEvidenceItem(tx, {
        dossierId: input.dossierId ?? null,
        kind: 'upload',
        title,
        sourceDescription: source,
        addedBy: input.actor.id,
        addedByLabel: input.actor.name,
        capturedAt,
        tool: 'vangnet-upload',
        toolVersion: vangnetVersion(),
        details: input.fileName ? { fileName: input.fileName.slice(0, EVIDENCE_LIMITS.fileNameChars) } : {},
        sha256,
        sizeBytes: input.bytes.byteLength,
        mediaType,
        storageKey,
      });
      await recordCustodyEvent(tx, {
        actor: input.actor,
        action: 'custody.capture',
        evidenceId: row.id,
        details: { kind: 'upload', sha256, size: input.bytes.byteLength, mediaType, capturedAt: capturedAt.toISOString() },
      });

      return row;
    });
  } catch (err) {
    // The row did not commit, so the file it would have pointed to goes too.
    store.remove(storageKey);
    throw err;
  }
  await indexEvidenceIdentifiers(ctx, { evidenceId: item.id, seenAt: capturedAt, fields: [{ field: 'title', text: `${title}\n${source}` }] });

  return item;
};
