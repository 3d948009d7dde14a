import { loadConfig } from '../app/config.ts';
import { openDatabase } from '../db/client.ts';
import { verifyAuditChain } from '../modules/audit/verify-audit-chain.ts';

/** Exit code 0 when the whole chain holds; 1 and the first broken row otherwise. */
export const run = async (): Promise<number> => {
  const database = await openDatabase(loadConfig());
  const report = await verifyAuditChain(database.db);
  await database.close();
  if (report.ok) {
    console.log(`Audit log OK: ${report.count} events, chain unbroken. Hash of the latest event: ${report.headHash}`);
    return 0;
  }
  const why = { hash: 'its content was changed', link: 'it does not point to the row before it', gap: 'a row is missing before it' }[report.reason];
  console.error(`Audit log BROKEN at event #${report.brokenAt}: ${why}. ${report.count} events before it are intact.`);

  return 1;
};
