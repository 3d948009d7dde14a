import { type FormBody, field } from '../../../app/forms.ts';
import { type Problem, problem } from '../../../app/result.ts';

export const ACTION_STATUSES = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_LIMITS = { action: 500, owner: 200 } as const;

export type NewAssessmentInput = { year: number; shared: boolean };
export type ActionInput = { questionId: string; action: string; owner: string; dueOn: string | null; status: ActionStatus };

const isIsoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

export const parseNewAssessment = (body: FormBody, thisYear: number): { input?: NewAssessmentInput; problems: Problem[]; values: Record<string, string> } => {
  const values = { jaar: field(body, 'jaar').slice(0, 10), samen: field(body, 'samen').slice(0, 10) };
  const year = Number(values.jaar);
  if (!/^\d{4}$/.test(values.jaar) || year < thisYear - 10 || year > thisYear + 1) {
    return { problems: [problem('bad_year', { nl: `Kies een jaar tussen ${thisYear - 10} en ${thisYear + 1}.`, en: `Choose a year between ${thisYear - 10} and ${thisYear + 1}.` }, 'jaar')], values };
  }

  return { input: { year, shared: values.samen === 'regio' }, problems: [], values };
};

/** An action item from a form; `questionIds` are the questions of the checklist. */
export const parseAction = (body: FormBody, questionIds: readonly string[]): { input?: ActionInput; problems: Problem[]; values: Record<string, string> } => {
  const values = {
    vraag: field(body, 'vraag').slice(0, 20),
    actie: field(body, 'actie').slice(0, ACTION_LIMITS.action * 2),
    eigenaar: field(body, 'eigenaar').slice(0, ACTION_LIMITS.owner * 2),
    klaarOp: field(body, 'klaarOp').slice(0, 20),
    status: field(body, 'status').slice(0, 10) || 'todo',
  };
  const problems: Problem[] = [];
  if (!questionIds.includes(values.vraag)) problems.push(problem('bad_question', { nl: 'Kies de vraag waar de actie bij hoort.', en: 'Choose the question this action belongs to.' }, 'vraag'));
  if (!values.actie) problems.push(problem('required', { nl: 'Schrijf op wat er moet gebeuren.', en: 'Write down what needs to happen.' }, 'actie'));
  else if (values.actie.length > ACTION_LIMITS.action) problems.push(problem('too_long', { nl: `Maak de actie korter: ten hoogste ${ACTION_LIMITS.action} tekens.`, en: `Make the action shorter: at most ${ACTION_LIMITS.action} characters.` }, 'actie'));
  if (!values.eigenaar) problems.push(problem('required', { nl: 'Schrijf op wie de actie uitvoert (een functie of team is genoeg).', en: 'Write down who carries out the action (a role or team is enough).' }, 'eigenaar'));
  else if (values.eigenaar.length > ACTION_LIMITS.owner) problems.push(problem('too_long', { nl: `Maak dit korter: ten hoogste ${ACTION_LIMITS.owner} tekens.`, en: `Make this shorter: at most ${ACTION_LIMITS.owner} characters.` }, 'eigenaar'));
  if (values.klaarOp && !isIsoDate(values.klaarOp)) problems.push(problem('bad_date', { nl: 'Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2026-06-30.', en: 'Write the date as yyyy-mm-dd, for example 2026-06-30.' }, 'klaarOp'));
  if (!(ACTION_STATUSES as readonly string[]).includes(values.status)) problems.push(problem('bad_status', { nl: 'Kies een van de standen.', en: 'Choose one of the states.' }, 'status'));
  if (problems.length > 0) return { problems, values };

  return { input: { questionId: values.vraag, action: values.actie, owner: values.eigenaar, dueOn: values.klaarOp || null, status: values.status as ActionStatus }, problems, values };
};
