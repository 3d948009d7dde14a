import type { Problem } from '../../../app/result.ts';
import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import type { MunicipalityActor } from '../access.ts';
import type { AnswerErrors, ChecklistAnswers, ThemeSummary } from '../checklist/answers.ts';
import { municipalityName } from '../../../app/cbs-municipalities.ts';
import { ALL_QUESTIONS, questionById, THEMES } from '../checklist/checklist-content.ts';
import { ACTION_STATUSES } from '../assessments/parse-assessment.ts';
import type { ActionRow, AssessmentRow } from '../queries.ts';
import { staffText } from '../texts-staff.ts';
import { QuestionFields } from './questions.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';

const problemsAsErrors = (problems: readonly Problem[], lang: 'nl' | 'en') => Object.fromEntries(problems.map((p) => [p.field ?? 'fouten', p.message[lang]]));

export const scopeLabel = (lang: 'nl' | 'en', scope: string, actor: MunicipalityActor) => {
  const t = pick(staffText, lang);

  return scope.startsWith('region:') ? t.scopeRegion(scope.slice('region:'.length)) : `${t.scopeOwn} (${municipalityName(actor.cbsCode)})`;
};

export const MunicipalityHomePage = (p: { view: View; actor: MunicipalityActor | null; assessments: AssessmentRow[]; problems: Problem[]; values: Record<string, string> }) => {
  const t = pick(staffText, p.view.lang);
  const lang = p.view.lang;
  const thisYear = p.view.now.getUTCFullYear();
  if (!p.actor) {
    return (
      <StaffLayout view={p.view} title={t.homeTitle}>
        <h1 class="utrecht-heading-1">{t.homeTitle}</h1>
        <Alert type="warning">{t.notSetUp}</Alert>
      </StaffLayout>
    );
  }
  const actor = p.actor;

  return (
    <StaffLayout view={p.view} title={t.homeTitle}>
      <h1 class="utrecht-heading-1">{t.homeTitle}</h1>
      <p class="utrecht-paragraph">{t.yourMunicipality(municipalityName(actor.cbsCode), actor.cbsCode)}</p>
      {actor.region ? <p class="utrecht-paragraph">{t.yourRegion(actor.region)}</p> : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/cijfers">
          {t.figuresLink}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{t.assessments}</h2>
      {p.assessments.length === 0 ? (
        <p class="utrecht-paragraph">{t.noAssessments}</p>
      ) : (
        <TableRegion label={t.assessments}>
          <table class="utrecht-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.year}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.scope}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.version}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {p.assessments.map((a) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/gemeente/beoordelingen/${a.id}`}>
                      {String(a.year)}
                    </a>
                  </td>
                  <td class="utrecht-table__cell">{scopeLabel(lang, a.scope, actor)}</td>
                  <td class="utrecht-table__cell">{String(a.version)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <h2 class="utrecht-heading-2">{t.newTitle}</h2>
      <ErrorSummary title={t.errorTitle} errors={problemsAsErrors(p.problems, lang)} />
      <form method="post" action="/gemeente/beoordelingen" novalidate>
        <CsrfField token={p.view.csrf} />
        <TextField name="jaar" label={t.year} value={p.values.jaar ?? String(thisYear)} inputmode="numeric" maxlength={4} error={p.problems.find((x) => x.field === 'jaar')?.message[lang]} />
        <SelectField
          name="samen"
          label={t.scope}
          value={p.values.samen ?? 'eigen'}
          options={[{ value: 'eigen', label: t.scopeOwn }, ...(actor.region ? [{ value: 'regio', label: t.scopeRegion(actor.region) }] : [])]}
          error={p.problems.find((x) => x.field === 'samen')?.message[lang]}
        />
        <SubmitButton>{t.start}</SubmitButton>
      </form>
    </StaffLayout>
  );
};

export type AssessmentPageProps = {
  view: View;
  actor: MunicipalityActor;
  assessment: AssessmentRow;
  answers: ChecklistAnswers;
  errors: AnswerErrors;
  previous: { year: number; answers: ChecklistAnswers } | null;
  summary: ThemeSummary[];
  actions: ActionRow[];
  versions: { version: number; savedAt: Date }[];
  problems: Problem[];
  actionValues: Record<string, string>;
  notice?: string;
  figureLinks: { local: { href: string; text: string }; comensha: { href: string; text: string } };
};

const ActionFields = ({ lang, prefix, values, problems }: { lang: 'nl' | 'en'; prefix: string; values: Record<string, string>; problems: Problem[] }) => {
  const t = pick(staffText, lang);
  const err = (f: string) => problems.find((x) => x.field === f)?.message[lang];

  return (
    <>
      <TextArea name="actie" label={t.action} value={values.actie} rows={2} maxlength={500} error={err('actie')} />
      <TextField name="eigenaar" label={t.owner} value={values.eigenaar} maxlength={200} error={err('eigenaar')} />
      <TextField name="klaarOp" label={t.due} value={values.klaarOp} maxlength={10} error={err('klaarOp')} />
      <SelectField name="status" label={`${t.status}${prefix}`} value={values.status ?? 'todo'} options={ACTION_STATUSES.map((s) => ({ value: s, label: t.statusLabels[s] }))} error={err('status')} />
    </>
  );
};

export const AssessmentPage = (p: AssessmentPageProps) => {
  const lang = p.view.lang;
  const t = pick(staffText, lang);
  const title = t.assessmentTitle(p.assessment.year, scopeLabel(lang, p.assessment.scope, p.actor));
  const needsAction = new Set(p.summary.flatMap((s) => s.needsAction));
  const questionOptions = ALL_QUESTIONS.map((q) => ({ value: q.id, label: `${needsAction.has(q.id) ? '● ' : ''}${q.text[lang]}` }));

  return (
    <StaffLayout view={p.view} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {p.notice ? <Alert type="ok">{p.notice}</Alert> : null}
      <ErrorSummary title={t.errorTitle} errors={{ ...problemsAsErrors(p.problems, lang) }} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/gemeente/beoordelingen/${p.assessment.id}/rapport.pdf`}>
          {t.pdf}
        </a>
      </p>
      <h2 class="utrecht-heading-2" id="voortgang">{t.progress}</h2>
      {/* Five columns do not fit a phone: the table scrolls on its own, and can get focus to do so. */}
      <TableRegion labelledBy="voortgang">
        <table class="utrecht-table">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{t.theme}</th>
            <th class="utrecht-table__header-cell" scope="col">{t.inOrder}</th>
            <th class="utrecht-table__header-cell" scope="col">{t.needsAction}</th>
            <th class="utrecht-table__header-cell" scope="col">{t.notAnswered}</th>
            <th class="utrecht-table__header-cell" scope="col">{t.actionsDone}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {p.summary.map((s) => {
            const ids = new Set(s.theme.questions.map((q) => q.id));
            const mine = p.actions.filter((a) => ids.has(a.questionId));
            return (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__cell" scope="row">{s.theme.title[lang]}</th>
                <td class="utrecht-table__cell">{String(s.inOrder.length)}</td>
                <td class="utrecht-table__cell">{String(s.needsAction.length)}</td>
                <td class="utrecht-table__cell">{String(s.open.length)}</td>
                <td class="utrecht-table__cell">{`${mine.filter((a) => a.status === 'done').length} / ${mine.length}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </TableRegion>

      <form method="post" action={`/gemeente/beoordelingen/${p.assessment.id}`} novalidate>
        <CsrfField token={p.view.csrf} />
        <input type="hidden" name="versie" value={String(p.assessment.version)} />
        {THEMES.map((theme) => (
          <section aria-labelledby={`thema-${theme.slug}`}>
            <h2 class="utrecht-heading-2" id={`thema-${theme.slug}`}>
              {theme.title[lang]}
            </h2>
            <QuestionFields
              lang={lang}
              theme={theme}
              values={p.answers}
              errors={p.errors}
              extras={{ previous: p.previous?.answers, previousLabel: p.previous ? t.previousYear(p.previous.year) : undefined, figureLinks: p.figureLinks }}
            />
          </section>
        ))}
        <SubmitButton>{t.save}</SubmitButton>
      </form>

      <h2 class="utrecht-heading-2" id="actieplan">{t.plan}</h2>
      {p.actions.length === 0 ? <p class="utrecht-paragraph">{t.noActions}</p> : null}
      {p.actions.map((a, i) => (
        <form method="post" action={`/gemeente/acties/${a.id}`} class="vn-card" novalidate aria-label={`${t.change} ${i + 1}`}>
          <CsrfField token={p.view.csrf} />
          <input type="hidden" name="versie" value={String(a.version)} />
          <input type="hidden" name="vraag" value={a.questionId} />
          <p class="utrecht-paragraph">
            <strong>{`${i + 1}. `}</strong>
            {questionById(a.questionId)?.text[lang] ?? a.questionId}
          </p>
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend utrecht-form-label">{`${t.change} ${i + 1}`}</legend>
            <ActionFieldsFor lang={lang} action={a} index={i} />
          </fieldset>
          <SubmitButton secondary>{t.change}</SubmitButton>
        </form>
      ))}
      <h3 class="utrecht-heading-3">{t.addAction}</h3>
      <form method="post" action={`/gemeente/beoordelingen/${p.assessment.id}/acties`} novalidate>
        <CsrfField token={p.view.csrf} />
        <SelectField name="vraag" label={t.question} value={p.actionValues.vraag} options={questionOptions} error={p.problems.find((x) => x.field === 'vraag')?.message[lang]} />
        <ActionFields lang={lang} prefix="" values={p.actionValues} problems={p.problems} />
        <SubmitButton>{t.addAction}</SubmitButton>
      </form>

      <h2 class="utrecht-heading-2">{t.versions}</h2>
      <ul class="utrecht-unordered-list">
        {p.versions.map((v) => (
          <li>{t.savedAt(v.version, formatDateTime(lang, v.savedAt))}</li>
        ))}
      </ul>
    </StaffLayout>
  );
};

/** One existing action's fields; ids carry the index so several forms on one page stay unique. */
const ActionFieldsFor = ({ lang, action, index }: { lang: 'nl' | 'en'; action: ActionRow; index: number }) => {
  const t = pick(staffText, lang);
  const id = (n: string) => `${n}-${index}`;

  return (
    <>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for={id('actie')}>{t.action}</label>
        <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id={id('actie')} name="actie" rows={2} maxlength={500}>{action.action}</textarea>
      </div>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for={id('eigenaar')}>{t.owner}</label>
        <input class="utrecht-textbox utrecht-textbox--html-input" id={id('eigenaar')} name="eigenaar" value={action.owner} maxlength={200} />
      </div>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for={id('klaarOp')}>{t.due}</label>
        <input class="utrecht-textbox utrecht-textbox--html-input" id={id('klaarOp')} name="klaarOp" value={action.dueOn ?? ''} maxlength={10} />
      </div>
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" for={id('status')}>{t.status}</label>
        <select class="utrecht-select utrecht-select--html-select" id={id('status')} name="status">
          {ACTION_STATUSES.map((s) => (
            <option value={s} selected={s === action.status}>
              {t.statusLabels[s]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
};

export const ProfilesPage = (p: { view: View; rows: { id: string; name: string; cbsCode: string | null; region: string | null }[]; options: readonly { code: string; name: string }[]; problems: Problem[]; failedOrg?: string; values?: Record<string, string>; saved?: boolean }) => {
  const lang = p.view.lang;
  const t = pick(staffText, lang);

  return (
    <StaffLayout view={p.view} title={t.adminTitle}>
      <h1 class="utrecht-heading-1">{t.adminTitle}</h1>
      {p.saved ? <Alert type="ok">{t.profileSaved}</Alert> : null}
      <ErrorSummary title={t.errorTitle} errors={problemsAsErrors(p.problems, lang)} />
      <p class="utrecht-paragraph">{t.adminIntro}</p>
      {p.rows.length === 0 ? <p class="utrecht-paragraph">{t.noMunicipalities}</p> : null}
      {p.rows.map((r, i) => {
        const failed = p.failedOrg === r.id;
        const code = failed ? (p.values?.code ?? '') : (r.cbsCode ?? '');
        const region = failed ? (p.values?.regio ?? '') : (r.region ?? '');
        return (
          <form method="post" action={`/beheer/gemeenten/${r.id}`} class="vn-card" novalidate>
            <CsrfField token={p.view.csrf} />
            <h2 class="utrecht-heading-2">{r.name}</h2>
            <div class="utrecht-form-field">
              <label class="utrecht-form-label" for={`code-${i}`}>{t.code}</label>
              <select class="utrecht-select utrecht-select--html-select" id={`code-${i}`} name="code">
                <option value="">{t.choose}</option>
                {p.options.map((o) => (
                  <option value={o.code} selected={o.code === code}>
                    {`${o.name} (${o.code})`}
                  </option>
                ))}
              </select>
            </div>
            <div class="utrecht-form-field">
              <label class="utrecht-form-label" for={`regio-${i}`}>{t.region}</label>
              <input class="utrecht-textbox utrecht-textbox--html-input" id={`regio-${i}`} name="regio" value={region} maxlength={100} />
            </div>
            <SubmitButton>{t.saveProfile}</SubmitButton>
          </form>
        );
      })}
    </StaffLayout>
  );
};
