import type { View } from '../../../app/view.ts';
import { pageOf, sectionHref } from '../dossier/sections.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import type { DossierRow, NoteRow, SubjectRow } from '../queries/shared.ts';
import type { FormState } from '../result.ts';
import { casesText } from '../texts.ts';
import { LIMITS, STEP_STATES } from '../vocab.ts';
import { SubjectFields } from './dossier-page/people.tsx';
import { priorityOptions } from './dossier-page/shared.tsx';
import { errorsFor, FormMessage, formValues, Hidden, labelsFor, options, Theirs } from './parts.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';

type ListRow = { id: string; title: string; priority: string; status: string; updatedAt: Date };

export const DossierListPage = ({ view, rows, heading, canCreate }: { view: View; rows: ListRow[]; heading: string; canCreate: boolean }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);

  return (
    <StaffLayout view={view} title={heading}>
      <h1 class="utrecht-heading-1">{heading}</h1>
      {canCreate ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-button-link utrecht-button-link--primary-action" href="/dossiers/nieuw">
            {t.newDossier}
          </a>{' '}
          <a class="utrecht-link" href="/dossiers/zoeken">
            {t.search}
          </a>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.listEmpty}</p>
      ) : (
        <TableRegion label={heading}>
          <table class="utrecht-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.colTitle}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colStatus}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colPriority}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colUpdated}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {rows.map((r) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/dossiers/${r.id}`}>
                      {r.title}
                    </a>
                  </td>
                  <td class="utrecht-table__cell">{l.status[r.status]}</td>
                  <td class="utrecht-table__cell">{l.priority[r.priority]}</td>
                  <td class="utrecht-table__cell">{formatDateTime(view.lang, r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </StaffLayout>
  );
};

export const CreateDossierPage = ({ view, values = {}, errors = {} }: { view: View; values?: Record<string, string>; errors?: FieldErrors }) => {
  const t = pick(casesText, view.lang);

  return (
    <StaffLayout view={view} title={t.createTitle}>
      <div class="vn-narrow">
        <h1 class="utrecht-heading-1">{t.createTitle}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        <p class="utrecht-paragraph">{t.createIntro}</p>
        <form method="post" action="/dossiers" novalidate>
          <CsrfField token={view.csrf} />
          <TextField name="title" label={t.title} hint={t.titleHint} value={values.title} maxlength={LIMITS.title} error={errors.title} />
          <SelectField name="priority" label={t.priority} options={priorityOptions(view.lang)} value={values.priority || 'normal'} error={errors.priority} />
          <TextField name="meldingen" label={t.reportNumbers} hint={t.reportNumbersHint} value={values.meldingen} error={errors.meldingen} />
          <SubmitButton>{t.create}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};

const Back = ({ dossier, anchor }: { dossier: DossierRow; anchor: string }) => (
  <p class="utrecht-paragraph">
    <a class="utrecht-link" href={`${sectionHref(dossier.id, pageOf(anchor))}#${anchor}`}>
      ← {dossier.title}
    </a>
  </p>
);

export const SubjectEditPage = ({ view, dossier, subject, form }: { view: View; dossier: DossierRow; subject: SubjectRow; form?: FormState }) => {
  const t = pick(casesText, view.lang);
  const stored: Record<string, string> = {
    rol: subject.role,
    naam: subject.name,
    aliassen: subject.aliases,
    leeftijd: subject.age == null ? '' : String(subject.age),
    schatting: subject.ageEstimate,
    geslacht: subject.gender,
    plaats: subject.place,
    beschrijving: subject.description,
    versie: String(subject.version),
  };
  const v = formValues(form, 'persoon', subject.id, stored);

  return (
    <StaffLayout view={view} title={t.editPerson}>
      <div class="vn-narrow">
        <Back dossier={dossier} anchor="personen" />
        <h1 class="utrecht-heading-1">{t.editPerson}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errorsFor(form, 'persoon', subject.id)} />
        <FormMessage form={form} section="persoon" item={subject.id} lang={view.lang} />
        <form method="post" action={`/dossiers/${dossier.id}/personen/${subject.id}`} novalidate>
          <CsrfField token={view.csrf} />
          <Hidden name="versie" value={v.versie} />
          <SubjectFields view={view} v={v} errors={errorsFor(form, 'persoon', subject.id)} prefix="persoon" />
          {['rol', 'naam', 'aliassen', 'leeftijd', 'schatting', 'geslacht', 'plaats', 'beschrijving'].map((name) => (
            <Theirs form={form} section="persoon" item={subject.id} name={name} lang={view.lang} />
          ))}
          <SubmitButton>{t.savePerson}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};

export const NoteEditPage = ({ view, dossier, note, form }: { view: View; dossier: DossierRow; note: NoteRow; form?: FormState }) => {
  const t = pick(casesText, view.lang);
  const v = formValues(form, 'notitie', note.id, { tekst: note.body, versie: String(note.version) });

  return (
    <StaffLayout view={view} title={t.editNote}>
      <div class="vn-narrow">
        <Back dossier={dossier} anchor="notities" />
        <h1 class="utrecht-heading-1">{t.editNote}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errorsFor(form, 'notitie', note.id)} />
        <FormMessage form={form} section="notitie" item={note.id} lang={view.lang} />
        <form method="post" action={`/dossiers/${dossier.id}/notities/${note.id}`} novalidate>
          <CsrfField token={view.csrf} />
          <Hidden name="versie" value={v.versie} />
          <TextArea name="tekst" label={t.note} value={v.tekst} maxlength={LIMITS.longText} rows={10} error={errorsFor(form, 'notitie', note.id).tekst} />
          <Theirs form={form} section="notitie" item={note.id} name="tekst" lang={view.lang} />
          <SubmitButton>{t.saveNote}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};

type StepRow = { step: number; state: string; decision: string; who: string; doneOn: string | null; version: number };

export const StepEditPage = ({ view, dossier, step, form }: { view: View; dossier: DossierRow; step: StepRow; form?: FormState }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const item = String(step.step);
  const v = formValues(form, 'plan', item, { stand: step.state, besluit: step.decision, wie: step.who, wanneer: step.doneOn ?? '', versie: String(step.version) });
  const errors = errorsFor(form, 'plan', item);

  return (
    <StaffLayout view={view} title={l.step[item] ?? t.sectionPlan}>
      <div class="vn-narrow">
        <Back dossier={dossier} anchor={`stap-${step.step}`} />
        <h1 class="utrecht-heading-1">{l.step[item]}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        <FormMessage form={form} section="plan" item={item} lang={view.lang} />
        <form method="post" action={`/dossiers/${dossier.id}/stappen/${step.step}`} novalidate>
          <CsrfField token={view.csrf} />
          <Hidden name="stap" value={item} />
          <Hidden name="versie" value={v.versie} />
          <SelectField name="stand" label={t.stepState} options={options(STEP_STATES, l.stepState)} value={v.stand} error={errors.stand} />
          <Theirs form={form} section="plan" item={item} name="stand" lang={view.lang} />
          <TextArea name="besluit" label={t.decision} value={v.besluit} maxlength={LIMITS.longText} rows={6} error={errors.besluit} />
          <Theirs form={form} section="plan" item={item} name="besluit" lang={view.lang} />
          <TextField name="wie" label={t.who} value={v.wie} maxlength={LIMITS.shortText} error={errors.wie} />
          <Theirs form={form} section="plan" item={item} name="wie" lang={view.lang} />
          <TextField name="wanneer" type="date" label={t.when} value={v.wanneer} error={errors.wanneer} />
          <SubmitButton>{t.saveStep}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};

export const MergePage = ({
  view,
  dossier,
  keep,
  gone,
  values = {},
  errors = {},
  stale,
}: {
  view: View;
  dossier: DossierRow;
  keep: SubjectRow;
  gone: SubjectRow;
  values?: Record<string, string>;
  errors?: FieldErrors;
  stale?: boolean;
}) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const describe = (s: SubjectRow) => [s.name || '—', l.role[s.role], s.aliases, s.age != null ? String(s.age) : s.ageEstimate, s.place].filter(Boolean).join(' · ');

  return (
    <StaffLayout view={view} title={t.mergeTitle}>
      <div class="vn-narrow">
        <Back dossier={dossier} anchor="personen" />
        <h1 class="utrecht-heading-1">{t.mergeTitle}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        {stale ? (
          <Alert type="warning">
            <strong>{t.conflictTitle}</strong>
          </Alert>
        ) : null}
        <Alert type="warning">{t.mergeWarning}</Alert>
        <dl class="vn-facts">
          <dt>{t.mergeKeep}</dt>
          <dd>{describe(keep)}</dd>
          <dt>{t.mergeGone}</dt>
          <dd>{describe(gone)}</dd>
        </dl>
        <form method="post" action={`/dossiers/${dossier.id}/personen/samenvoegen?houden=${keep.id}&weg=${gone.id}`} novalidate>
          <CsrfField token={view.csrf} />
          <Hidden name="versie" value={String(gone.version)} />
          <TextArea name="reden" label={t.mergeReason} value={values.reden} maxlength={LIMITS.longText} rows={4} error={errors.reden} />
          <div class={`utrecht-form-field utrecht-form-field--checkbox${errors.bevestig ? ' utrecht-form-field--invalid' : ''}`}>
            {errors.bevestig ? (
              <p class="vn-field-error" id="bevestig-error">
                {errors.bevestig}
              </p>
            ) : null}
            <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="bevestig" name="bevestig" value="ja" checked={values.bevestig === 'ja'} />{' '}
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="bevestig">
              {t.mergeConfirmBox}
            </label>
          </div>
          <SubmitButton>{t.mergeConfirm}</SubmitButton>
        </form>
      </div>
    </StaffLayout>
  );
};
