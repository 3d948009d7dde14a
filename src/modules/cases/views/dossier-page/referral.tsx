
import { Alert, CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { SelectField, TextField } from '../fields.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { LIMITS } from '../../vocab.ts';
import { REFERRAL_TARGETS, routingAdvice } from '../../handover/refer-dossier.ts';
import { errorsFor, Fold, FormMessage, formValues, isOpen, labelsFor, options, Section } from '../parts.tsx';
import { base, InlineText, type SectionProps } from './shared.tsx';

export const ReferralSection = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { canEdit } = data.access;
  const v = formValues(form, 'doorverwijzing', undefined, { naar: routingAdvice(data.criteria) === 'zvh' ? 'zvh' : 'care' });
  const errors = errorsFor(form, 'doorverwijzing');

  return (
    <Section id="doorverwijzing" title={t.sectionReferral}>
      <p class="utrecht-paragraph">{t.referralIntro}</p>
      <Alert type="info">{routingAdvice(data.criteria) === 'police_om' ? t.adviceCriminal : t.adviceZvh}</Alert>
      <FormMessage form={form} section="doorverwijzing" lang={view.lang} />
      <ul class="utrecht-unordered-list">
        {data.referrals.map((r) => (
          <li id={`doorverwijzing-${r.id}`}>
            <strong>{l.target[r.target]}</strong> · {r.recipient} · {formatDateTime(view.lang, r.createdAt)}
            {r.followUpOn ? ` · ${t.followUpOn} ${r.followUpOn}` : ''}
            {r.feedback ? <p class="utrecht-paragraph vn-pre">{r.feedback}</p> : null}
            {canEdit ? (
              <form method="post" action={`${base(data)}/doorverwijzingen/${r.id}/terugkoppeling`} novalidate>
                <CsrfField token={view.csrf} />
                <FormMessage form={form} section="terugkoppeling" item={r.id} lang={view.lang} />
                <InlineText id={`terugkoppeling-${r.id}`} name="terugkoppeling" label={t.feedback} />
                <SubmitButton secondary>{t.saveFeedback}</SubmitButton>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <>
          <Fold id="doorverwijzing-nieuw" label={t.refer} open={isOpen(form, 'doorverwijzing')}>
            <form method="post" action={`${base(data)}/doorverwijzingen`} novalidate>
              <CsrfField token={view.csrf} />
              <SelectField id="doorverwijzingen-naar" name="naar" label={t.target} options={options(REFERRAL_TARGETS, l.target)} value={v.naar} error={errors.naar} />
              <TextField id="doorverwijzingen-instantie" name="instantie" label={t.recipient} value={v.instantie} maxlength={LIMITS.shortText} error={errors.instantie} />
              <TextField id="doorverwijzingen-opvolgen" name="opvolgen" type="date" label={t.followUpOn} value={v.opvolgen} error={errors.opvolgen} />
              <SubmitButton>{t.refer}</SubmitButton>
            </form>
          </Fold>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${base(data)}/comensha.json`}>
              {t.comenshaExport}
            </a>
          </p>
        </>
      ) : null}
    </Section>
  );
};
