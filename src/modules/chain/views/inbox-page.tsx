import { StaffLayout } from '../../../web/layout.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { visibleText } from '../../../web/visible-text.ts';
import type { View } from '../../../app/view.ts';
import type { Inbox } from '../load-pages.ts';
import { chainText } from '../texts.ts';
import { Day } from './day.tsx';
import type { ShareSection } from '../vocab.ts';
import { type ReferralStatus, AWAITING_ANSWER } from '../referrals/workflow.ts';
import { Table } from './parts.tsx';

const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** /keten: the partner's inbox, or for staff the referrals they sent. */
export const InboxPage = ({ view, data }: { view: View; data: Inbox }) => {
  const t = pick(chainText, view.lang);
  const lateFlag = (answerBy: string, status: string) => ((AWAITING_ANSWER as readonly string[]).includes(status) && answerBy < data.today ? ` (${t.late})` : '');

  return (
    <StaffLayout view={view} title={t.inboxTitle}>
      <h1 class="utrecht-heading-1">{t.inboxTitle}</h1>
      {data.kind === 'partner' ? (
        <>
          <p class="utrecht-paragraph">{t.inboxIntro}</p>
          <h2 class="utrecht-heading-2" id="verwijzingen">
            {t.referralsHeading}
          </h2>
          {data.referrals.length === 0 ? (
            <p class="utrecht-paragraph">{t.noReferrals}</p>
          ) : (
            <Table
              id="inbox-verwijzingen"
              heading={t.referralsHeading}
              head={[t.colReceived, t.colQuestion, t.colStatus, t.colAnswerBy]}
              rows={data.referrals.map((r) => [
                formatDateTime(view.lang, r.createdAt),
                <a class="utrecht-link" href={`/keten/verwijzingen/${r.id}`} data-referral={r.id}>
                  {visibleText(short(r.question))}
                </a>,
                t.status[r.status as ReferralStatus] ?? r.status,
                <>
                  <Day lang={view.lang} day={r.answerBy} />
                  {lateFlag(r.answerBy, r.status)}
                </>,
              ])}
            />
          )}
          <h2 class="utrecht-heading-2" id="gedeeld">
            {t.sharesHeading}
          </h2>
          {data.shares.length === 0 ? (
            <p class="utrecht-paragraph">{t.noShares}</p>
          ) : (
            <Table
              id="inbox-gedeeld"
              heading={t.sharesHeading}
              head={[t.colReason, t.colSections, t.colUntil]}
              rows={data.shares.map((s) => [
                <a class="utrecht-link" href={`/keten/gedeeld/${s.id}`} data-share={s.id}>
                  {visibleText(short(s.reason))}
                </a>,
                s.sections.map((x) => t.section[x as ShareSection] ?? x).join(', '),
                <Day lang={view.lang} day={s.endsOn} />,
              ])}
            />
          )}
          {data.ended.length > 0 ? (
            <>
              <h2 class="utrecht-heading-2" id="beeindigd">
                {t.endedHeading}
              </h2>
              <p class="utrecht-paragraph">{t.endedIntro}</p>
              <ul class="utrecht-unordered-list">
                {data.ended.map((s) => (
                  <li data-ended-share={s.id}>{visibleText(short(s.reason))}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <>
          <h2 class="utrecht-heading-2">{t.sentHeading}</h2>
          {data.sent.length === 0 ? (
            <p class="utrecht-paragraph">{t.noSent}</p>
          ) : (
            <Table
              id="verstuurd"
              heading={t.sentHeading}
              head={[t.colWhen, t.colOrganisation, t.colStatus, t.colAnswerBy]}
              rows={data.sent.map((r) => [
                <a class="utrecht-link" href={`/keten/dossiers/${r.dossierId}#verwijzing-${r.id}`}>
                  {formatDateTime(view.lang, r.createdAt)}
                </a>,
                r.organisation,
                t.status[r.status as ReferralStatus] ?? r.status,
                <>
                  <Day lang={view.lang} day={r.answerBy} />
                  {lateFlag(r.answerBy, r.status)}
                </>,
              ])}
            />
          )}
        </>
      )}
    </StaffLayout>
  );
};
