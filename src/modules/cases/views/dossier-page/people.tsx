import type { View } from '../../../../app/view.ts';
import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { SelectField, TextArea, TextField } from '../fields.tsx';
import { pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { linksText } from '../../people/texts-links.ts';
import { GENDERS, LIMITS, SUBJECT_ROLES } from '../../vocab.ts';
import { errorsFor, FormMessage, formValues, labelsFor, options, Section, Fold, isOpen, FormToken } from '../parts.tsx';
import { base, type SectionProps } from './shared.tsx';

export const SubjectFields = ({ view, v, errors, prefix }: { view: View; v: Record<string, string>; errors: Record<string, string | undefined>; prefix: string }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);

  return (
    <>
      <SelectField id={`${prefix}-rol`} name="rol" label={t.role} options={options(SUBJECT_ROLES, l.role)} value={v.rol} error={errors.rol} />
      <TextField id={`${prefix}-naam`} name="naam" label={t.name} value={v.naam} maxlength={LIMITS.shortText} error={errors.naam} />
      <TextField id={`${prefix}-aliassen`} name="aliassen" label={t.aliases} value={v.aliassen} maxlength={LIMITS.aliases} error={errors.aliassen} />
      <TextField id={`${prefix}-leeftijd`} name="leeftijd" label={t.age} value={v.leeftijd} inputmode="numeric" maxlength={3} error={errors.leeftijd} />
      <TextField id={`${prefix}-schatting`} name="schatting" label={t.ageEstimate} hint={t.ageEstimateHint} value={v.schatting} maxlength={100} error={errors.schatting} />
      <SelectField id={`${prefix}-geslacht`} name="geslacht" label={t.gender} options={options(GENDERS, l.gender)} value={v.geslacht} error={errors.geslacht} />
      <TextField id={`${prefix}-plaats`} name="plaats" label={t.place} value={v.plaats} maxlength={LIMITS.shortText} error={errors.plaats} />
      <TextArea id={`${prefix}-beschrijving`} name="beschrijving" label={t.description} hint={t.descriptionHint} value={v.beschrijving} maxlength={LIMITS.longText} rows={4} error={errors.beschrijving} />
    </>
  );
};

export const People = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { canEdit } = data.access;
  const byId = new Map(data.subjects.map((s) => [s.id, s]));
  const active = data.subjects.filter((s) => !s.mergedInto);
  const v = formValues(form, 'personen', undefined, { rol: 'possible_victim', geslacht: 'unknown' });

  return (
    <Section id="personen" title={t.sectionPeople}>
      {data.subjects.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : null}
      <ul class="utrecht-unordered-list vn-cards">
        {data.subjects.map((s) => (
          <li id={`persoon-${s.id}`}>
            <strong>{s.name || '—'}</strong> · {l.role[s.role]}
            {s.aliases ? ` · ${s.aliases}` : ''}
            {s.age != null ? ` · ${s.age}` : s.ageEstimate ? ` · ± ${s.ageEstimate}` : ''}
            {s.gender !== 'unknown' ? ` · ${l.gender[s.gender]}` : ''}
            {s.place ? ` · ${s.place}` : ''}
            {s.description ? <p class="utrecht-paragraph vn-pre">{s.description}</p> : null}
            {s.mergedInto ? <p class="vn-hint">{t.mergedInto(byId.get(s.mergedInto)?.name || '—')}</p> : null}
            {canEdit && !s.mergedInto ? (
              <a class="utrecht-link" href={`${base(data)}/personen/${s.id}`}>
                {t.change}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit && active.length > 0 ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${base(data)}/koppelingen`}>
            {pick(linksText, view.lang).openLinks}
          </a>
        </p>
      ) : null}
      {canEdit && active.length >= 2 ? (
        <form method="get" action={`${base(data)}/personen/samenvoegen`}>
          <h3 class="utrecht-heading-3">{t.mergeTitle}</h3>
          <SelectField id="personen-houden" name="houden" label={t.mergeKeep} options={active.map((s) => ({ value: s.id, label: `${s.name || '—'} (${l.role[s.role]})` }))} />
          <SelectField id="personen-weg" name="weg" label={t.mergeGone} options={active.map((s) => ({ value: s.id, label: `${s.name || '—'} (${l.role[s.role]})` }))} />
          <SubmitButton secondary>{t.mergeStart}</SubmitButton>
        </form>
      ) : null}
      {canEdit ? (
        <Fold id="personen-nieuw" label={t.addPerson} open={isOpen(form, 'personen')}>
          <form method="post" action={`${base(data)}/personen`} novalidate>
            <CsrfField token={view.csrf} />
            <FormMessage form={form} section="personen" lang={view.lang} />
            <FormToken form={form} section="personen" />
            <SubjectFields view={view} v={v} errors={errorsFor(form, 'personen')} prefix="personen" />
            <SubmitButton>{t.addPerson}</SubmitButton>
          </form>
        </Fold>
      ) : null}
    </Section>
  );
};
