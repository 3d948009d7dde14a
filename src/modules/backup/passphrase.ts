import { readFileSync } from 'node:fs';
import { BackupError } from './backup-error.ts';

export const MIN_PASSPHRASE = 12;

/**
 * The passphrase comes from a file (mode 0600, or a pipe such as /dev/stdin), never from the command
 * line, where every user of the machine could read it in the process list. One trailing newline is
 * not part of it.
 */
export const readPassphraseFile = (file: string | undefined, options: { forBackup: boolean }): string => {
  if (!file) throw new BackupError('passphraseMissing');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new BackupError('fileMissing', file);
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase.length === 0) throw new BackupError('passphraseMissing');
  if (options.forBackup && [...passphrase].length < MIN_PASSPHRASE) throw new BackupError('passphraseShort');

  return passphrase;
};
