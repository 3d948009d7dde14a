/** Why a backup or restore was refused; texts.ts says it in Dutch and English. */
export type BackupProblem =
  | 'fileMissing'
  | 'notBackup'
  | 'wrongKey'
  | 'damaged'
  | 'truncated'
  | 'manifest'
  | 'kindMismatch'
  | 'targetNotEmpty'
  | 'noDatabase'
  | 'inUse'
  | 'passphraseMissing'
  | 'passphraseShort'
  | 'exists'
  | 'insideDataDir'
  | 'fileVanished'
  | 'dumpFailed'
  | 'loadFailed';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    readonly detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
  }
}
