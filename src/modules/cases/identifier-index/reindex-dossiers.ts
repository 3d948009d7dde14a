import type { AppContext } from '../../../app/context.ts';
import { forgetSource, selectFieldSeenAt } from '../../identifiers/index.ts';
import { indexDossierText, noteField, SUMMARY_FIELD, signalField, signalSeenAt, signalText } from './index-dossier-text.ts';
import { indexSubject, subjectSource, survivorOf } from './index-subject.ts';
import { findDossier } from '../queries/dossiers.ts';
import { listDossierIdsAfter } from '../queries/handover.ts';
import { listNotes } from '../queries/tasks-notes.ts';
import { listSignals } from '../queries/assessment.ts';
import { listSubjects } from '../queries/people.ts';

const BATCH = 100;

export type ReindexDossiersResult = { dossiers: number; people: number; notes: number; signals: number };

/**
 * Puts every dossier's texts into the identifier index again (`vangnet reindex`): each person (a
 * merged one under the person it was merged into, as merge-subjects.ts does), each note, each signal
 * and the summary, with the same fields and times as when they were saved. Idempotent: a second run
 * finds every occurrence in place, changes nothing and alerts no one. One transaction per dossier.
 */
export const reindexDossiers = async (ctx: AppContext): Promise<ReindexDossiersResult> => {
  const result: ReindexDossiersResult = { dossiers: 0, people: 0, notes: 0, signals: 0 };
  let after: string | null = null;
  for (;;) {
    const ids = await listDossierIdsAfter(ctx.db, after, BATCH);
    if (ids.length === 0) break;
    for (const id of ids) {
      await ctx.db.transaction(async (tx) => {
        const dossier = await findDossier(tx, id);
        if (!dossier) return;
        const people = await listSubjects(tx, id);
        for (const p of people) {
          if (!p.mergedInto) {
            await indexSubject(tx, ctx.logger, p);
          } else {
            await indexSubject(tx, ctx.logger, p, { into: survivorOf(people, p.id) });
            await forgetSource(tx, subjectSource(id, p.id));
          }
        }
        const notes = await listNotes(tx, id);
        for (const { note } of notes) await indexDossierText(tx, ctx.logger, { dossierId: id, field: noteField(note.id), text: note.body, seenAt: note.updatedAt });
        const signals = await listSignals(tx, id);
        for (const { signal } of signals) await indexDossierText(tx, ctx.logger, { dossierId: id, field: signalField(signal.id), text: signalText(signal), seenAt: signalSeenAt(signal) });
        // The summary has no time of its own (the dossier's changes with every edit): keep the time
        // it was first indexed, so a re-index does not make its numbers look newly seen.
        const summarySeen = await selectFieldSeenAt(tx, { type: 'dossier', id }, SUMMARY_FIELD);
        await indexDossierText(tx, ctx.logger, { dossierId: id, field: SUMMARY_FIELD, text: dossier.summary, seenAt: summarySeen ?? dossier.updatedAt });
        result.dossiers += 1;
        result.people += people.length;
        result.notes += notes.length;
        result.signals += signals.length;
      });
    }
    after = ids.at(-1) ?? null;
  }

  return result;
};
