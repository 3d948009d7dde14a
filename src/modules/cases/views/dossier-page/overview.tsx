
import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { SelectField, TextArea } from '../fields.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { LIMITS } from '../../vocab.ts';
import { STATUSES, TRANSITIONS, type Status } from '../../dossier/workflow.ts';
import { errorsFor, FormMessage, formValues, Hidden, labelsFor, options, Section } from '../parts.tsx';
import { base, type SectionProps } from './shared.tsx';

export const Overview = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { dossier, canEdit } = data.access;
  const status = dossier.status as Status;
  const next = TRANSITIONS[status] ?? [];
  const v = formValues(form, 'status', undefined, { status: next[0] ?? '', reden: '', versie: String(dossier.version) });

  return (
    <Section id="overzicht" title={t.sectionOverview}>
      <dl class="vn-facts">
        <dt>{t.status}</dt>
        <dd data-testid="status">{l.status[dossier.status]}</dd>
        <dt>{t.priority}</dt>
        <dd>{l.priority[dossier.priority]}</dd>
        <dt>{t.assignees}</dt>
        <dd>{data.assignees.map((a) => a.name).join(', ')}</dd>
        {dossier.closeReason ? (
          <>
            <dt>{t.closedBecause}</dt>
            <dd>{dossier.closeReason}</dd>
          </>
        ) : null}
        {data.keptUntil ? (
          <>
            <dt>{t.keptUntil}</dt>
            <dd data-testid="kept-until">{pick(data.keptUntil.text, view.lang)}</dd>
          </>
        ) : null}
      </dl>
      {canEdit ? (
        <form method="post" action={`${base(data)}/status`} novalidate>
          <CsrfField token={view.csrf} />
          <Hidden name="versie" value={String(dossier.version)} />
          <FormMessage form={form} section="status" lang={view.lang} />
          <SelectField id="status-status" name="status" label={t.newStatus} options={options(STATUSES.filter((s) => s !== status), l.status)} value={v.status} error={errorsFor(form, 'status').status} />
          <TextArea id="status-reden" name="reden" label={t.statusReason} value={v.reden} maxlength={LIMITS.longText} rows={3} error={errorsFor(form, 'status').reden} />
          <SubmitButton>{t.changeStatus}</SubmitButton>
        </form>
      ) : null}
      {canEdit ? (
        <form method="post" action={`${base(data)}/onderzoekers`} novalidate>
          <CsrfField token={view.csrf} />
          <FormMessage form={form} section="overzicht" lang={view.lang} />
          <SelectField id="overzicht-gebruiker" name="gebruiker" label={t.addAssignee} options={data.investigators.map((u) => ({ value: u.id, label: u.name }))} error={errorsFor(form, 'overzicht').gebruiker} />
          <SubmitButton secondary>{t.add}</SubmitButton>
        </form>
      ) : null}
      {data.access.via !== 'partner' ? (
        <>
          <h3 class="utrecht-heading-3" id="meldingen">
            {t.sectionReports}
          </h3>
          {data.reports.length === 0 ? (
            <p class="utrecht-paragraph">{t.noReports}</p>
          ) : (
            <ul class="utrecht-unordered-list">
              {data.reports.map((r) => (
                <li>
                  <a href={`/meldingen/${r.id}`}>{r.number}</a> · {formatDateTime(view.lang, r.createdAt)}
                  {r.consentAsked ? null : (
                    <>
                      {' · '}
                      <strong data-testid="consent-not-asked">
                        {r.short ? t.consentNotAskedShort : t.consentNotAsked}
                      </strong>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Section>
  );
};
