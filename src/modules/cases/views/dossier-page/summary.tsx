
import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { SelectField, TextArea } from '../fields.tsx';
import { pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { LIMITS, SUSPICION } from '../../vocab.ts';
import { errorsFor, FormMessage, formValues, Hidden, labelsFor, options, Section, Theirs } from '../parts.tsx';
import { base, type SectionProps } from './shared.tsx';

export const Summary = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { dossier, canEdit } = data.access;
  const v = formValues(form, 'samenvatting', undefined, { vermoeden: dossier.suspicion, samenvatting: dossier.summary, versie: String(dossier.summaryVersion) });
  if (!canEdit) {
    return (
      <Section id="samenvatting" title={t.summaryTitle}>
        <p class="utrecht-paragraph">
          <strong>{l.suspicion[dossier.suspicion]}</strong>
        </p>
        <p class="utrecht-paragraph vn-pre">{dossier.summary || t.none}</p>
      </Section>
    );
  }

  return (
    <Section id="samenvatting" title={t.summaryTitle}>
      <form method="post" action={`${base(data)}/samenvatting`} novalidate>
        <CsrfField token={view.csrf} />
        <Hidden name="versie" value={v.versie} />
        <FormMessage form={form} section="samenvatting" lang={view.lang} />
        <SelectField id="samenvatting-vermoeden" name="vermoeden" label={t.suspicion} options={options(SUSPICION, l.suspicion)} value={v.vermoeden} error={errorsFor(form, 'samenvatting').vermoeden} />
        <Theirs form={form} section="samenvatting" name="vermoeden" lang={view.lang} />
        <TextArea id="samenvatting-samenvatting" name="samenvatting" label={t.summary} hint={t.summaryHint} value={v.samenvatting} maxlength={LIMITS.longText} error={errorsFor(form, 'samenvatting').samenvatting} />
        <Theirs form={form} section="samenvatting" name="samenvatting" lang={view.lang} />
        <SubmitButton>{t.saveSummary}</SubmitButton>
      </form>
    </Section>
  );
};
