import { loadConfig } from '../app/config.ts';
import { openDatabase } from '../db/client.ts';
import { loadAuditKeys, verifyAgainstCheckpoint } from '../modules/audit/cli.ts';
import { BackupError, bothLanguages, type Manifest, readPassphraseFile, restoreBackup, verifyBackup } from '../modules/backup/index.ts';
import { parseBackupArgs } from './backup-args.ts';

const USAGE = 'vangnet restore <file> --passphrase-file <file with the passphrase> [--check-only]';

/** The restored audit chain: intact, against its checkpoints, and ending where the backup's did. */
const checkAudit = async (manifest: Manifest): Promise<string | null> => {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const keys = loadAuditKeys(config.auditKeyFile, { create: false });
    const verdict = await verifyAgainstCheckpoint(database.db, { dataDir: config.dataDir, keys });
    const chain = verdict.chain;
    if (!verdict.ok || !chain?.ok) {
      if (chain && !chain.ok) return `#${chain.brokenAt} (${chain.reason})`;
      if (verdict.missingSinceCheckpoint > 0) return `${verdict.missingSinceCheckpoint} events missing since the checkpoint of ${verdict.checkpoint?.at}`;
      return verdict.checkpointMismatch ? 'rewritten since its checkpoint' : 'bad checkpoint signature';
    }
    if (chain.count !== manifest.audit.count || (manifest.audit.headHash && chain.headHash !== manifest.audit.headHash)) return `${chain.count} events, the backup had ${manifest.audit.count}`;

    return null;
  } finally {
    await database.close();
  }
};

/**
 * `vangnet restore <file>`: into an empty data folder (and, with DATABASE_URL, an empty database)
 * only. The whole backup is checked before anything is written; a damaged, cut or wrongly keyed one
 * is refused and nothing changes. Afterwards the audit chain is verified. `--check-only` checks the
 * backup and writes nothing. Exit code 0, 1 when refused or the audit chain does not hold, 2 on bad usage.
 */
export const run = async (args: string[]): Promise<number> => {
  const parsed = parseBackupArgs(args, ['--check-only']);
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  let manifest: Manifest;
  try {
    const passphrase = readPassphraseFile(parsed.passphraseFile, { forBackup: false });
    if (parsed.flags.has('--check-only')) {
      manifest = await verifyBackup(parsed.file, passphrase);
      console.log(bothLanguages((t) => t.restoreVerified(manifest.entries.length)));
      return 0;
    }
    const result = await restoreBackup(config, { file: parsed.file, passphrase });
    manifest = result.manifest;
    console.log(bothLanguages((t) => t.restoreVerified(manifest.entries.length)));
    console.log(bothLanguages((t) => t.restoreDone(config.databaseUrl ? `${config.dataDir} + DATABASE_URL` : config.dataDir)));
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    console.error(bothLanguages((t) => `${t.refusedRestore} ${t.problems[err.problem](err.detail ?? '')}`));
    return 1;
  }
  const broken = await checkAudit(manifest);
  if (broken) {
    console.error(bothLanguages((t) => t.auditBroken(broken)));
    return 1;
  }
  console.log(bothLanguages((t) => t.auditOk(manifest.audit.count)));

  return 0;
};
