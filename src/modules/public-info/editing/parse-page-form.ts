import { type FormBody, field } from '../../../app/forms.ts';
import { fail, ok, problem, type Problem, type Result } from '../../../app/result.ts';
import { LIMITS, type LangContent, type PageContent, parseBlocks } from '../pages/blocks.ts';
import { P } from './texts-problems.ts';

/** What the page editor sends, as typed (cut to a safe length, so a huge paste is not echoed back whole). */
export type PageFormValues = {
  titleNl: string;
  summaryNl: string;
  sourceNl: string;
  titleEn: string;
  summaryEn: string;
  sourceEn: string;
  reason: string;
  basis: string;
  slug: string;
  kind: string;
  codes: string;
};

export type PageInput = { content: PageContent; reason: string; basis: number };

const cut = (value: string, max: number) => value.slice(0, max * 2);

export const readPageForm = (body: FormBody): PageFormValues => ({
  titleNl: cut(field(body, 'titleNl'), LIMITS.title),
  summaryNl: cut(field(body, 'summaryNl'), LIMITS.summary),
  sourceNl: cut(field(body, 'sourceNl'), LIMITS.source),
  titleEn: cut(field(body, 'titleEn'), LIMITS.title),
  summaryEn: cut(field(body, 'summaryEn'), LIMITS.summary),
  sourceEn: cut(field(body, 'sourceEn'), LIMITS.source),
  reason: cut(field(body, 'reason'), LIMITS.reason),
  basis: field(body, 'basis').slice(0, 12),
  slug: field(body, 'slug').slice(0, 120),
  kind: field(body, 'kind').slice(0, 20),
  codes: field(body, 'codes').slice(0, 1000),
});

const checkText = (problems: Problem[], name: string, value: string, max: number, required: boolean) => {
  if (required && value.trim() === '') problems.push(problem('required', P.required, name));
  else if (value.length > max) problems.push(problem('too_long', P.tooLong(max), name));
};

const langContent = (problems: Problem[], lang: 'Nl' | 'En', v: PageFormValues): LangContent => {
  const title = v[`title${lang}`];
  const summary = v[`summary${lang}`];
  const source = v[`source${lang}`];
  checkText(problems, `title${lang}`, title, LIMITS.title, true);
  checkText(problems, `summary${lang}`, summary, LIMITS.summary, false);
  checkText(problems, `source${lang}`, source, LIMITS.source, true);
  const blocks = source.length > LIMITS.source ? [] : parseBlocks(source);
  if (blocks.length > LIMITS.blocks) problems.push(problem('too_many_blocks', P.tooManyBlocks(LIMITS.blocks), `source${lang}`));

  return { title: title.trim(), summary: summary.trim(), source, blocks };
};

/** The editor's form as typed input for save-page-version, or the problems with it. */
export const parsePageForm = (v: PageFormValues): Result<PageInput> => {
  const problems: Problem[] = [];
  const nl = langContent(problems, 'Nl', v);
  const en = langContent(problems, 'En', v);
  checkText(problems, 'reason', v.reason, LIMITS.reason, true);
  const basis = /^[0-9]{1,9}$/.test(v.basis) ? Number(v.basis) : 0;
  if (problems.length > 0) return fail(...problems);

  return ok({ content: { nl, en }, reason: v.reason.trim(), basis });
};

export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;
export const CODE = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$/;

/** Landing path codes typed as "kermis hotel-poster", or the problem with them. */
export const parseCodes = (raw: string): Result<string[]> => {
  const codes = [...new Set(raw.toLowerCase().split(/[\s,]+/).filter(Boolean))];
  if (codes.length > 20 || codes.some((c) => !CODE.test(c))) return fail(problem('bad_code', P.badCode, 'codes'));

  return ok(codes);
};
