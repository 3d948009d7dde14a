
import { CsrfField, SubmitButton } from '../../../../web/components/form.tsx';
import { SelectField, TextArea, TextField } from '../fields.tsx';
import { pick } from '../../../../web/i18n.ts';
import { casesText } from '../../texts.ts';
import { CRITERIA, CRITERION_STATES, LIMITS, RISKS, SEVERITIES, SIGNAL_CATEGORIES, SIGNAL_KINDS } from '../../vocab.ts';
import { errorsFor, FormMessage, formValues, Hidden, labelsFor, options, Section, Theirs, Fold, isOpen, FormToken } from '../parts.tsx';
import { base, type SectionProps } from './shared.tsx';

export const Signals = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { canEdit } = data.access;
  const v = formValues(form, 'signalen', undefined, { groep: 'appearance', soort: 'observation' });
  const errors = errorsFor(form, 'signalen');
  const criteria = new Map(data.criteria.map((c) => [c.criterion, c]));
  const cv = formValues(
    form,
    'criteria',
    undefined,
    Object.fromEntries(CRITERIA.flatMap((c) => [[`staat_${c}`, criteria.get(c)?.state ?? 'unknown'], [`bewijs_${c}`, criteria.get(c)?.evidence ?? ''], [`versie_${c}`, String(criteria.get(c)?.version ?? 0)]])),
  );
  const risks = new Map(data.risks.map((r) => [r.risk, r]));
  const rv = formValues(
    form,
    'risico',
    undefined,
    Object.fromEntries(RISKS.flatMap((r) => [[`aard_${r}`, risks.get(r)?.nature ?? ''], [`ernst_${r}`, risks.get(r)?.severity ?? 'unknown'], [`reden_${r}`, risks.get(r)?.reason ?? ''], [`versie_${r}`, String(risks.get(r)?.version ?? 0)]])),
  );
  const subjects = data.subjects.filter((s) => !s.mergedInto);

  return (
    <Section id="signalen" title={t.sectionSignals}>
      <p class="utrecht-paragraph">{t.signalsIntro}</p>
      {SIGNAL_CATEGORIES.map((c) => {
        const list = data.signals.filter((s) => s.signal.category === c);
        if (list.length === 0) return null;
        return (
          <>
            <h3 class="utrecht-heading-3">{l.category[c]}</h3>
            <ul class="utrecht-unordered-list">
              {list.map(({ signal, recordedByName }) => (
                <li>
                  <strong>{l.kind[signal.kind]}:</strong> <span class="vn-pre">{signal.text}</span> — {signal.source}
                  {signal.observedOn ? ` (${signal.observedOn})` : ''} · <span class="vn-hint">{t.recordedBy} {recordedByName}</span>
                </li>
              ))}
            </ul>
          </>
        );
      })}
      {data.signals.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : null}
      {canEdit ? (
        <Fold id="signalen-nieuw" label={t.addSignal} open={isOpen(form, 'signalen')}>
          <form method="post" action={`${base(data)}/signalen`} novalidate>
            <CsrfField token={view.csrf} />
            <FormMessage form={form} section="signalen" lang={view.lang} />
            <FormToken form={form} section="signalen" />
            <SelectField id="signalen-groep" name="groep" label={t.category} options={options(SIGNAL_CATEGORIES, l.category)} value={v.groep} error={errors.groep} />
            <SelectField id="signalen-soort" name="soort" label={t.kind} options={options(SIGNAL_KINDS, l.kind)} value={v.soort} error={errors.soort} />
            <TextArea id="signalen-tekst" name="tekst" label={t.signalText} value={v.tekst} maxlength={LIMITS.longText} rows={4} error={errors.tekst} />
            <TextField id="signalen-bron" name="bron" label={t.source} hint={t.sourceHint} value={v.bron} maxlength={LIMITS.shortText} error={errors.bron} />
            <TextField id="signalen-datum" name="datum" type="date" label={t.observedOn} value={v.datum} error={errors.datum} />
            <SelectField id="signalen-persoon" name="persoon" label={t.aboutPerson} options={[{ value: '', label: t.nobody }, ...subjects.map((s) => ({ value: s.id, label: `${s.name || '—'} (${l.role[s.role]})` }))]} value={v.persoon} error={errors.persoon} />
            <SubmitButton>{t.addSignal}</SubmitButton>
          </form>
        </Fold>
      ) : null}

      <h3 class="utrecht-heading-3" id="criteria">
        {t.criteriaTitle}
      </h3>
      <p class="utrecht-paragraph">{t.criteriaIntro}</p>
      <ul class="utrecht-unordered-list">
        {CRITERIA.map((c) => (
          <li>
            {l.criterion[c]} <strong>{l.criterionState[criteria.get(c)?.state ?? 'unknown']}</strong>
            {criteria.get(c)?.evidence ? <p class="utrecht-paragraph vn-pre">{criteria.get(c)?.evidence}</p> : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <Fold id="criteria-wijzigen" label={t.editCriteria} open={isOpen(form, 'criteria')}>
          <form method="post" action={`${base(data)}/criteria`} novalidate>
            <CsrfField token={view.csrf} />
            <FormMessage form={form} section="criteria" lang={view.lang} />
            {CRITERIA.map((c) => (
              <fieldset class="utrecht-form-fieldset">
                <legend class="utrecht-form-fieldset__legend utrecht-form-label">{l.criterion[c]}</legend>
                <Hidden name={`versie_${c}`} value={cv[`versie_${c}`]} />
                <SelectField id={`criteria-staat_${c}`} name={`staat_${c}`} label={t.status} options={options(CRITERION_STATES, l.criterionState)} value={cv[`staat_${c}`]} error={errorsFor(form, 'criteria')[`staat_${c}`]} />
                <Theirs form={form} section="criteria" name={`staat_${c}`} lang={view.lang} />
                <TextArea id={`criteria-bewijs_${c}`} name={`bewijs_${c}`} label={t.evidence} value={cv[`bewijs_${c}`]} maxlength={LIMITS.longText} rows={3} error={errorsFor(form, 'criteria')[`bewijs_${c}`]} />
                <Theirs form={form} section="criteria" name={`bewijs_${c}`} lang={view.lang} />
              </fieldset>
            ))}
            <SubmitButton>{t.saveCriteria}</SubmitButton>
          </form>
        </Fold>
      ) : null}

      <h3 class="utrecht-heading-3" id="risico">
        {t.risksTitle}
      </h3>
      <p class="utrecht-paragraph">{t.risksIntro}</p>
      <ul class="utrecht-unordered-list">
        {RISKS.map((r) => (
          <li>
            {l.risk[r]}: <strong>{l.severity[risks.get(r)?.severity ?? 'unknown']}</strong> {risks.get(r)?.nature} {risks.get(r)?.reason ? `— ${risks.get(r)?.reason}` : ''}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <Fold id="risico-wijzigen" label={t.editRisks} open={isOpen(form, 'risico')}>
          <form method="post" action={`${base(data)}/risico`} novalidate>
            <CsrfField token={view.csrf} />
            <FormMessage form={form} section="risico" lang={view.lang} />
            {RISKS.map((r) => (
              <fieldset class="utrecht-form-fieldset">
                <legend class="utrecht-form-fieldset__legend utrecht-form-label">{l.risk[r]}</legend>
                <Hidden name={`versie_${r}`} value={rv[`versie_${r}`]} />
                <TextArea id={`risico-aard_${r}`} name={`aard_${r}`} label={t.nature} value={rv[`aard_${r}`]} maxlength={LIMITS.longText} rows={2} error={errorsFor(form, 'risico')[`aard_${r}`]} />
                <Theirs form={form} section="risico" name={`aard_${r}`} lang={view.lang} />
                <SelectField id={`risico-ernst_${r}`} name={`ernst_${r}`} label={t.severity} options={options(SEVERITIES, l.severity)} value={rv[`ernst_${r}`]} error={errorsFor(form, 'risico')[`ernst_${r}`]} />
                <Theirs form={form} section="risico" name={`ernst_${r}`} lang={view.lang} />
                <TextArea id={`risico-reden_${r}`} name={`reden_${r}`} label={t.reason} value={rv[`reden_${r}`]} maxlength={LIMITS.longText} rows={2} error={errorsFor(form, 'risico')[`reden_${r}`]} />
                <Theirs form={form} section="risico" name={`reden_${r}`} lang={view.lang} />
              </fieldset>
            ))}
            <SubmitButton>{t.saveRisks}</SubmitButton>
          </form>
        </Fold>
      ) : null}
    </Section>
  );
};
