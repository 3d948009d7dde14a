import { z } from 'zod';
import { BackupError } from './backup-error.ts';
import type { EntryDigest } from './container.ts';

export const MANIFEST_NAME = 'manifest.json';

const ZEntry = z.object({ name: z.string().min(1).max(4096), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/), mode: z.number().int().min(0).max(0o777) });

/** What a backup holds: every entry with its size and SHA-256, the database kind and the audit head. */
const ZManifest = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), entry: z.string() }),
  audit: z.object({ count: z.number().int().min(0), headHash: z.string().nullable() }),
  entries: z.array(ZEntry),
});

export type Manifest = z.infer<typeof ZManifest>;
export type ManifestEntry = z.infer<typeof ZEntry>;

export const parseManifest = (bytes: Buffer): Manifest => {
  try {
    return ZManifest.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new BackupError('manifest', MANIFEST_NAME);
  }
};

/** Every entry read must be in the manifest, in the same order, with the same size and SHA-256. */
export const checkAgainstManifest = (manifest: Manifest, digests: EntryDigest[]): void => {
  if (digests.length !== manifest.entries.length) throw new BackupError('manifest', `${digests.length} / ${manifest.entries.length}`);
  digests.forEach((d, i) => {
    const m = manifest.entries[i]!;
    if (m.name !== d.name || m.size !== d.size || m.sha256 !== d.sha256) throw new BackupError('manifest', d.name);
  });
  if (!manifest.entries.some((e) => e.name === manifest.database.entry)) throw new BackupError('manifest', manifest.database.entry);
};
