import { loadConfig } from '../app/config.ts';
import { openDatabase } from '../db/client.ts';
import { loadAuditKeys, writeCheckpoint } from '../modules/audit/cli.ts';

/** Writes a signed checkpoint of the audit chain to the data folder; exit 1 (and none) when the chain is broken. */
export const run = async (): Promise<number> => {
  const config = loadConfig();
  const database = await openDatabase(config);
  const keys = loadAuditKeys(config.auditKeyFile, { create: true });
  if (!keys) return 1;
  const result = await writeCheckpoint(database.db, { dataDir: config.dataDir, keys, now: new Date() });
  await database.close();
  if (!result.ok) {
    console.error('Audit log BROKEN: no checkpoint written. Run `vangnet verify-audit` for the details.');
    return 1;
  }
  console.log(`Checkpoint written: ${result.checkpoint.count} events, head ${result.checkpoint.headHash}, ${result.file}`);

  return 0;
};
