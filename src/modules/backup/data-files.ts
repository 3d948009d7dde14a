import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BackupError } from './backup-error.ts';

/**
 * The stored files of the data folder: evidence originals, handover packages, signing keys,
 * checkpoints and whatever a later module keeps there. Not the embedded database's own folder (its
 * dump is taken apart), nothing half-written (*.tmp, *.rewrap, *.part), only regular files.
 */
export type DataFile = { rel: string; abs: string; mode: number };

const HALF_WRITTEN = /\.(?:tmp|rewrap|part)$/;

export const listDataFiles = (dataDir: string, options: { under?: string; skip?: (abs: string) => boolean } = {}): DataFile[] => {
  const out: DataFile[] = [];
  const walk = (rel: string) => {
    const abs = path.join(dataDir, rel);
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const childAbs = path.join(dataDir, childRel);
      if (!rel && e.name === 'pglite') continue;
      if (options.skip?.(childAbs)) continue;
      if (e.isDirectory()) walk(childRel);
      else if (e.isFile() && !HALF_WRITTEN.test(e.name)) out.push({ rel: childRel, abs: childAbs, mode: statSync(childAbs).mode & 0o777 });
    }
  };
  walk(options.under ?? '');

  return out;
};

/** A name from the archive, as a path inside the data folder; anything that would leave it is refused. */
export const targetPath = (dataDir: string, rel: string): string => {
  const parts = rel.split('/');
  if (rel.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0'))) throw new BackupError('manifest', rel);
  if (parts[0] === 'pglite') throw new BackupError('manifest', rel);

  return path.join(dataDir, ...parts);
};
