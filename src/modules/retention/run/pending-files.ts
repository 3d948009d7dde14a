import { rmSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../../app/context.ts';
import { deletePendingFiles, selectPendingFiles } from '../queries.ts';

/** A path from a rule must stay inside the data folder (it is built from our own ids, but checked anyway). */
const inside = (dataDir: string, relative: string): string | null => {
  const root = path.resolve(dataDir);
  const file = path.resolve(root, relative);

  return file.startsWith(`${root}${path.sep}`) ? file : null;
};

/**
 * Deletes the files of records whose rows a committed batch deleted, then their list rows. Run after
 * each batch and at the start of every run (a run killed between commit and unlink left some). A
 * file already gone counts as deleted; the list row goes only once the file is gone.
 */
export const removePendingFiles = async (ctx: AppContext): Promise<number> => {
  let removed = 0;
  for (;;) {
    const rows = await selectPendingFiles(ctx.db, 500);
    if (rows.length === 0) return removed;
    const done: string[] = [];
    for (const r of rows) {
      const file = inside(ctx.config.dataDir, r.path);
      if (file) rmSync(file, { force: true });
      done.push(r.path);
    }
    await deletePendingFiles(ctx.db, done);
    removed += done.length;
    if (rows.length < 500) return removed;
  }
};
