import type { AppContext } from '../../../app/context.ts';
import { listStoredFiles } from '../queries.ts';
import { evidenceStore } from './storage.ts';

/**
 * `vangnet rotate-key` calls this: every evidence file gets its data key wrapped with the new master
 * key. A file that no longer matches its hash (damaged or tampered with) is left exactly as it is and
 * reported, so the rotation finishes for all others and the damage stays visible.
 */
export const rewrapEvidenceFiles = async (ctx: AppContext): Promise<number> => {
  const store = evidenceStore(ctx);
  let count = 0;
  for (const f of await listStoredFiles(ctx.db)) {
    try {
      if (store.rewrap(f.storageKey, f.sha256)) count += 1;
    } catch (err) {
      ctx.logger.error({ storageKey: f.storageKey, err: (err as Error).message }, 'evidence file could not be re-wrapped: it does not match its hash');
    }
  }

  return count;
};
