import type { View } from '../../../app/view.ts';
import { ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { IDENTITY_CHECKS, REQUEST_KINDS } from '../requests/kinds.ts';
import type { RequestValues } from '../requests/request-subject.ts';
import { requestText } from '../texts.ts';

type Props = { view: View; values: RequestValues; errors?: FieldErrors };

export const NewPage = ({ view, values, errors = {} }: Props) => {
  const t = pick(requestText, view.lang);

  return (
    <StaffLayout view={view} title={t.newTitle}>
      <h1 class="utrecht-heading-1">{t.newTitle}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      <p class="utrecht-paragraph">{t.newIntro}</p>
      <form method="post" action="/inzageverzoeken" novalidate>
        <CsrfField token={view.csrf} />
        <ChoiceGroup type="radio" name="soort" legend={t.kindLegend} options={REQUEST_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))} selected={[values.kind]} error={errors.soort} />
        <TextField name="naam" label={t.nameLabel} hint={t.nameHint} value={values.name} error={errors.naam} maxlength={200} autocomplete="off" />
        <TextArea name="telefoons" label={t.phonesLabel} hint={t.linesHint} value={values.phones} error={errors.telefoons} rows={3} />
        <TextArea name="emails" label={t.emailsLabel} hint={t.linesHint} value={values.emails} error={errors.emails} rows={3} />
        <TextArea name="accounts" label={t.handlesLabel} hint={t.linesHint} value={values.handles} error={errors.accounts} rows={3} />
        <TextField name="meldnummer" label={t.reportNumberLabel} hint={t.reportNumberHint} value={values.reportNumber} error={errors.meldnummer} maxlength={20} autocomplete="off" />
        <ChoiceGroup type="radio" name="controle" legend={t.identityLegend} options={IDENTITY_CHECKS.map((k) => ({ value: k, label: t.identityChecks[k] }))} selected={[values.identityCheck]} error={errors.controle} />
        <TextArea name="controle_notitie" label={t.identityNoteLabel} hint={t.identityNoteHint} value={values.identityNote} error={errors.controle_notitie} maxlength={2000} rows={3} />
        <TextField name="ontvangen" label={t.receivedLabel} hint={t.receivedHint} value={values.receivedOn} error={errors.ontvangen} maxlength={10} inputmode="numeric" />
        <SubmitButton>{t.register}</SubmitButton>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/inzageverzoeken">
          {t.backToList}
        </a>
      </p>
    </StaffLayout>
  );
};
