import { loadConfig } from '../app/config.ts';
import { BackupError, bothLanguages, readPassphraseFile, writeBackup } from '../modules/backup/index.ts';
import { parseBackupArgs } from './backup-args.ts';

const USAGE = 'vangnet backup <file> --passphrase-file <file with the passphrase>';

/**
 * `vangnet backup <file>`: database, key files and stored files in one encrypted file (see the
 * README, "Back-ups"). Exit code 0, 1 when refused (the reason in Dutch and English), 2 on bad usage.
 */
export const run = async (args: string[]): Promise<number> => {
  const parsed = parseBackupArgs(args);
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  try {
    const passphrase = readPassphraseFile(parsed.passphraseFile, { forBackup: true });
    const result = await writeBackup(config, { file: parsed.file, passphrase, now: new Date() });
    const mb = (result.bytes / 1e6).toFixed(1);
    console.log(bothLanguages((t) => t.backupDone(result.file, result.files, mb, result.auditEvents)));
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    console.error(bothLanguages((t) => `${t.refusedBackup} ${t.problems[err.problem](err.detail ?? '')}`));
    return 1;
  }
};
