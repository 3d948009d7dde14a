import type { AppContext } from '../../../app/context.ts';
import type { FileMeta } from '../queries.ts';

/** A reporter's file as the reporter sees it in the list: never its content, only what it is. */
export type ShownFile = { id: string; name: string | null; detectedType: string; size: number };

/** Browsers may send a path ("C:\fakepath\chat.png"); the reporter knows the file by its last part. */
const baseName = (name: string): string => (name.split(/[\\/]/).pop() ?? '').trim().slice(0, 80);

/**
 * The reporter's own file list with the names they chose. The name is kept encrypted next to the
 * file (add-report-file.ts) and shown only to the one who holds the draft or the receipt, so they can
 * tell their files apart; a locked file has no name any more and is shown by its type and number.
 */
export const shownFiles = (ctx: AppContext, files: FileMeta[]): ShownFile[] =>
  files.map((f) => {
    let name: string | null = null;
    if (f.nameEnc) {
      try {
        name = baseName(ctx.keys.decryptText(f.nameEnc)) || null;
      } catch {
        name = null;
      }
    }
    // The placeholder we store when the browser gave no name says nothing to the reporter.
    if (name === 'bestand') name = null;

    return { id: f.id, name, detectedType: f.detectedType, size: f.size };
  });
