import { type FormBody, field } from '../../../app/forms.ts';

export const MAX_MESSAGE_LENGTH = 10_000;

export type TypedMessage = { at: Date | null; atText: string; platformMessageId: string; text: string };

/** "2027-03-02T14:05" or "2027-03-02 14:05[:ss]", read as UTC (the form says so). */
export const parseUtc = (value: string): Date | null => {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)Z?$/.exec(value.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2]?.length === 5 ? `${m[2]}:00` : m[2]}Z`);

  return Number.isNaN(d.getTime()) ? null : d;
};

/** One typed or pasted message: time (UTC), platform message id and text, kept as typed for re-display. */
export const parseTypedMessage = (body: FormBody): TypedMessage => {
  const atText = field(body, 'at').slice(0, 40);

  return { at: parseUtc(atText), atText, platformMessageId: field(body, 'platformMessageId').slice(0, 300), text: field(body, 'text').slice(0, MAX_MESSAGE_LENGTH * 2) };
};
