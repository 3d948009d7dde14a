import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordDossierChange } from '../actor.ts';
import { indexDossierText, noteField } from '../identifier-index/index-dossier-text.ts';
import { findNote, updateNoteIfVersion } from '../queries/tasks-notes.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { both } from '../texts-both.ts';
import type { NoteInput } from './parse-note.ts';

/**
 * Changes a note only if nobody saved it since the form was opened (`stale` otherwise: the page
 * shows both texts to merge). `not_found` for a note that is not in this dossier.
 */
export const updateNote = async (ctx: AppContext, access: DossierAccess, noteId: string, input: Pick<NoteInput, 'text' | 'version'>): Promise<Result<{ anchor: string }>> => {
  if (!(await findNote(ctx.db, access.dossier.id, noteId))) return fail(problem('not_found', both((t) => t.noteNotFound)));

  return ctx.db.transaction(async (tx) => {
    const row = await updateNoteIfVersion(tx, access.dossier.id, noteId, input.version, { body: input.text, updatedBy: access.actor.id });
    if (!row) return fail(problem('stale', both((t) => t.conflictTitle)));
    await recordDossierChange(tx, access.actor, access.dossier.id, 'note_changed', { note: noteId });
    await indexDossierText(tx, ctx.logger, { dossierId: access.dossier.id, field: noteField(noteId), text: row.body, seenAt: row.updatedAt });

    return ok({ anchor: 'notities' });
  });
};
