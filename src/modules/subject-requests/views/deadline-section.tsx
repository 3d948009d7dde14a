import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, type FieldErrors, SubmitButton, TextArea } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { dayOf, deadlineInForce } from '../requests/deadline.ts';
import type { OpenedRequest } from '../requests/open-request.ts';
import { requestText } from '../texts.ts';
import { countdownText } from './deadline-text.tsx';

type Props = { view: View; opened: OpenedRequest; errors?: FieldErrors; reason?: string };

/**
 * The deadline on the request page: the day in force with its countdown, the two-month extension
 * (a step with a reason, possible only within the first month) and, once extended, the reminder to
 * tell the person within the first month — until the privacy officer records that they did.
 */
export const DeadlineSection = ({ view, opened, errors = {}, reason = '' }: Props) => {
  const t = pick(requestText, view.lang);
  const { request } = opened;
  if (request.answeredAt)
    return (
      <p class="utrecht-paragraph" data-testid="deadline">
        {t.answeredOn(dayOf(request.answeredAt))}
      </p>
    );
  const due = deadlineInForce(request);
  const firstMonthOpen = dayOf(view.now) <= request.deadlineOn;

  return (
    <>
      <p class="utrecht-paragraph" data-testid="deadline" id="termijn">
        <strong>{t.deadlineLine(due, countdownText(view, due))}</strong>
      </p>
      {request.extendedDeadlineOn ? (
        <>
          <p class="utrecht-paragraph" data-testid="extension">
            {t.extendedLine(request.extendedAt ? dayOf(request.extendedAt) : '—', request.deadlineOn)}
            {opened.extensionReason}
          </p>
          {request.extensionToldOn ? (
            <p class="utrecht-paragraph" data-testid="told">
              {request.extensionToldOn > request.deadlineOn ? t.toldLate(request.extensionToldOn) : t.told(request.extensionToldOn)}
            </p>
          ) : (
            <div data-testid="tell-reminder">
              <Alert type="warning">{t.tellReminder(request.deadlineOn, countdownText(view, request.deadlineOn))}</Alert>
              <form method="post" action={`/inzageverzoeken/${request.id}/verlenging-gemeld`}>
                <CsrfField token={view.csrf} />
                <SubmitButton secondary>{t.tellButton}</SubmitButton>
              </form>
            </div>
          )}
        </>
      ) : firstMonthOpen ? (
        <section aria-labelledby="verlengen">
          <h2 class="utrecht-heading-2" id="verlengen">
            {t.extendTitle}
          </h2>
          <p class="utrecht-paragraph">{t.extendIntro(request.deadlineOn)}</p>
          <form method="post" action={`/inzageverzoeken/${request.id}/verlengen`} novalidate>
            <CsrfField token={view.csrf} />
            <TextArea name="reden" label={t.extendReasonLabel} hint={t.extendReasonHint} value={reason} error={errors.reden} maxlength={2000} rows={3} />
            <SubmitButton secondary>{t.extendButton}</SubmitButton>
          </form>
        </section>
      ) : (
        <p class="utrecht-paragraph" data-testid="extension">
          {t.extendTooLate(request.deadlineOn)}
        </p>
      )}
    </>
  );
};
