import { type FormBody, field } from '../../../app/forms.ts';
import type { ChecklistAnswersJson } from '../schema.ts';
import { ANSWERS, type Answer, type ChecklistTheme, THEMES } from './checklist-content.ts';

export const NOTE_MAX = 1000;

export type ChecklistAnswers = ChecklistAnswersJson;
export type AnswerErrors = Record<string, 'badChoice' | 'noteTooLong'>;

const isAnswer = (v: string): v is Answer => (ANSWERS as readonly string[]).includes(v);

/**
 * Reads one theme's answers from a form: `a_<id>` (yes/partly/no/unknown or empty) and `n_<id>` (note).
 * Always returns what was typed (cut at twice the limit, so the page can show it) and the errors.
 */
export const readThemeAnswers = (theme: ChecklistTheme, body: FormBody): { values: ChecklistAnswers; errors: AnswerErrors } => {
  const values: ChecklistAnswers = {};
  const errors: AnswerErrors = {};
  for (const q of theme.questions) {
    const answer = field(body, `a_${q.id}`).slice(0, 20);
    const note = field(body, `n_${q.id}`).slice(0, NOTE_MAX * 2);
    values[q.id] = { answer, note };
    if (answer && !isAnswer(answer)) errors[`a_${q.id}`] = 'badChoice';
    if (note.length > NOTE_MAX) errors[`n_${q.id}`] = 'noteTooLong';
  }

  return { values, errors };
};

/** Keeps only known questions and valid answers from stored JSON (a draft from an older version, say). */
export const cleanAnswers = (raw: unknown): ChecklistAnswers => {
  const out: ChecklistAnswers = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const theme of THEMES) {
    for (const q of theme.questions) {
      const v = (raw as Record<string, unknown>)[q.id];
      if (!v || typeof v !== 'object') continue;
      const answer = String((v as { answer?: unknown }).answer ?? '');
      const note = String((v as { note?: unknown }).note ?? '').slice(0, NOTE_MAX);
      out[q.id] = { answer: isAnswer(answer) ? answer : '', note };
    }
  }

  return out;
};

export type ThemeSummary = { theme: ChecklistTheme; inOrder: string[]; needsAction: string[]; open: string[] };

/** Per theme: which checks are in order (yes), which need action (partly, no, don't know), which are open. */
export const summarise = (answers: ChecklistAnswers): ThemeSummary[] =>
  THEMES.map((theme) => {
    const s: ThemeSummary = { theme, inOrder: [], needsAction: [], open: [] };
    for (const q of theme.questions) {
      const a = answers[q.id]?.answer ?? '';
      if (a === 'yes') s.inOrder.push(q.id);
      else if (a === 'partly' || a === 'no' || a === 'unknown') s.needsAction.push(q.id);
      else s.open.push(q.id);
    }

    return s;
  });
