import type { AppContext } from '../../../app/context.ts';
import type { PackageFile } from './build-signed-package.ts';
import { findEvidenceItems, listArtefacts, type ArtefactRow, type EvidenceRow } from '../queries.ts';
import { evidenceStore } from '../items/storage.ts';

const EXTENSIONS: Record<string, string> = {
  'application/warc': 'warc',
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'text/plain': 'txt',
  'text/html': 'html',
  'application/json': 'json',
  'application/zip': 'zip',
  'video/mp4': 'mp4',
};

const ARTEFACT_NAMES: Record<string, string> = { screenshot: 'screenshot.png', text: 'text.txt', blocked_urls: 'blocked-urls.json' };

const extensionOf = (mediaType: string) => EXTENSIONS[mediaType.split(';')[0]?.trim() ?? ''] ?? 'bin';

/** What a recipient needs to know about an item, next to its files in the package. */
const describe = (item: EvidenceRow, artefacts: ArtefactRow[], folder: string) => ({
  id: item.id,
  dossierId: item.dossierId,
  kind: item.kind,
  title: item.title,
  sourceDescription: item.sourceDescription,
  sourceUrl: item.sourceUrl,
  capturedAt: item.capturedAt.toISOString(),
  addedBy: item.addedByLabel,
  tool: `${item.tool} ${item.toolVersion}`,
  details: item.details,
  original: item.locked
    ? null
    : { path: `${folder}/${item.kind === 'web_capture' ? 'capture.warc' : `original.${extensionOf(item.mediaType)}`}`, sha256: item.sha256, size: item.sizeBytes, mediaType: item.mediaType },
  artefacts: item.locked ? [] : artefacts.map((a) => ({ kind: a.kind, path: `${folder}/${ARTEFACT_NAMES[a.kind] ?? `${a.kind}.bin`}`, sha256: a.sha256, size: a.sizeBytes })),
  locked: item.locked
    ? { at: item.lockedAt?.toISOString() ?? null, decision: item.lockDecision, sha256: item.sha256, note: 'file removed from storage; only its hash and the decision are kept' }
    : null,
});

export type CollectedEvidence = { items: EvidenceRow[]; files: PackageFile[] };

/**
 * The files of evidence items, ready for a signed package: per item a folder with the original, the
 * capture artefacts and item.json, plus pages/pages.jsonl for captured pages (as in WACZ). Every file
 * is decrypted and checked against the hash taken at capture; a mismatch stops the export. Locked
 * items appear with their hash and decision only. Records nothing: the caller records export or
 * handover, with the package hash, in the same step.
 */
export const collectEvidenceFiles = async (ctx: AppContext, evidenceIds: string[]): Promise<CollectedEvidence> => {
  const items = await findEvidenceItems(ctx.db, [...new Set(evidenceIds)]);
  if (items.length !== new Set(evidenceIds).size) throw new Error('an evidence item asked for does not exist');
  const artefacts = await listArtefacts(
    ctx.db,
    items.map((i) => i.id),
  );
  const store = evidenceStore(ctx);
  const files: PackageFile[] = [];
  const pages: string[] = [];
  items.forEach((item, index) => {
    const folder = `evidence/${String(index + 1).padStart(3, '0')}-${item.id}`;
    const own = artefacts.filter((a) => a.evidenceId === item.id);
    const description = describe(item, own, folder);
    files.push({ path: `${folder}/item.json`, bytes: Buffer.from(`${JSON.stringify(description, null, 2)}\n`), mediaType: 'application/json' });
    if (item.locked || !item.storageKey) return;
    if (description.original) files.push({ path: description.original.path, bytes: store.get(item.storageKey, item.sha256), mediaType: item.mediaType });
    for (const a of own) {
      if (!a.storageKey) continue;
      files.push({ path: `${folder}/${ARTEFACT_NAMES[a.kind] ?? `${a.kind}.bin`}`, bytes: store.get(a.storageKey, a.sha256), mediaType: a.mediaType });
    }
    if (item.kind === 'web_capture') {
      pages.push(JSON.stringify({ url: item.sourceUrl, ts: item.capturedAt.toISOString(), title: item.title, evidence: folder }));
    }
  });
  if (pages.length > 0) files.push({ path: 'pages/pages.jsonl', bytes: Buffer.from(`${pages.join('\n')}\n`), mediaType: 'application/x-ndjson' });

  return { items, files };
};
