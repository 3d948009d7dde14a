import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordDossierChange } from '../actor.ts';
import { indexDossierText, noteField } from '../identifier-index/index-dossier-text.ts';
import { countNotes, insertNote } from '../queries/tasks-notes.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { both } from '../texts-both.ts';
import { LIMITS } from '../vocab.ts';
import { firstPost } from './first-post.ts';
import type { NoteInput } from './parse-note.ts';

/** Adds a note to the dossier, audited, its text in the identifier index. Answers with the anchor it lands at. */
export const addNote = async (ctx: AppContext, access: DossierAccess, input: Pick<NoteInput, 'text' | 'token'>): Promise<Result<{ anchor: string }>> => {
  if ((await countNotes(ctx.db, access.dossier.id)) >= LIMITS.notesPerDossier) {
    return fail(problem('too_many', both((t) => t.tooMany(LIMITS.notesPerDossier))));
  }
  await ctx.db.transaction(async (tx) => {
    // The same form posted again (a double click, a resubmit): the first post stands.
    if (!(await firstPost(ctx, tx, access.dossier.id, input.token))) return;
    const row = await insertNote(tx, { dossierId: access.dossier.id, body: input.text, authorId: access.actor.id });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'note_added', { note: row.id }, { timeline: false });
    await indexDossierText(tx, ctx.logger, { dossierId: access.dossier.id, field: noteField(row.id), text: row.body, seenAt: row.updatedAt });
  });

  return ok({ anchor: 'notities' });
};
