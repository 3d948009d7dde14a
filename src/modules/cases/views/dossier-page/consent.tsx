
import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { SelectField, TextArea, TextField } from '../fields.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { CONSENT_GIVERS, CONSENT_METHODS, CONSENT_PURPOSES, EXCEPTION_GROUNDS, LIMITS } from '../../vocab.ts';
import { errorsFor, FormMessage, formValues, labelsFor, options, Section, Fold, isOpen, FormToken } from '../parts.tsx';
import { base, InlineText, type SectionProps } from './shared.tsx';
import { OldShares } from './sharing.tsx';

export const Consent = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { canEdit } = data.access;
  const v = formValues(form, 'toestemming', undefined, { doel: 'police_om', door: 'reporter', wijze: 'spoken', datum: new Date().toISOString().slice(0, 10) });
  const errors = errorsFor(form, 'toestemming');
  const ev = formValues(form, 'uitzondering', undefined, { doel: 'police_om', grond: 'acute_danger' });
  const eErrors = errorsFor(form, 'uitzondering');
  const isSupervisor = data.access.actor.roles.includes('supervisor');
  const notAsked = data.reports.filter((r) => !r.consentAsked).map((r) => r.number);

  return (
    <Section id="toestemming" title={t.sectionConsent}>
      <p class="utrecht-paragraph">{t.consentIntro}</p>
      {notAsked.length > 0 ? (
        <p class="utrecht-paragraph" data-testid="consent-not-asked-note">
          <strong>{t.consentNotAskedNote(notAsked.join(', '))}</strong>
        </p>
      ) : null}
      <h3 class="utrecht-heading-3">{t.canHandOverTitle}</h3>
      <ul class="utrecht-unordered-list" data-testid="can-hand-over">
        {CONSENT_PURPOSES.map((p) => (
          <li>
            <strong>{l.purpose[p]}:</strong> {data.handOver[p]?.ok ? '✔ ' : '✘ '}
            {data.handOver[p]?.reason[view.lang]}
          </li>
        ))}
      </ul>
      <ul class="utrecht-unordered-list">
        {data.consents.map((c) => (
          <li id={`toestemming-${c.id}`}>
            <strong>{l.purpose[c.purpose]}</strong> · {l.givenBy[c.givenBy]}
            {c.givenByName ? ` (${c.givenByName})` : ''} · {l.method[c.method]} · {c.givenOn}
            <p class="utrecht-paragraph vn-pre">{c.scope}</p>
            <p class="vn-hint">
              {c.withdrawnAt ? `${t.withdrawn(formatDateTime(view.lang, c.withdrawnAt))} (${data.names.get(c.withdrawnBy ?? '') ?? ''})${c.withdrawalNote ? `: ${c.withdrawalNote}` : ''}` : t.valid}
            </p>
            {canEdit && !c.withdrawnAt ? (
              <form method="post" action={`${base(data)}/toestemmingen/${c.id}/intrekken`} novalidate>
                <CsrfField token={view.csrf} />
                <FormMessage form={form} section="toestemming" item={c.id} lang={view.lang} />
                <InlineText id={`intrekken-${c.id}`} name="toelichting" label={t.withdrawNote} />
                <SubmitButton secondary>{t.withdraw}</SubmitButton>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <Fold id="toestemming-nieuw" label={t.addConsent} open={isOpen(form, 'toestemming')}>
          <form method="post" action={`${base(data)}/toestemmingen`} novalidate>
            <CsrfField token={view.csrf} />
            <FormMessage form={form} section="toestemming" lang={view.lang} />
            <FormToken form={form} section="toestemming" />
            <SelectField id="toestemming-doel" name="doel" label={t.purpose} options={options(CONSENT_PURPOSES, l.purpose)} value={v.doel} error={errors.doel} />
            <SelectField id="toestemming-door" name="door" label={t.givenBy} hint={t.givenByHint} options={options(CONSENT_GIVERS, l.givenBy)} value={v.door} error={errors.door} />
            <TextField id="toestemming-naam" name="naam" label={t.givenByName} hint={t.givenByNameHint} value={v.naam} maxlength={LIMITS.shortText} error={errors.naam} />
            <SelectField id="toestemming-wijze" name="wijze" label={t.method} options={options(CONSENT_METHODS, l.method)} value={v.wijze} error={errors.wijze} />
            <TextArea id="toestemming-reikwijdte" name="reikwijdte" label={t.scope} hint={t.scopeHint} value={v.reikwijdte} maxlength={LIMITS.longText} rows={3} error={errors.reikwijdte} />
            <TextField id="toestemming-datum" name="datum" type="date" label={t.givenOn} value={v.datum} error={errors.datum} />
            <div class="utrecht-form-field utrecht-form-field--checkbox">
              <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="identiteit" name="identiteit" value="ja" checked={v.identiteit === 'ja'} aria-describedby="identiteit-hint" />{' '}
              <label class="utrecht-form-label utrecht-form-label--checkbox" for="identiteit">
                {t.includeReporter}
              </label>
              <p class="vn-hint" id="identiteit-hint">
                {t.includeReporterHint}
              </p>
            </div>
            <SubmitButton>{t.addConsent}</SubmitButton>
          </form>
        </Fold>
      ) : null}

      <h3 class="utrecht-heading-3" id="uitzonderingen">
        {t.exceptionsTitle}
      </h3>
      <ul class="utrecht-unordered-list">
        {data.exceptions.map((e) => (
          <li id={`uitzondering-${e.id}`}>
            <strong>{l.purpose[e.purpose]}</strong> · {l.ground[e.ground]} · {t.requestedBy} {data.names.get(e.requestedBy) ?? ''}, {formatDateTime(view.lang, e.requestedAt)}
            <p class="utrecht-paragraph vn-pre">{e.reason}</p>
            <p class="vn-hint">
              {e.decision === 'approved' ? t.approved : e.decision === 'refused' ? t.refused : t.waiting}
              {e.decidedBy ? ` · ${t.decidedBy} ${data.names.get(e.decidedBy) ?? ''}${e.decisionNote ? `: ${e.decisionNote}` : ''}` : ''}
            </p>
            {/* Four eyes: the requester gets no form to decide on their own request. */}
            {!e.decision && isSupervisor && e.requestedBy !== data.access.actor.id ? (
              <form method="post" action={`${base(data)}/uitzonderingen/${e.id}/besluit`} novalidate>
                <CsrfField token={view.csrf} />
                <FormMessage form={form} section="besluit" item={e.id} lang={view.lang} />
                <div class="utrecht-form-field">
                  <label class="utrecht-form-label" for={`besluit-${e.id}`}>
                    {t.decision}
                  </label>
                  <select class="utrecht-select utrecht-select--html-select" id={`besluit-${e.id}`} name="besluit">
                    <option value="approved">{t.approve}</option>
                    <option value="refused">{t.refuse}</option>
                  </select>
                </div>
                <InlineText id={`besluit-toelichting-${e.id}`} name="toelichting" label={t.decisionNote} />
                <SubmitButton secondary>{t.decision}</SubmitButton>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <Fold id="uitzondering-nieuw" label={t.requestException} open={isOpen(form, 'uitzondering')}>
          <form method="post" action={`${base(data)}/uitzonderingen`} novalidate>
            <CsrfField token={view.csrf} />
            <FormMessage form={form} section="uitzondering" lang={view.lang} />
            <FormToken form={form} section="uitzondering" />
            <SelectField id="uitzondering-doel" name="doel" label={t.purpose} options={options(CONSENT_PURPOSES, l.purpose)} value={ev.doel} error={eErrors.doel} />
            <SelectField id="uitzondering-grond" name="grond" label={t.ground} options={options(EXCEPTION_GROUNDS, l.ground)} value={ev.grond} error={eErrors.grond} />
            <TextArea id="uitzondering-reden" name="reden" label={t.exceptionReason} hint={t.exceptionReasonHint} value={ev.reden} maxlength={LIMITS.longText} rows={4} error={eErrors.reden} />
            <SubmitButton>{t.requestException}</SubmitButton>
          </form>
        </Fold>
      ) : null}
      <OldShares view={view} data={data} />
    </Section>
  );
};
