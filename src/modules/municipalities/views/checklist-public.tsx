import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, SubmitButton } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { PublicLayout } from '../../../web/layout.tsx';
import type { AnswerErrors, ChecklistAnswers, ThemeSummary } from '../checklist/answers.ts';
import { type ChecklistTheme, questionById, THEMES } from '../checklist/checklist-content.ts';
import { CHECKLIST_PATH } from '../checklist/draft-session.ts';
import { checklistText } from '../texts.ts';
import { errorText, QuestionFields, ThemeGuidance } from './questions.tsx';

export const ChecklistIntroPage = ({ view }: { view: View }) => {
  const t = pick(checklistText, view.lang);

  return (
    <PublicLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <ol class="utrecht-ordered-list">
        {THEMES.map((theme) => (
          <li>
            <a class="utrecht-link" href={`${CHECKLIST_PATH}/${theme.slug}`}>
              {theme.title[view.lang]}
            </a>
          </li>
        ))}
      </ol>
      <p class="utrecht-paragraph">{t.privacy}</p>
      <p class="utrecht-paragraph">
        <a class="vn-cta" href={`${CHECKLIST_PATH}/${THEMES[0]?.slug ?? ''}`}>
          {t.start}
        </a>
      </p>
      <p class="utrecht-paragraph">{t.withAccount}</p>
    </PublicLayout>
  );
};

export const ChecklistThemePage = ({ view, theme, values, errors }: { view: View; theme: ChecklistTheme; values: ChecklistAnswers; errors: AnswerErrors }) => {
  const t = pick(checklistText, view.lang);
  const index = THEMES.indexOf(theme);
  const isLast = index === THEMES.length - 1;
  const summaryErrors = Object.fromEntries(Object.entries(errors).map(([k, code]) => [k, errorText(view.lang, code)]));

  return (
    <PublicLayout view={view} title={`${theme.title[view.lang]} – ${t.title}`}>
      <p class="vn-hint">{t.themeOf(index + 1, THEMES.length)}</p>
      <h1 class="utrecht-heading-1">{theme.title[view.lang]}</h1>
      <ErrorSummary title={t.errorTitle} errors={summaryErrors} />
      <form method="post" action={`${CHECKLIST_PATH}/${theme.slug}`} novalidate>
        <CsrfField token={view.csrf} />
        <h2 class="utrecht-heading-2">{t.checkTitle}</h2>
        <QuestionFields lang={view.lang} theme={theme} values={values} errors={errors} />
        <SubmitButton>{isLast ? t.saveSummary : t.saveNext}</SubmitButton>
      </form>
      <ThemeGuidance lang={view.lang} theme={theme} />
      <p class="utrecht-paragraph">
        {index > 0 ? (
          <a class="utrecht-link" href={`${CHECKLIST_PATH}/${THEMES[index - 1]?.slug ?? ''}`}>
            {t.back}
          </a>
        ) : null}
        {index > 0 ? ' · ' : ''}
        <a class="utrecht-link" href={`${CHECKLIST_PATH}/overzicht`}>
          {t.toSummary}
        </a>
      </p>
    </PublicLayout>
  );
};

export const SummaryList = ({ view, summary, answers }: { view: View; summary: ThemeSummary[]; answers: ChecklistAnswers }) => {
  const t = pick(checklistText, view.lang);
  const line = (id: string) => {
    const note = answers[id]?.note;
    return (
      <li>
        {questionById(id)?.text[view.lang] ?? id}
        {note ? ` — ${note}` : ''}
      </li>
    );
  };
  const group = (title: string, ids: string[]) => (
    <>
      <h3 class="utrecht-heading-3">{`${title} (${ids.length})`}</h3>
      {ids.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : <ul class="utrecht-unordered-list">{ids.map(line)}</ul>}
    </>
  );

  return (
    <>
      {summary.map((s) => (
        <section aria-labelledby={`thema-${s.theme.slug}`}>
          <h2 class="utrecht-heading-2" id={`thema-${s.theme.slug}`}>
            {s.theme.title[view.lang]}
          </h2>
          {group(t.inOrder, s.inOrder)}
          {group(t.needsAction, s.needsAction)}
          {s.open.length > 0 ? group(t.open, s.open) : null}
          {s.needsAction.length > 0 ? (
            <ul class="utrecht-unordered-list">
              {s.theme.advice.map((a) => (
                <li>{a[view.lang]}</li>
              ))}
            </ul>
          ) : null}
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${CHECKLIST_PATH}/${s.theme.slug}`}>
              {t.change}
            </a>
          </p>
        </section>
      ))}
    </>
  );
};

export const ChecklistSummaryPage = ({ view, summary, answers, saved }: { view: View; summary: ThemeSummary[]; answers: ChecklistAnswers; saved: boolean }) => {
  const t = pick(checklistText, view.lang);

  return (
    <PublicLayout view={view} title={t.summaryTitle}>
      <h1 class="utrecht-heading-1">{t.summaryTitle}</h1>
      {saved ? <Alert type="ok">{t.saved}</Alert> : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${CHECKLIST_PATH}/rapport.pdf`}>
          {t.downloadPdf}
        </a>
        {' · '}
        <a class="utrecht-link" href={`${CHECKLIST_PATH}/antwoorden.csv`}>
          {t.downloadCsv}
        </a>
      </p>
      <SummaryList view={view} summary={summary} answers={answers} />
      <p class="utrecht-paragraph">{t.privacy}</p>
    </PublicLayout>
  );
};
