import { loadConfig } from '../app/config.ts';
import { openDatabase } from '../db/client.ts';
import { loadAuditKeys, verifyAgainstCheckpoint } from '../modules/audit/cli.ts';

const WHY = {
  hash: 'its content was changed',
  link: 'it does not point to the row before it',
  gap: 'a row is missing before it',
  downgrade: 'it was hashed without the installation key after keyed rows (re-hashed by someone without the key)',
  noKey: 'it is keyed and the audit key file is missing, so it cannot be checked',
  cut: 'it is a signed cut of the chain (where retention deleted older events) whose signature does not hold',
} as const;

/**
 * Exit code 0 when the whole chain holds and nothing the latest signed checkpoint counted is gone;
 * 1 with the first broken row, or the number of rows missing since the checkpoint, otherwise.
 */
export const run = async (): Promise<number> => {
  const config = loadConfig();
  const database = await openDatabase(config);
  const keys = loadAuditKeys(config.auditKeyFile, { create: false });
  const verdict = await verifyAgainstCheckpoint(database.db, { dataDir: config.dataDir, keys });
  await database.close();
  const cp = verdict.checkpoint;
  const since = cp ? `the checkpoint of ${cp.at} (${cp.count} events)` : '';
  if (!keys) console.error(`Audit key file ${config.auditKeyFile} not found: keyed rows and checkpoints cannot be checked.`);
  for (const name of verdict.badSignatures) console.error(`Checkpoint ${name} has a bad signature and was not used.`);
  if (verdict.tableMissing) {
    console.error(`Audit log BROKEN: the audit table cannot be read (dropped?).${cp ? ` ${cp.count} events missing since ${since}.` : ''}`);
    return 1;
  }
  const chain = verdict.chain;
  if (chain && !chain.ok) {
    console.error(`Audit log BROKEN at event #${chain.brokenAt}: ${WHY[chain.reason]}. ${chain.count} events before it are intact.`);
    return 1;
  }
  if (!chain?.ok) return 1;
  if (verdict.missingSinceCheckpoint > 0) {
    console.error(`Audit log BROKEN: ${verdict.missingSinceCheckpoint} events missing since ${since}; the log has ${chain.count}.`);
    return 1;
  }
  if (verdict.checkpointMismatch) {
    console.error(`Audit log BROKEN: event #${cp?.count} no longer has the hash of ${since}: the log was rewritten.`);
    return 1;
  }
  console.log(`Audit log OK: ${chain.count} events, chain unbroken. Hash of the latest event: ${chain.headHash}`);
  if (chain.cutSeq > 0) console.log(`The chain starts after event #${chain.cutSeq}: older events were deleted under the retention rule, behind a signed cut.`);
  const kept = chain.cutSeq > 0 ? `Every event of ${since} after the cut is present and unchanged.` : `All ${cp?.count} events of ${since} are present and unchanged.`;
  console.log(cp ? kept : 'No signed checkpoint yet: run `vangnet audit-checkpoint` (the app writes one every hour).');

  return verdict.badSignatures.length > 0 ? 1 : 0;
};
