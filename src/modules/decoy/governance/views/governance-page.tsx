import type { View } from '../../../../app/view.ts';
import { Alert, CsrfField, type FieldErrors, SubmitButton, TextArea, TextField } from '../../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import type { GovernanceRow } from '../../queries/governance.ts';
import { decoyText } from '../../texts.ts';
import { DecoyNav } from '../../views/decoy-nav.tsx';
import { FormErrors } from '../../views/form-errors.tsx';

const LABELS = {
  nl: {
    title: 'Grondslag van het programma',
    intro: 'De module gaat pas open als een beheerder de grondslag vastlegt en een juridisch toetser (een ander) die goedkeurt. Na de einddatum pauzeert elk lokprofiel en kan niets meer verstuurd worden.',
    purpose: 'Doel (verbonden aan de bescherming van slachtoffers)',
    policeAgreementRef: 'Kenmerk afspraak met politie en OM',
    policeContact: 'Contactpersoon politie',
    notificationChannel: 'Afgesproken meldkanaal',
    dpiaDate: 'Datum DPIA (jjjj-mm-dd)',
    apBasis: 'Vergunning of uitzondering Autoriteit Persoonsgegevens',
    ethicsReview: 'Ethische toets',
    validUntil: 'Geldig tot en met (jjjj-mm-dd)',
    record: 'Vastleggen (daarna goedkeuring door een juridisch toetser)',
    records: 'Vastleggingen',
    approve: 'Goedkeuren',
    reason: 'Reden van goedkeuring',
    awaiting: 'wacht op goedkeuring',
    approvedBy: 'goedgekeurd door',
    valid: 'Geldig en goedgekeurd tot en met',
    none: 'Er is geen geldige grondslag. De module is gesloten.',
    own: 'U legde dit zelf vast; een andere juridisch toetser keurt het goed.',
  },
  en: {
    title: 'The programme’s basis',
    intro: 'The module opens only after an administrator records the basis and a legal reviewer (someone else) approves it. After the end date every decoy pauses and nothing can be sent.',
    purpose: 'Purpose (tied to protecting victims)',
    policeAgreementRef: 'Reference of the agreement with police and prosecution',
    policeContact: 'Police contact',
    notificationChannel: 'Agreed notification channel',
    dpiaDate: 'Date of the DPIA (yyyy-mm-dd)',
    apBasis: 'Dutch DPA permit or exception',
    ethicsReview: 'Ethics review',
    validUntil: 'Valid up to and including (yyyy-mm-dd)',
    record: 'Record (then approval by a legal reviewer)',
    records: 'Records',
    approve: 'Approve',
    reason: 'Reason for approval',
    awaiting: 'awaiting approval',
    approvedBy: 'approved by',
    valid: 'Valid and approved up to and including',
    none: 'There is no valid basis. The module is closed.',
    own: 'You recorded this yourself; another legal reviewer approves it.',
  },
};

export type GovernanceValues = Record<string, string>;

export const GovernancePage = ({
  view,
  records,
  valid,
  names,
  values = {},
  errors = {},
  approveErrors = {},
}: {
  view: View;
  records: GovernanceRow[];
  valid: GovernanceRow | null;
  names: Map<string, string>;
  values?: GovernanceValues;
  errors?: FieldErrors;
  approveErrors?: FieldErrors;
}) => {
  const l = LABELS[view.lang];
  const t = pick(decoyText, view.lang);
  const roles = view.user?.roles ?? [];

  return (
    <StaffLayout view={view} title={l.title}>
      <DecoyNav view={view} />
      <h1 class="utrecht-heading-1">{l.title}</h1>
      <p class="utrecht-paragraph">{l.intro}</p>
      <div id="governance-state" data-open={valid ? 'yes' : 'no'}>
        {valid ? <Alert type="ok">{`${l.valid} ${valid.validUntil}.`}</Alert> : <Alert type="warning">{l.none}</Alert>}
      </div>
      <FormErrors title={t.errorsTitle} errors={approveErrors} />
      <h2 class="utrecht-heading-2">{l.records}</h2>
      <ul class="utrecht-unordered-list" id="governance-records">
        {records.map((r) => (
          <li data-governance={r.id}>
            <p class="utrecht-paragraph">
              {r.policeAgreementRef} — {l.validUntil}: {r.validUntil} — {names.get(r.recordedBy) ?? '?'}, {formatDateTime(view.lang, r.recordedAt)} —{' '}
              {r.approvedBy ? `${l.approvedBy} ${names.get(r.approvedBy) ?? '?'} (${r.approvalReason ?? ''})` : l.awaiting}
            </p>
            {!r.approvedBy && roles.includes('legal_reviewer') ? (
              r.recordedBy === view.user?.id ? (
                <p class="utrecht-paragraph">{l.own}</p>
              ) : (
                <form method="post" action={`/lokprofielen/grondslag/${r.id}/goedkeuren`} novalidate>
                  <CsrfField token={view.csrf} />
                  <TextField name="reason" label={l.reason} value={values.reason} error={approveErrors.reason} />
                  <SubmitButton>{l.approve}</SubmitButton>
                </form>
              )
            ) : null}
          </li>
        ))}
      </ul>
      {roles.includes('admin') ? (
        <form method="post" action="/lokprofielen/grondslag" novalidate>
          <h2 class="utrecht-heading-2">{l.record}</h2>
          <FormErrors title={t.errorsTitle} errors={errors} />
          <CsrfField token={view.csrf} />
          <TextArea name="purpose" label={l.purpose} value={values.purpose} error={errors.purpose} rows={3} />
          <TextField name="policeAgreementRef" label={l.policeAgreementRef} value={values.policeAgreementRef} error={errors.policeAgreementRef} />
          <TextField name="policeContact" label={l.policeContact} value={values.policeContact} error={errors.policeContact} />
          <TextField name="notificationChannel" label={l.notificationChannel} value={values.notificationChannel} error={errors.notificationChannel} />
          <TextField name="dpiaDate" label={l.dpiaDate} value={values.dpiaDate} error={errors.dpiaDate} />
          <TextField name="apBasis" label={l.apBasis} value={values.apBasis} error={errors.apBasis} />
          <TextArea name="ethicsReview" label={l.ethicsReview} value={values.ethicsReview} error={errors.ethicsReview} rows={2} />
          <TextField name="validUntil" label={l.validUntil} value={values.validUntil} error={errors.validUntil} />
          <SubmitButton>{l.record}</SubmitButton>
        </form>
      ) : null}
    </StaffLayout>
  );
};
