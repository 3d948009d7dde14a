import type { AppContext } from '../../../app/context.ts';
import type { KeptUntil, KeptUntilQuery } from '../../../app/module.ts';
import { findScheduleLine } from '../load-schedule.ts';
import { selectHeldDossierIds } from '../queries.ts';

const DAY = 24 * 60 * 60 * 1000;

const dayFormat = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }),
};

/**
 * Until when one record is kept, for its page ("Bewaard tot …"): the start of its period plus the
 * period in force, under a legal hold "until the hold is lifted", under "review" the day a person
 * looks at it. One query for the schedule and one for the holds; reads no record. Null for a rule
 * that does not exist (or a record whose period has not started, such as an open report).
 */
export const readKeptUntil = async (ctx: AppContext, q: KeptUntilQuery): Promise<KeptUntil | null> => {
  const line = await findScheduleLine(ctx, q.ruleKey);
  if (!line) return null;
  if (q.dossierId && (await selectHeldDossierIds(ctx.db)).includes(q.dossierId)) {
    return { on: null, held: true, review: false, text: { nl: 'Bewaard zolang de juridische bewaarplicht van het dossier geldt.', en: 'Kept while the legal hold on the dossier lasts.' } };
  }
  if (q.followsDossier) {
    return { on: null, held: false, review: false, text: { nl: 'Bewaard zolang het dossier waar het bij hoort (de bewaartermijn van dat dossier).', en: 'Kept as long as the dossier it belongs to (that dossier’s retention period).' } };
  }
  if (!q.from) return null;
  const on = new Date(q.from.getTime() + line.days * DAY);
  const review = line.action === 'review';
  const nl = dayFormat.nl.format(on);
  const en = dayFormat.en.format(on);

  return {
    on,
    held: false,
    review,
    text: review
      ? { nl: `Bewaard tot ${nl}; daarna beoordeelt een medewerker het (${line.rule.label.nl}).`, en: `Kept until ${en}; then a staff member reviews it (${line.rule.label.en}).` }
      : { nl: `Bewaard tot ${nl} (${line.rule.label.nl}).`, en: `Kept until ${en} (${line.rule.label.en}).` },
  };
};
