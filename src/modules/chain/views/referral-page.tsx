import { Alert, CsrfField, SelectField, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { StaffLayout } from '../../../web/layout.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { visibleText } from '../../../web/visible-text.ts';
import type { View } from '../../../app/view.ts';
import type { openReferral } from '../referrals/answer-referral.ts';
import { chainText } from '../texts.ts';
import { Day, dayText } from './day.tsx';
import { LIMITS } from '../vocab.ts';
import { AWAITING_ANSWER, FEEDBACK_STEPS, isFinished, nextSteps, type ReferralStatus } from '../referrals/workflow.ts';
import { type Failed, errorsOf, one, Problems, Table, valuesOf } from './parts.tsx';

type Data = Awaited<ReturnType<typeof openReferral>>;

/** The partner's page for one referral: the question, its history, and the one next step that fits. */
export const ReferralPage = ({ view, data, failed }: { view: View; data: Data; failed?: Failed }) => {
  const t = pick(chainText, view.lang);
  const r = data.referral;
  const base = `/keten/verwijzingen/${r.id}`;
  const awaiting = (AWAITING_ANSWER as readonly string[]).includes(r.status);
  const feedback = FEEDBACK_STEPS.filter((s) => nextSteps(r.status).includes(s));
  const v = (form: string) => valuesOf(failed, form);
  const e = (form: string) => errorsOf(failed, form);

  return (
    <StaffLayout view={view} title={t.referralTitle}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/keten">
          {t.backToInbox}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{t.referralTitle}</h1>
      <Problems failed={failed} title={t.errorTitle} />
      <dl class="vn-facts">
        <dt>{t.colStatus}</dt>
        <dd data-status={r.status}>{t.status[r.status as ReferralStatus] ?? r.status}</dd>
        <dt>{t.colReceived}</dt>
        <dd>{formatDateTime(view.lang, r.createdAt)}</dd>
        {r.owner ? (
          <>
            <dt>{t.ownerIs}</dt>
            <dd>{visibleText(r.owner)}</dd>
          </>
        ) : null}
        {r.declineReason ? (
          <>
            <dt>{t.declinedBecause}</dt>
            <dd>{visibleText(r.declineReason)}</dd>
          </>
        ) : null}
      </dl>
      <h2 class="utrecht-heading-2">{t.question}</h2>
      <p class="utrecht-paragraph vn-pre">{visibleText(r.question)}</p>
      {awaiting ? (
        <>
          <p class="utrecht-paragraph">{t.answerBy(dayText(view.lang, r.answerBy))}</p>
          {r.remindedAt ? <Alert type="warning">{t.lateNotice}</Alert> : null}
          <form method="post" action={`${base}/aannemen`} novalidate>
            <CsrfField token={view.csrf} />
            <TextField name="eigenaar" label={t.owner} value={one(v('accepteren').eigenaar)} error={e('accepteren').eigenaar} maxlength={LIMITS.owner} />
            <SubmitButton>{t.accept}</SubmitButton>
          </form>
          <form method="post" action={`${base}/afwijzen`} novalidate>
            <CsrfField token={view.csrf} />
            <TextArea name="reden" label={t.declineReason} value={one(v('afwijzen').reden)} error={e('afwijzen').reden} maxlength={LIMITS.reason} rows={3} />
            <SubmitButton secondary>{t.decline}</SubmitButton>
          </form>
        </>
      ) : null}
      {feedback.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t.feedbackHeading}</h2>
          <p class="utrecht-paragraph">{t.feedbackIntro}</p>
          <form method="post" action={`${base}/terugkoppeling`} novalidate>
            <CsrfField token={view.csrf} />
            <SelectField name="stap" label={t.step} options={feedback.map((s) => ({ value: s, label: t.status[s] }))} value={one(v('terugkoppelen').stap)} error={e('terugkoppelen').stap} />
            <TextField name="datum" type="date" label={t.date} value={one(v('terugkoppelen').datum) || data.today} error={e('terugkoppelen').datum} />
            <TextArea name="toelichting" label={t.note} value={one(v('terugkoppelen').toelichting)} error={e('terugkoppelen').toelichting} maxlength={LIMITS.note} rows={3} />
            <SubmitButton>{t.sendFeedback}</SubmitButton>
          </form>
        </>
      ) : null}
      {isFinished(r.status) ? <p class="utrecht-paragraph">{t.finished}</p> : null}
      <h2 class="utrecht-heading-2">{t.history}</h2>
      <StepTable view={view} steps={data.steps} id="verloop" />
    </StaffLayout>
  );
};

export const StepTable = ({ view, steps, id }: { view: View; steps: Data['steps']; id: string }) => {
  const t = pick(chainText, view.lang);
  return (
    <Table
      id={id}
      heading={t.history}
      head={[t.day, t.colStatus, t.colWho, t.note]}
      rows={steps.map((s) => [<Day lang={view.lang} day={s.onDate} />, t.status[s.toStatus as ReferralStatus] ?? s.toStatus, visibleText(s.actorLabel), visibleText(s.note)])}
    />
  );
};
