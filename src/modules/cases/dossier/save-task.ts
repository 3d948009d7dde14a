import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { FormReader } from '../parse.ts';
import { firstPost } from './first-post.ts';
import { countTasks, findTask, insertTask, updateTaskIfVersion } from '../queries/tasks-notes.ts';
import { findActiveUser } from '../queries/access.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused } from '../result.ts';
import { casesText } from '../texts.ts';
import { LIMITS } from '../vocab.ts';

export const addTask = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const title = f.text('titel', LIMITS.shortText, { required: t.missingText });
  const assigneeId = f.text('uitvoerder', 40);
  const dueOn = f.date('datum');
  const assignee = assigneeId ? await findActiveUser(ctx.db, assigneeId) : null;
  if (assigneeId && !assignee) f.fail('uitvoerder', t.badChoice);
  const token = f.token();
  if (!f.ok) return invalid('taken', f);
  if ((await countTasks(ctx.db, access.dossier.id)) >= LIMITS.tasksPerDossier) return refused('taken', f, t.tooMany(LIMITS.tasksPerDossier));
  await ctx.db.transaction(async (tx) => {
    // The same form posted again (a double click, a resubmit): the first post stands.
    if (!(await firstPost(ctx, tx, access.dossier.id, token))) return;
    const row = await insertTask(tx, { dossierId: access.dossier.id, title, assigneeId: assignee?.id ?? null, dueOn, createdBy: access.actor.id });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'task_added', { task: row.id }, { timeline: false });
  });

  return done('taken');
};

/** Marks a task done or open again. A second click on a stale page does not undo a colleague's change. */
export const setTaskDone = async (ctx: AppContext, access: DossierAccess, taskId: string, body: FormBody, lang: Lang): Promise<CommandResult | null> => {
  const task = await findTask(ctx.db, access.dossier.id, taskId);
  if (!task) return null;
  const f = new FormReader(body, lang);
  const makeDone = f.checkbox('klaar');
  const version = f.version('versie');

  return ctx.db.transaction(async (tx) => {
    const row = await updateTaskIfVersion(tx, access.dossier.id, taskId, version, makeDone ? { doneAt: new Date(), doneBy: access.actor.id } : { doneAt: null, doneBy: null });
    if (!row) {
      return refused('taken', f, lang === 'en' ? 'A colleague changed this task in the meantime. Look at it again.' : 'Een collega heeft deze taak intussen gewijzigd. Bekijk hem opnieuw.', 400, taskId);
    }
    // "done" shows in the timeline through the task row itself; reopening needs its own line.
    await recordDossierChange(tx, access.actor, access.dossier.id, makeDone ? 'task_done' : 'task_reopened', { task: taskId }, { timeline: !makeDone });

    return done('taken');
  });
};
