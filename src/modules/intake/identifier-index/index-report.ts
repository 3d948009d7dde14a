import type { Logger } from 'pino';
import type { Db } from '../../../db/client.ts';
import { recordOccurrences, LIMITS } from '../../identifiers/index.ts';
import { type DraftAnswers, splitLines, text } from '../answers.ts';

/**
 * The answers whose content the reporter gave about the situation, and that go into the identifier
 * index (issue 5 point 2). An allow-list on purpose: the contact step (name, phone, e-mail, when to
 * call) and anything added to the form later stay out until someone decides they belong here, so an
 * occurrence can never say "this is the reporter's number".
 */
export const INDEXED_TEXT_ANSWERS = ['whatHappened', 'victimPlace', 'perpetrators', 'clients', 'onlineOther', 'place', 'when'] as const;

/** The "online" lines; the same values are stored as report_identifiers rows (answers.identifiersFrom). */
export const INDEXED_LINE_ANSWERS = ['phones', 'emails', 'urls', 'handles'] as const;

type Log = Pick<Logger, 'error'>;

/** A town or street from the where/when answer, as the index's place: its first line, cut to size. */
export const placeOf = (answers: DraftAnswers): string | null => {
  const first = splitLines(text(answers, 'place'))[0];

  return first ? first.slice(0, LIMITS.place) : null;
};

/**
 * Indexing runs in its own savepoint: if it fails, the report is still received (losing a report is
 * worse than a missing link) and the failure is logged without content, for a re-index later.
 */
const record = async (db: Db, log: Log, input: Parameters<typeof recordOccurrences>[1]) => {
  try {
    const result = await recordOccurrences(db, input);
    if (!result.ok) log.error({ reportId: input.source.id, field: input.field, reason: result.reason }, 'intake: field not indexed');
  } catch (err) {
    log.error({ reportId: input.source.id, field: input.field, err: (err as Error).message }, 'intake: field not indexed');
  }
};

/**
 * Puts the identifiers of a new report in the index, one source field per answer, inside the
 * transaction that stores the report. `answers` must be the answers without the identity part.
 */
export const indexReportAnswers = async (db: Db, log: Log, report: { id: string; createdAt: Date; answers: DraftAnswers }): Promise<void> => {
  const place = placeOf(report.answers);
  const source = { type: 'report' as const, id: report.id };
  for (const name of INDEXED_TEXT_ANSWERS) {
    const value = text(report.answers, name);
    if (value.trim()) await record(db, log, { source, field: name, text: value, seenAt: report.createdAt, place });
  }
  for (const name of INDEXED_LINE_ANSWERS) {
    const lines = splitLines(text(report.answers, name));
    if (lines.length > 0) await record(db, log, { source, field: name, text: lines.join('\n'), seenAt: report.createdAt, place });
  }
};

/** A message the reporter added later through the follow-up page: its own field of the report. */
export const indexReporterMessage = async (
  db: Db,
  log: Log,
  input: { reportId: string; messageId: string; body: string; at: Date; place: string | null },
): Promise<void> => {
  await record(db, log, { source: { type: 'report', id: input.reportId }, field: `followUp:${input.messageId}`, text: input.body, seenAt: input.at, place: input.place });
};
