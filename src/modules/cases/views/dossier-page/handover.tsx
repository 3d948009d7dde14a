
import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { TextField } from '../fields.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { Alert } from '../../../../web/components/form.tsx';
import { chainHref } from '../../dossier/sections.ts';
import { casesText } from '../../texts.ts';
import { LIMITS } from '../../vocab.ts';
import { errorsFor, FormMessage, formValues, Section } from '../parts.tsx';
import { base, InlineText, type SectionProps } from './shared.tsx';

export const HandoverSection = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const { canEdit, actor } = data.access;
  const isSupervisor = actor.roles.includes('supervisor');
  const v = formValues(form, 'overdracht', undefined, {});

  return (
    <Section id="overdracht" title={t.sectionHandover}>
      {/* The chain's routing advice (its dossierSections hook, page 'overdracht'): which partner fits, with its reasons. */}
      {data.extraSections.map((render) => render(view))}
      <Alert type="info">
        <p class="utrecht-paragraph">
          {t.chainMoved}{' '}
          <a class="utrecht-link" href={chainHref(data.access.dossier.id, 'verwijzingen')}>
            {t.chainLinkText}
          </a>
        </p>
      </Alert>
      <p class="utrecht-paragraph">{t.handoverIntro}</p>
      <FormMessage form={form} section="overdracht" lang={view.lang} />
      <ul class="utrecht-unordered-list">
        {data.handovers.map((h) => (
          <li id={`overdracht-${h.id}`}>
            <strong>{h.recipient}</strong> · {t.requestedBy} {data.names.get(h.requestedBy) ?? ''}, {formatDateTime(view.lang, h.requestedAt)} ·{' '}
            {h.includesReporterIdentity ? t.withIdentity : t.withoutIdentity}
            <FormMessage form={form} section="overdracht" item={h.id} lang={view.lang} />
            {h.approvedAt ? (
              <>
                <p class="utrecht-paragraph">
                  {t.handoverDone(formatDateTime(view.lang, h.approvedAt))} · {t.decidedBy} {data.names.get(h.approvedBy ?? '') ?? ''}
                </p>
                <p class="utrecht-paragraph">
                  {t.packageHash}: <code data-testid="package-hash">{h.packageSha256}</code>
                </p>
                {canEdit ? (
                  <p class="utrecht-paragraph">
                    <a class="utrecht-link" href={`${base(data)}/overdracht/${h.id}/pakket.zip`}>
                      {t.downloadPackage}
                    </a>
                  </p>
                ) : null}
                {h.policeReference ? (
                  <p class="utrecht-paragraph">
                    {t.policeReference}: <strong>{h.policeReference}</strong>
                  </p>
                ) : canEdit ? (
                  <form method="post" action={`${base(data)}/overdracht/${h.id}/referentie`} novalidate>
                    <CsrfField token={view.csrf} />
                    <FormMessage form={form} section="referentie" item={h.id} lang={view.lang} />
                    <InlineText id={`referentie-${h.id}`} name="referentie" label={t.policeReference} />
                    <SubmitButton secondary>{t.saveReference}</SubmitButton>
                  </form>
                ) : null}
              </>
            ) : (
              <>
                <p class="vn-hint">{t.handoverWaiting}</p>
                {isSupervisor && h.requestedBy !== actor.id ? (
                  <form method="post" action={`${base(data)}/overdracht/${h.id}/goedkeuren`} novalidate>
                    <CsrfField token={view.csrf} />
                    <SubmitButton>{t.approveHandover}</SubmitButton>
                  </form>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      <Checklist view={view} data={data} />
      {canEdit ? (
        <form method="post" action={`${base(data)}/overdracht`} novalidate>
          <CsrfField token={view.csrf} />
          <TextField id="overdracht-ontvanger" name="ontvanger" label={t.recipient} hint={t.recipientHint} value={v.ontvanger} maxlength={LIMITS.shortText} error={errorsFor(form, 'overdracht').ontvanger} />
          {data.checklist.some((i) => i.key !== 'approval' && i.state !== 'done') ? <p class="vn-hint">{t.checklistNotReady}</p> : null}
          <SubmitButton>{t.requestHandover}</SubmitButton>
        </form>
      ) : null}
      {canEdit ? (
        <>
          <FormMessage form={form} section="comensha" lang={view.lang} />
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

/** Before the button: what the handover needs, each item with its state and where to fix it. */
const Checklist = ({ view, data }: Pick<SectionProps, 'view' | 'data'>) => {
  const t = pick(casesText, view.lang);

  return (
    <>
      <h3 class="utrecht-heading-3" id="overdracht-nodig">
        {t.checklistTitle}
      </h3>
      <ol class="utrecht-ordered-list vn-checklist" data-testid="handover-checklist">
        {data.checklist.map((item) => (
          <li data-item={item.key} data-state={item.state}>
            <strong>{t.checklistItem[item.key]}</strong>: <span class={`vn-checklist__state vn-checklist__state--${item.state}`}>{t.checklistState[item.state]}</span>
            <br />
            {item.text[view.lang]}
            {data.access.canEdit
              ? item.fixes.map((fix) => (
                  <>
                    {' '}
                    <a class="utrecht-link" href={fix.href}>
                      {fix.label[view.lang]}
                    </a>
                  </>
                ))
              : null}
          </li>
        ))}
      </ol>
    </>
  );
};
