import { randomBytes } from 'node:crypto';
import { type FormBody, field } from '../../../app/forms.ts';
import { type Channel, type DraftAnswers, readStep, type StepErrors } from '../answers.ts';
import { STAFF_STEPS } from '../views/new-report.tsx';

export type NewReportInput = {
  channel: Exclude<Channel, 'web'>;
  answers: DraftAnswers;
  urgentReason: 'minor_at_risk' | 'other' | null;
  token: string;
};

/** What the form showed: the typed values (channel and urgency included) and the error codes by field. */
export type NewReportForm = { shown: DraftAnswers; errors: StepErrors & { channel?: { code: 'required' } }; token: string };

const STAFF_CHANNELS = ['phone', 'email', 'chat'] as const;

/**
 * Reads the staff form "Melding voor een beller" (all steps on one page). Never throws; returns the
 * typed input, or the form as typed with its errors so the page can show it again.
 */
export const parseNewReport = (body: FormBody): { ok: true; value: NewReportInput } | { ok: false; form: NewReportForm } => {
  const token = /^[0-9a-f]{32}$/.test(field(body, 'token')) ? field(body, 'token') : randomBytes(16).toString('hex');
  let values: DraftAnswers = {};
  let errors: NewReportForm['errors'] = {};
  for (const slug of STAFF_STEPS) {
    const step = readStep(slug, body);
    values = { ...values, ...step.values };
    errors = { ...errors, ...step.errors };
  }
  const channel = field(body, 'channel');
  const urgentReason = field(body, 'urgentReason');
  if (!(STAFF_CHANNELS as readonly string[]).includes(channel)) errors.channel = { code: 'required' };
  if (Object.keys(errors).length > 0) return { ok: false, form: { shown: { ...values, channel: channel.slice(0, 20), urgentReason: urgentReason.slice(0, 20) }, errors, token } };

  return {
    ok: true,
    value: {
      channel: channel as NewReportInput['channel'],
      answers: values,
      urgentReason: urgentReason === 'minor_at_risk' || urgentReason === 'other' ? urgentReason : null,
      token,
    },
  };
};

/**
 * The typed form as a form body again: a refused form waits as this (form-state.ts, JSON because
 * the signals are a list) and the GET reads it with parseNewReport again, so the page shows the same
 * values and errors on every reload.
 */
export const formBodyOf = (form: NewReportForm): FormBody => ({ ...form.shown, token: form.token });

