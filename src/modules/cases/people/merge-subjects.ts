import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { moveMergedOccurrences } from '../identifier-index/index-subject.ts';
import { FormReader } from '../parse.ts';
import { findSubject, insertMerge, listSubjects, moveSignals, updateSubjectIfVersion } from '../queries/people.ts';
import type { SubjectRow } from '../queries/shared.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { casesText } from '../texts.ts';
import { LIMITS } from '../vocab.ts';

export type MergePair = { keep: SubjectRow; gone: SubjectRow };

/** Two different, not yet merged persons of this dossier, or null. */
export const findMergePair = async (ctx: AppContext, dossierId: string, keepId: string, goneId: string): Promise<MergePair | null> => {
  if (keepId === goneId) return null;
  const keep = await findSubject(ctx.db, dossierId, keepId);
  const gone = await findSubject(ctx.db, dossierId, goneId);
  if (!keep || !gone || keep.mergedInto || gone.mergedInto) return null;

  return { keep, gone };
};

export type MergeResult = { ok: true } | { ok: false; values: Record<string, string>; errors: Record<string, string | undefined>; stale?: boolean };

/**
 * Merges two persons after the user read the warning and wrote a reason. The system never does this
 * by itself. The merged person stays (marked `merged_into`); its signals and its identifiers in the
 * index move to the kept person.
 */
export const mergeSubjects = async (ctx: AppContext, access: DossierAccess, pair: MergePair, body: FormBody, lang: Lang): Promise<MergeResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const reason = f.text('reden', LIMITS.longText, { required: t.mergeMissingReason });
  if (!f.checkbox('bevestig')) f.fail('bevestig', t.mergeNotConfirmed);
  const goneVersion = f.version('versie');
  if (!f.ok) return { ok: false, values: f.values, errors: f.errors };

  return ctx.db.transaction(async (tx) => {
    const marked = await updateSubjectIfVersion(tx, access.dossier.id, pair.gone.id, goneVersion, { mergedInto: pair.keep.id });
    if (!marked) return { ok: false, values: f.values, errors: {}, stale: true };
    await moveSignals(tx, pair.gone.id, pair.keep.id);
    // "Where else seen" must not point at a person that no longer stands on its own.
    await moveMergedOccurrences(tx, ctx.logger, await listSubjects(tx, access.dossier.id), pair.keep.id);
    await insertMerge(tx, { dossierId: access.dossier.id, keptId: pair.keep.id, mergedId: pair.gone.id, reason, mergedBy: access.actor.id });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'subjects_merged', { kept: pair.keep.id, merged: pair.gone.id });

    return { ok: true };
  });
};
