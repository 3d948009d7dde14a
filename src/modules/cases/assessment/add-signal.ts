import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { indexDossierText, signalField, signalSeenAt, signalText } from '../identifier-index/index-dossier-text.ts';
import { FormReader } from '../parse.ts';
import { firstPost } from '../dossier/first-post.ts';
import { countSignals, insertSignal } from '../queries/assessment.ts';
import { findSubject } from '../queries/people.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused } from '../result.ts';
import { casesText } from '../texts.ts';
import { LIMITS, SIGNAL_CATEGORIES, SIGNAL_KINDS } from '../vocab.ts';

/** Records one signal: its group, whether it is a fact, observation or interpretation, and its source. */
export const addSignal = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const category = f.choice('groep', SIGNAL_CATEGORIES);
  const kind = f.choice('soort', SIGNAL_KINDS);
  const text = f.text('tekst', LIMITS.longText, { required: t.missingText });
  const source = f.text('bron', LIMITS.shortText, { required: t.missingSource });
  const observedOn = f.date('datum');
  const subjectId = f.text('persoon', 40);
  const subject = subjectId ? await findSubject(ctx.db, access.dossier.id, subjectId) : null;
  if (subjectId && !subject) f.fail('persoon', t.badChoice);
  const token = f.token();
  if (!f.ok) return invalid('signalen', f);
  if ((await countSignals(ctx.db, access.dossier.id)) >= LIMITS.signalsPerDossier) return refused('signalen', f, t.tooMany(LIMITS.signalsPerDossier));

  await ctx.db.transaction(async (tx) => {
    // The same form posted again (a double click, a resubmit): the first post stands.
    if (!(await firstPost(ctx, tx, access.dossier.id, token))) return;
    const row = await insertSignal(tx, { dossierId: access.dossier.id, subjectId: subject?.id ?? null, category, kind, text, source, observedOn, recordedBy: access.actor.id });
    // The signal itself shows in the timeline; the audit log only needs that it was added.
    await recordDossierChange(tx, access.actor, access.dossier.id, 'signal_added', { signal: row.id, category, kind }, { timeline: false });
    await indexDossierText(tx, ctx.logger, { dossierId: access.dossier.id, field: signalField(row.id), text: signalText(row), seenAt: signalSeenAt(row) });
  });

  return done('signalen');
};
