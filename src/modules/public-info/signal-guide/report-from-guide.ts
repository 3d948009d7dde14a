import type { AppContext } from '../../../app/context.ts';
import { ok, type Result } from '../../../app/result.ts';
import type { Lang } from '../../../web/i18n.ts';
import { type Draft, saveDraftAnswers } from '../../intake/index.ts';
import { groupsOf, signalByCode } from './signal-list.ts';

export type GuideReportInput = { codes: string[]; lang: Lang };

/** The report draft of this browser: the one it has (read by the route), or a new one (the route's cookie). */
export type DraftSession = { existing: Draft | null; start: () => Promise<Draft> };

/**
 * "Melden" from the signal guide: the only moment the guide stores anything. The ticked signals go
 * into the browser's report draft — their groups as the form's signals, their words at the top of
 * "what happened" unless something was typed there already — and the reporter can still change all
 * of it on every page of the form.
 */
export const reportFromGuide = async (ctx: AppContext, input: GuideReportInput, session: DraftSession): Promise<Result<{ draftId: string }>> => {
  const draft = session.existing && !session.existing.submittedReportId ? session.existing : await session.start();
  const before = Array.isArray(draft.answers.signals) ? draft.answers.signals : [];
  const signals = [...new Set([...before, ...groupsOf(input.codes)])];
  const lines = input.codes.map((c) => signalByCode(c)?.signal[input.lang]).filter(Boolean);
  const typed = typeof draft.answers.whatHappened === 'string' ? draft.answers.whatHappened : '';
  const intro = input.lang === 'en' ? 'Signals I saw (from the signal guide):' : 'Signalen die ik zag (uit de signalenwijzer):';
  const whatHappened = typed || (lines.length > 0 ? `${intro}\n${lines.map((l) => `- ${l}`).join('\n')}\n\n` : '');
  await saveDraftAnswers(ctx, draft, { ...draft.answers, signals, whatHappened });

  return ok({ draftId: draft.id });
};
