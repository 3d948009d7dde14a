import type { View } from '../../../app/view.ts';
import { ReceiptCode } from './receipt-code.tsx';
import { ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SubmitButton } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { type DraftAnswers, STEPS, type StepSlug } from '../answers.ts';
import { staffText } from '../triage/staff-texts.ts';
import { formText } from '../texts/texts.ts';
import { SpecField } from './fields.tsx';

/** The steps staff fill in for a caller, all on one page (files are added afterwards by the reporter). */
export const STAFF_STEPS: StepSlug[] = ['wie', 'gevaar', 'wat', 'betrokkenen', 'online', 'waar-wanneer', 'contact', 'toestemming'];

type Props = { view: View; values: DraftAnswers; errors?: FieldErrors; token: string };

export const NewReportPage = ({ view, values, errors = {}, token }: Props) => {
  const t = pick(staffText, view.lang);
  const f = pick(formText, view.lang);
  const channel = typeof values.channel === 'string' ? values.channel : '';
  const urgent = typeof values.urgentReason === 'string' ? values.urgentReason : '';

  return (
    <StaffLayout view={view} title={t.newTitle}>
      <h1 class="utrecht-heading-1">{t.newTitle}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      <p class="utrecht-paragraph">{t.newIntro}</p>
      <form method="post" action="/meldingen/nieuw" novalidate>
        <CsrfField token={view.csrf} />
        <input type="hidden" name="token" value={token} />
        <ChoiceGroup
          name="channel"
          legend={t.channel}
          type="radio"
          options={(['phone', 'email', 'chat'] as const).map((c) => ({ value: c, label: t.channels[c] ?? c }))}
          selected={[channel]}
          error={errors.channel}
        />
        <ChoiceGroup
          name="urgentReason"
          legend={t.urgentReason}
          type="radio"
          options={[
            { value: '', label: t.urgentNone },
            { value: 'minor_at_risk', label: t.alertReason.minor_at_risk ?? '' },
            { value: 'other', label: t.alertReason.other ?? '' },
          ]}
          selected={[urgent]}
        />
        {STAFF_STEPS.map((slug) => (
          <section>
            <h2 class="utrecht-heading-2">{f.steps[slug]}</h2>
            {STEPS[slug].map((spec) => (
              <SpecField t={f} spec={spec} values={values} errors={errors} />
            ))}
          </section>
        ))}
        <SubmitButton>{t.submit}</SubmitButton>
      </form>
    </StaffLayout>
  );
};

/**
 * After filing (Post/Redirect/Get): the receipt once; the same form sent twice says no second report
 * was made; a reload says the receipt was shown once and is not kept.
 */
export const StaffReceiptPage = ({ view, reportId, number, receipt }: { view: View; reportId: string; number: string | null; receipt: string | null }) => {
  const t = pick(staffText, view.lang);

  return (
    <StaffLayout view={view} title={t.receiptTitle}>
      <h1 class="utrecht-heading-1">{t.receiptTitle}</h1>
      {number ? <p class="utrecht-paragraph">{t.reportTitle(number)}</p> : null}
      {receipt ? (
        <>
          <p class="utrecht-paragraph">{t.receiptIntro}</p>
          <p class="utrecht-paragraph">
            <ReceiptCode receipt={receipt} />
          </p>
        </>
      ) : (
        <p class="utrecht-paragraph">{number ? t.alreadyFiled : t.receiptShownOnce}</p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/meldingen/${reportId}`}>
          {t.toReport}
        </a>
      </p>
    </StaffLayout>
  );
};
