
import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { SelectField } from '../fields.tsx';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { errorsFor, FormMessage, formValues, labelsFor, options, Section } from '../parts.tsx';
import { base, type SectionProps } from './shared.tsx';

export const Sharing = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const isSupervisor = data.access.actor.roles.includes('supervisor');
  const v = formValues(form, 'delen', undefined, { reikwijdte: 'summary' });

  return (
    <Section id="delen" title={t.sectionSharing}>
      <p class="utrecht-paragraph">{t.shareIntro}</p>
      <ul class="utrecht-unordered-list">
        {data.shares.map((s) => (
          <li>
            {s.organisation} · {l.scope[s.scope]} · {t.sharedSince} {formatDateTime(view.lang, s.sharedAt)}
            {s.revokedAt ? ` · ${t.revokedAt} ${formatDateTime(view.lang, s.revokedAt)}` : null}
            {isSupervisor && !s.revokedAt ? (
              <form method="post" action={`${base(data)}/delen/${s.id}/stoppen`} class="vn-inline">
                <CsrfField token={view.csrf} />
                <SubmitButton secondary>{t.revoke}</SubmitButton>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {isSupervisor ? (
        <form method="post" action={`${base(data)}/delen`} novalidate>
          <CsrfField token={view.csrf} />
          <FormMessage form={form} section="delen" lang={view.lang} />
          <SelectField id="delen-organisatie" name="organisatie" label={t.organisation} options={data.organisations.map((o) => ({ value: o.id, label: o.name }))} value={v.organisatie} error={errorsFor(form, 'delen').organisatie} />
          <SelectField id="delen-reikwijdte" name="reikwijdte" label={t.shareScope} options={options(['summary', 'full'], l.scope)} value={v.reikwijdte} />
          <SubmitButton>{t.share}</SubmitButton>
        </form>
      ) : null}
    </Section>
  );
};
