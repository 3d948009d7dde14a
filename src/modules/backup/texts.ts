import { catalog } from '../../web/i18n.ts';
import type { BackupProblem } from './backup-error.ts';

/**
 * What `vangnet backup` and `vangnet restore` tell the operator: Dutch first, English second, both
 * printed. A detail (a file name, a count) never holds case content.
 */
export const backupText = catalog({
  nl: {
    refusedBackup: 'Back-up niet gemaakt.',
    refusedRestore: 'Herstel geweigerd. Er is niets veranderd.',
    problems: {
      fileMissing: (d: string) => `Het bestand ${d} bestaat niet of is niet te lezen.`,
      notBackup: () => 'Dit is geen back-up van Vangnet (of het begin van het bestand is beschadigd).',
      wrongKey: () => 'De wachtwoordzin klopt niet bij deze back-up.',
      damaged: () => 'De back-up is beschadigd: een deel is veranderd. Gebruik een andere back-up.',
      truncated: () => 'De back-up is niet compleet: het bestand houdt te vroeg op. Gebruik een andere back-up.',
      manifest: (d: string) => `De back-up klopt niet met haar eigen lijst van bestanden (${d}).`,
      kindMismatch: (d: string) => `Deze back-up is van een andere soort database (${d}). Herstel haar met dezelfde soort: zet DATABASE_URL wel of niet.`,
      targetNotEmpty: (d: string) => `Het doel is niet leeg: ${d}. Herstel alleen in een lege datamap en een lege database.`,
      noDatabase: (d: string) => `Er is geen database om te back-uppen in ${d}.`,
      inUse: (d: string) => `De ingebouwde database in ${d} is in gebruik. Stop Vangnet eerst (of start en stop het eenmaal als het was vastgelopen).`,
      passphraseMissing: () => 'Geef een bestand met de wachtwoordzin: --passphrase-file BESTAND.',
      passphraseShort: () => 'De wachtwoordzin is te kort: gebruik minstens 12 tekens.',
      exists: (d: string) => `Het bestand ${d} bestaat al. Kies een nieuwe naam; een back-up overschrijft niets.`,
      insideDataDir: () => 'Zet de back-up buiten de datamap: anders gaat ze samen met de server verloren.',
      fileVanished: (d: string) => `Het bestand ${d} verdween tijdens de back-up (weggehaald door de bewaartermijn?). Maak de back-up opnieuw.`,
      dumpFailed: (d: string) => `De database kon niet worden gelezen: ${d}`,
      loadFailed: (d: string) => `De database kon niet worden teruggezet: ${d}`,
    } satisfies Record<BackupProblem, (detail: string) => string>,
    backupDone: (file: string, files: number, mb: string, events: number) =>
      `Back-up gemaakt: ${file} (${mb} MB). Database en ${files} bestanden, ${events} auditgebeurtenissen.`,
    restoreVerified: (files: number) => `Back-up gecontroleerd: alle ${files} onderdelen kloppen met de SHA-256 in de lijst.`,
    restoreDone: (where: string) => `Teruggezet in ${where}.`,
    auditOk: (events: number) => `Auditlog in orde: ${events} gebeurtenissen, de keten is onverbroken en klopt met de back-up.`,
    auditBroken: (why: string) => `Let op: het auditlog na herstel klopt niet: ${why}`,
  },
  en: {
    refusedBackup: 'Backup not made.',
    refusedRestore: 'Restore refused. Nothing was changed.',
    problems: {
      fileMissing: (d: string) => `The file ${d} does not exist or cannot be read.`,
      notBackup: () => 'This is not a Vangnet backup (or the start of the file is damaged).',
      wrongKey: () => 'The passphrase does not match this backup.',
      damaged: () => 'The backup is damaged: part of it was changed. Use another backup.',
      truncated: () => 'The backup is incomplete: the file ends too early. Use another backup.',
      manifest: (d: string) => `The backup does not match its own list of files (${d}).`,
      kindMismatch: (d: string) => `This backup is of another kind of database (${d}). Restore it with the same kind: set DATABASE_URL or leave it unset.`,
      targetNotEmpty: (d: string) => `The target is not empty: ${d}. Restore only into an empty data folder and an empty database.`,
      noDatabase: (d: string) => `There is no database to back up in ${d}.`,
      inUse: (d: string) => `The embedded database in ${d} is in use. Stop Vangnet first (or start and stop it once if it had crashed).`,
      passphraseMissing: () => 'Give a file holding the passphrase: --passphrase-file FILE.',
      passphraseShort: () => 'The passphrase is too short: use at least 12 characters.',
      exists: (d: string) => `The file ${d} exists already. Choose a new name; a backup overwrites nothing.`,
      insideDataDir: () => 'Put the backup outside the data folder: otherwise it is lost together with the server.',
      fileVanished: (d: string) => `The file ${d} disappeared during the backup (removed by retention?). Make the backup again.`,
      dumpFailed: (d: string) => `The database could not be read: ${d}`,
      loadFailed: (d: string) => `The database could not be restored: ${d}`,
    },
    backupDone: (file: string, files: number, mb: string, events: number) =>
      `Backup made: ${file} (${mb} MB). Database and ${files} files, ${events} audit events.`,
    restoreVerified: (files: number) => `Backup checked: all ${files} parts match the SHA-256 in the list.`,
    restoreDone: (where: string) => `Restored into ${where}.`,
    auditOk: (events: number) => `Audit log OK: ${events} events, the chain is unbroken and matches the backup.`,
    auditBroken: (why: string) => `Warning: the audit log after the restore does not hold: ${why}`,
  },
});

/** Both languages, Dutch first: a terminal has no language switch. */
export const bothLanguages = (pickText: (t: typeof backupText.nl) => string): string => `${pickText(backupText.nl)}\n${pickText(backupText.en as typeof backupText.nl)}`;
