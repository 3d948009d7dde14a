import { createHash } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import { detectFileType, MAX_FILE_BYTES, MAX_FILES } from './file-types.ts';
import { insertFile, listDraftFiles, listReportFiles } from '../queries.ts';

export type FileTarget = { draftId: string } | { reportId: string };

export type AddFileResult = { ok: true; id: string } | { ok: false; problem: 'empty' | 'tooLarge' | 'tooMany' | 'badType' };

/**
 * Stores one uploaded file for a draft or a report: type checked on its content, SHA-256 of the
 * original, content and name envelope-encrypted (hard rule 1: encrypted at rest, never previewed).
 */
export const addReportFile = async (
  ctx: AppContext,
  target: FileTarget,
  file: { name: string; content: Buffer; addedBy: 'reporter' | 'staff' },
): Promise<AddFileResult> => {
  if (file.content.length === 0) return { ok: false, problem: 'empty' };
  if (file.content.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooLarge' };
  const existing = 'draftId' in target ? await listDraftFiles(ctx.db, target.draftId) : await listReportFiles(ctx.db, target.reportId);
  if (existing.length >= MAX_FILES) return { ok: false, problem: 'tooMany' };
  const detectedType = detectFileType(file.content);
  if (!detectedType) return { ok: false, problem: 'badType' };
  const row = await insertFile(ctx.db, {
    ...('draftId' in target ? { draftId: target.draftId } : { reportId: target.reportId }),
    nameEnc: ctx.keys.encrypt(file.name.slice(0, 200) || 'bestand'),
    contentEnc: ctx.keys.encrypt(file.content),
    size: file.content.length,
    detectedType,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    addedBy: file.addedBy,
  });

  return { ok: true, id: row.id };
};
