import { ChoiceGroup, CsrfField, SelectField, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { StaffLayout } from '../../../web/layout.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { visibleText } from '../../../web/visible-text.ts';
import type { View } from '../../../app/view.ts';
import { addDays } from '../form.ts';
import type { DossierChain } from '../load-pages.ts';
import { chainText } from '../texts.ts';
import { Day } from './day.tsx';
import { LIMITS, SHARE_SECTIONS, type ShareSection } from '../vocab.ts';
import type { ReferralStatus } from '../referrals/workflow.ts';
import { StepTable } from './referral-page.tsx';
import { AdviceList } from './advice-list.tsx';
import { type Failed, errorsOf, one, Problems, Table, valuesOf } from './parts.tsx';

/** /keten/dossiers/:id: the dossier's chain overview with the share and refer forms. */
export const DossierChainPage = ({ view, data, failed }: { view: View; data: DossierChain; failed?: Failed }) => {
  const t = pick(chainText, view.lang);
  const base = `/keten/dossiers/${data.dossier.id}`;
  const sv = valuesOf(failed, 'delen');
  const se = errorsOf(failed, 'delen');
  const rv = valuesOf(failed, 'verwijzen');
  const re = errorsOf(failed, 'verwijzen');
  const picked = Array.isArray(sv.onderdelen) ? sv.onderdelen : ['summary'];
  const title = t.chainTitle(visibleText(data.dossier.title));

  return (
    <StaffLayout view={view} title={title}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/dossiers/${data.dossier.id}`}>
          {t.backToDossier}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t.chainIntro}</p>
      <Problems failed={failed} title={t.errorTitle} />

      <section aria-labelledby="advies-titel" id="advies">
        <h2 class="utrecht-heading-2" id="advies-titel">
          {t.adviceHeading}
        </h2>
        <p class="utrecht-paragraph">{t.adviceIntro}</p>
        {data.hasFacts ? null : <p class="utrecht-paragraph">{t.adviceNoFacts}</p>}
        <AdviceList lang={view.lang} advice={data.advice} />
      </section>

      <h2 class="utrecht-heading-2" id="delen">
        {t.sharesHeading}
      </h2>
      {data.shares.length === 0 ? (
        <p class="utrecht-paragraph">{t.noShares2}</p>
      ) : (
        <Table
          id="delingen"
          heading={t.sharesHeading}
          head={[t.colOrganisation, t.colReason, t.colSections, t.colUntil, t.colStatus, '']}
          rows={data.shares.map(({ share, organisation, live }) => [
            organisation,
            visibleText(share.reason),
            share.sections.map((x) => t.section[x as ShareSection] ?? x).join(', '),
            <Day lang={view.lang} day={share.endsOn} />,
            <span data-share-state={live ? 'live' : 'ended'} data-share-id={share.id}>{live ? t.shareLive : t.shareEnded}</span>,
            live && data.canShare ? (
              <form method="post" action={`${base}/delen/${share.id}/stoppen`}>
                <CsrfField token={view.csrf} />
                <SubmitButton secondary>{t.stopShare}</SubmitButton>
              </form>
            ) : (
              ''
            ),
          ])}
        />
      )}
      {data.canShare ? (
        <>
          <h3 class="utrecht-heading-3">{t.shareHeading}</h3>
          <p class="utrecht-paragraph">{t.shareIntro}</p>
          <form method="post" action={`${base}/delen`} novalidate>
            <CsrfField token={view.csrf} />
            <SelectField name="organisatie" label={t.organisation} options={[{ value: '', label: '—' }, ...data.shareTargets.map((o) => ({ value: o.id, label: o.name }))]} value={one(sv.organisatie)} error={se.organisatie} />
            <TextField name="doel" label={t.shareReason} value={one(sv.doel)} error={se.doel} maxlength={LIMITS.reason} />
            <ChoiceGroup name="onderdelen" legend={t.sections} options={SHARE_SECTIONS.map((s) => ({ value: s, label: t.section[s] }))} selected={picked} error={se.onderdelen} />
            <TextField name="einddatum" type="date" label={t.endsOn} hint={t.endsOnHint} value={one(sv.einddatum) || addDays(data.today, 28)} error={se.einddatum} />
            <SubmitButton>{t.share}</SubmitButton>
          </form>
        </>
      ) : null}

      <h2 class="utrecht-heading-2" id="inzage">
        {t.readsHeading}
      </h2>
      {data.reads.length === 0 ? (
        <p class="utrecht-paragraph">{t.noReads}</p>
      ) : (
        <Table
          id="inzagen"
          heading={t.readsHeading}
          head={[t.colWhen, t.colWho, t.colOrganisation, t.colSections]}
          rows={data.reads.map((r) => [formatDateTime(view.lang, r.at), visibleText(r.userLabel), r.organisation, r.sections.map((x) => t.section[x as ShareSection] ?? x).join(', ')])}
        />
      )}

      <h2 class="utrecht-heading-2" id="verwijzingen">
        {t.referralsHeading}
      </h2>
      {data.referrals.length === 0 ? <p class="utrecht-paragraph">{t.noReferrals2}</p> : null}
      {data.referrals.map(({ referral: r, organisation, steps }) => (
        <section id={`verwijzing-${r.id}`} aria-labelledby={`verwijzing-${r.id}-titel`} data-referral={r.id}>
          <h3 class="utrecht-heading-3" id={`verwijzing-${r.id}-titel`}>
            {organisation}: <span data-status={r.status}>{t.status[r.status as ReferralStatus] ?? r.status}</span>
          </h3>
          <p class="utrecht-paragraph vn-pre">{visibleText(r.question)}</p>
          <p class="utrecht-paragraph">
            {t.colAnswerBy}: <Day lang={view.lang} day={r.answerBy} />
            {r.owner ? ` · ${t.ownerIs}: ${visibleText(r.owner)}` : ''}
            {r.declineReason ? ` · ${t.declinedBecause}: ${visibleText(r.declineReason)}` : ''}
          </p>
          <StepTable view={view} steps={steps} id={`verloop-${r.id}`} />
        </section>
      ))}
      <h3 class="utrecht-heading-3">{t.referHeading}</h3>
      <p class="utrecht-paragraph">{t.referIntro}</p>
      <form method="post" action={`${base}/verwijzingen`} novalidate>
        <CsrfField token={view.csrf} />
        <SelectField name="partner" label={t.organisation} options={[{ value: '', label: '—' }, ...data.referralTargets.map((o) => ({ value: o.id, label: o.name }))]} value={one(rv.partner)} error={re.partner} />
        <TextArea name="vraag" label={t.referQuestion} value={one(rv.vraag)} error={re.vraag} maxlength={LIMITS.question} rows={4} />
        <SubmitButton>{t.refer}</SubmitButton>
      </form>
    </StaffLayout>
  );
};
