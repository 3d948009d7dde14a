import { loadConfig } from '../app/config.ts';
import { createContext } from '../app/start.ts';
import { MODULES } from '../app/modules.ts';
import { recordAuditEvent } from '../modules/audit/chain/record-audit-event.ts';

/** Adds a new master key and re-wraps every stored data key with it. Old keys stay in the file. */
export const run = async (): Promise<number> => {
  const config = { ...loadConfig(), jobs: false };
  const ctx = await createContext(config);
  const id = ctx.keys.rotate();
  let total = 0;
  for (const mod of MODULES) {
    if (mod.rewrapSecrets) total += await mod.rewrapSecrets(ctx);
  }
  await recordAuditEvent(ctx.db, { actor: { userId: null, label: 'cli' }, action: 'settings.master-key.rotated', details: { keyId: id, rewrapped: total } });
  await ctx.database.close();
  console.log(`New master key ${id} is in use; ${total} encrypted values were re-wrapped.`);

  return 0;
};
