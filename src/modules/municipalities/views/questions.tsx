import type { Lang } from '../../../web/i18n.ts';
import { pick } from '../../../web/i18n.ts';
import type { AnswerErrors, ChecklistAnswers } from '../checklist/answers.ts';
import { NOTE_MAX } from '../checklist/answers.ts';
import { ANSWERS, answerLabels, type ChecklistTheme } from '../checklist/checklist-content.ts';
import { checklistText } from '../texts.ts';

/** What a check question may show beside it: last year's answer, a link to local figures. */
export type QuestionExtras = { previous?: ChecklistAnswers; previousLabel?: string; figureLinks?: Partial<Record<'local' | 'comensha', { href: string; text: string }>> };

export const errorText = (lang: Lang, code: AnswerErrors[string]): string => {
  const t = pick(checklistText, lang);

  return code === 'noteTooLong' ? t.noteTooLong(NOTE_MAX) : t.badChoice;
};

/** The check questions of one theme: four radio buttons and a note each. Works without JavaScript. */
export const QuestionFields = ({ lang, theme, values, errors, extras }: { lang: Lang; theme: ChecklistTheme; values: ChecklistAnswers; errors: AnswerErrors; extras?: QuestionExtras }) => {
  const t = pick(checklistText, lang);

  return (
    <>
      {theme.questions.map((q, i) => {
        const v = values[q.id] ?? { answer: '', note: '' };
        const prev = extras?.previous?.[q.id];
        const link = q.figures ? extras?.figureLinks?.[q.figures] : undefined;
        const aError = errors[`a_${q.id}`];
        const nError = errors[`n_${q.id}`];
        return (
          <fieldset class={`utrecht-form-fieldset vn-check${aError ? ' utrecht-form-fieldset--invalid' : ''}`} id={`a_${q.id}`}>
            <legend class="utrecht-form-fieldset__legend utrecht-form-label">
              {`${i + 1}. ${q.text[lang]}`}
            </legend>
            {aError ? (
              <p class="vn-field-error" id={`a_${q.id}-error`}>
                {errorText(lang, aError)}
              </p>
            ) : null}
            {prev ? (
              <p class="vn-hint">
                {`${extras?.previousLabel ?? ''}: ${prev.answer ? answerLabels[prev.answer as keyof typeof answerLabels]?.[lang] ?? '' : t.noAnswer}${prev.note ? ` — ${prev.note}` : ''}`}
              </p>
            ) : null}
            {link ? (
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href={link.href}>
                  {link.text}
                </a>
              </p>
            ) : null}
            <div class="vn-choices-inline">
              {ANSWERS.map((a) => (
                <div class="vn-choice">
                  <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id={`a_${q.id}-${a}`} name={`a_${q.id}`} value={a} checked={v.answer === a} />{' '}
                  <label class="utrecht-form-label utrecht-form-label--checkbox" for={`a_${q.id}-${a}`}>
                    {answerLabels[a][lang]}
                  </label>
                </div>
              ))}
            </div>
            <div class={`utrecht-form-field${nError ? ' utrecht-form-field--invalid' : ''}`}>
              <label class="utrecht-form-label" for={`n_${q.id}`}>
                {t.note}
              </label>
              {nError ? (
                <p class="vn-field-error" id={`n_${q.id}-error`}>
                  {errorText(lang, nError)}
                </p>
              ) : null}
              <textarea
                class="utrecht-textarea utrecht-textarea--html-textarea"
                id={`n_${q.id}`}
                name={`n_${q.id}`}
                rows={2}
                maxlength={NOTE_MAX}
                aria-invalid={nError ? 'true' : undefined}
                aria-describedby={nError ? `n_${q.id}-error` : undefined}
              >
                {v.note}
              </textarea>
            </div>
          </fieldset>
        );
      })}
    </>
  );
};

/** Why it matters, what to do, links and examples: in a details element, so the page stays short on a phone. */
export const ThemeGuidance = ({ lang, theme }: { lang: Lang; theme: ChecklistTheme }) => {
  const t = pick(checklistText, lang);

  return (
    <>
      <h2 class="utrecht-heading-2">{t.why}</h2>
      <p class="utrecht-paragraph">{theme.why[lang]}</p>
      <h2 class="utrecht-heading-2">{t.advice}</h2>
      <ul class="utrecht-unordered-list">
        {theme.advice.map((a) => (
          <li>{a[lang]}</li>
        ))}
      </ul>
      <details class="vn-details">
        <summary>{t.moreInfo}</summary>
        <ul class="utrecht-unordered-list">
          {theme.links.map((l) => (
            <li>
              <a class="utrecht-link" href={l.href} rel="noreferrer">
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </details>
      <details class="vn-details">
        <summary>{t.examples}</summary>
        <ul class="utrecht-unordered-list">
          {theme.examples.map((e) => (
            <li>{e[lang]}</li>
          ))}
        </ul>
      </details>
    </>
  );
};
