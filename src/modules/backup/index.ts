// The public face of the backup module: what src/cli (vangnet backup, vangnet restore) uses.
export { BackupError } from './backup-error.ts';
export type { BackupProblem } from './backup-error.ts';
export { readPassphraseFile } from './passphrase.ts';
export { restoreBackup, verifyBackup } from './restore-backup.ts';
export type { RestoreSummary } from './restore-backup.ts';
export { backupText, bothLanguages } from './texts.ts';
export { writeBackup } from './write-backup.ts';
export type { BackupConfig, BackupSummary } from './write-backup.ts';
export type { Manifest } from './manifest.ts';
