import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { indexDossierText, noteField } from '../identifier-index/index-dossier-text.ts';
import { FormReader } from '../parse.ts';
import { firstPost } from './first-post.ts';
import { countNotes, findNote, insertNote, updateNoteIfVersion } from '../queries/tasks-notes.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused, stale } from '../result.ts';
import { casesText } from '../texts.ts';
import { LIMITS } from '../vocab.ts';

export const addNote = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const text = f.text('tekst', LIMITS.longText, { required: t.missingText });
  const token = f.token();
  if (!f.ok) return invalid('notities', f);
  if ((await countNotes(ctx.db, access.dossier.id)) >= LIMITS.notesPerDossier) return refused('notities', f, t.tooMany(LIMITS.notesPerDossier));
  await ctx.db.transaction(async (tx) => {
    // The same form posted again (a double click, a resubmit): the first post stands.
    if (!(await firstPost(ctx, tx, access.dossier.id, token))) return;
    const row = await insertNote(tx, { dossierId: access.dossier.id, body: text, authorId: access.actor.id });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'note_added', { note: row.id }, { timeline: false });
    await indexDossierText(tx, ctx.logger, { dossierId: access.dossier.id, field: noteField(row.id), text: row.body, seenAt: row.updatedAt });
  });

  return done('notities');
};

/** Changes a note only if nobody saved it in between; otherwise both texts come back to merge. */
export const updateNote = async (ctx: AppContext, access: DossierAccess, noteId: string, body: FormBody, lang: Lang): Promise<CommandResult | null> => {
  const t = pick(casesText, lang);
  if (!(await findNote(ctx.db, access.dossier.id, noteId))) return null;
  const f = new FormReader(body, lang);
  const text = f.text('tekst', LIMITS.longText, { required: t.missingText });
  const version = f.version('versie');
  if (!f.ok) return invalid('notitie', f, noteId);

  return ctx.db.transaction(async (tx) => {
    const row = await updateNoteIfVersion(tx, access.dossier.id, noteId, version, { body: text, updatedBy: access.actor.id });
    if (!row) {
      const now = await findNote(tx, access.dossier.id, noteId);
      return stale('notitie', f, now ? { tekst: now.body, versie: String(now.version) } : {}, noteId);
    }
    await recordDossierChange(tx, access.actor, access.dossier.id, 'note_changed', { note: noteId });
    await indexDossierText(tx, ctx.logger, { dossierId: access.dossier.id, field: noteField(noteId), text: row.body, seenAt: row.updatedAt });

    return done('notities');
  });
};
