import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, SubmitButton } from '../../../web/components/form.tsx';
import { SelectField, TextArea, TextField } from './fields.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import type { DossierPageData } from '../dossier/load-dossier-page.ts';
import type { FormState } from '../result.ts';
import { casesText } from '../texts.ts';
import { linksText } from '../people/texts-links.ts';
import { WHERE_ELSE_SECTION_ID, WhereElseSection } from '../identifier-index/where-else-section.tsx';
import { CONSENT_GIVERS, CONSENT_METHODS, CONSENT_PURPOSES, CRITERIA, CRITERION_STATES, EXCEPTION_GROUNDS, GENDERS, LIMITS, PRIORITIES, RISKS, SEVERITIES, SIGNAL_CATEGORIES, SIGNAL_KINDS, SUBJECT_ROLES, SUSPICION } from '../vocab.ts';
import { STATUSES, TRANSITIONS, type Status } from '../dossier/workflow.ts';
import { REFERRAL_TARGETS, routingAdvice } from '../handover/refer-dossier.ts';
import { errorsFor, FormMessage, formValues, Hidden, labelsFor, options, Section, Theirs } from './parts.tsx';

type Props = { view: View; data: DossierPageData; form?: FormState; flash?: string };

/** The dossier page: every section on one page with its own form, so it works without JavaScript. */
export const DossierPage = ({ view, data, form, flash }: Props) => {
  const t = pick(casesText, view.lang);
  const { dossier, canEdit, scope, via } = data.access;
  const full = scope === 'full';
  const staff = via !== 'partner';
  const sections = [
    ['overzicht', t.sectionOverview],
    ['samenvatting', t.summaryTitle],
    ['personen', t.sectionPeople],
    ['signalen', t.sectionSignals],
    ...(data.whereElse ? [[WHERE_ELSE_SECTION_ID, pick(linksText, view.lang).whereElseTitle]] : []),
    ...(full ? [['plan', t.sectionPlan], ['bewijs', t.sectionEvidence], ['taken', t.sectionTasks], ['notities', t.sectionNotes], ['tijdlijn', t.sectionTimeline]] : []),
    ...(staff ? [['toestemming', t.sectionConsent], ['overdracht', t.sectionHandover], ['doorverwijzing', t.sectionReferral], ['delen', t.sectionSharing]] : []),
  ];

  return (
    <StaffLayout view={view} title={dossier.title}>
      <h1 class="utrecht-heading-1">{dossier.title}</h1>
      {form ? <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={Object.fromEntries(Object.entries(form.errors).map(([k, v]) => [`${form.section}-${k}`, v]))} /> : null}
      {flash ? <Alert type="ok">{flash}</Alert> : null}
      {!canEdit ? <Alert type="info">{t.readOnly}</Alert> : null}
      <nav aria-label={t.contents} class="vn-toc">
        <ul class="utrecht-unordered-list">
          {sections.map(([id, label]) => (
            <li>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
          {staff ? (
            <li>
              <a href={`/dossiers/${dossier.id}/verbanden`}>{t.linkChart}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <Overview view={view} data={data} form={form} />
      <Summary view={view} data={data} form={form} />
      <People view={view} data={data} form={form} />
      <Signals view={view} data={data} form={form} />
      {data.whereElse ? <WhereElseSection view={view} whereElse={data.whereElse} /> : null}
      {full ? <Plan view={view} data={data} /> : null}
      {full ? <Evidence view={view} data={data} /> : null}
      {full ? <Tasks view={view} data={data} form={form} /> : null}
      {full ? <Notes view={view} data={data} form={form} /> : null}
      {full ? <Timeline view={view} data={data} /> : null}
      {staff ? <Consent view={view} data={data} form={form} /> : null}
      {staff ? <HandoverSection view={view} data={data} form={form} /> : null}
      {staff ? <ReferralSection view={view} data={data} form={form} /> : null}
      {staff ? <Sharing view={view} data={data} form={form} /> : null}
      {data.extraSections.map((render) => render(view))}
    </StaffLayout>
  );
};

type SectionProps = { view: View; data: DossierPageData; form?: FormState };

const base = (data: DossierPageData) => `/dossiers/${data.access.dossier.id}`;

const Overview = ({ view, data, form }: SectionProps) => {
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
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Section>
  );
};

const Summary = ({ view, data, form }: SectionProps) => {
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

const People = ({ view, data, form }: SectionProps) => {
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
        <form method="post" action={`${base(data)}/personen`} novalidate>
          <h3 class="utrecht-heading-3">{t.addPerson}</h3>
          <CsrfField token={view.csrf} />
          <FormMessage form={form} section="personen" lang={view.lang} />
          <SubjectFields view={view} v={v} errors={errorsFor(form, 'personen')} prefix="personen" />
          <SubmitButton>{t.addPerson}</SubmitButton>
        </form>
      ) : null}
    </Section>
  );
};

const Signals = ({ view, data, form }: SectionProps) => {
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
        <form method="post" action={`${base(data)}/signalen`} novalidate>
          <h3 class="utrecht-heading-3">{t.addSignal}</h3>
          <CsrfField token={view.csrf} />
          <FormMessage form={form} section="signalen" lang={view.lang} />
          <SelectField id="signalen-groep" name="groep" label={t.category} options={options(SIGNAL_CATEGORIES, l.category)} value={v.groep} error={errors.groep} />
          <SelectField id="signalen-soort" name="soort" label={t.kind} options={options(SIGNAL_KINDS, l.kind)} value={v.soort} error={errors.soort} />
          <TextArea id="signalen-tekst" name="tekst" label={t.signalText} value={v.tekst} maxlength={LIMITS.longText} rows={4} error={errors.tekst} />
          <TextField id="signalen-bron" name="bron" label={t.source} hint={t.sourceHint} value={v.bron} maxlength={LIMITS.shortText} error={errors.bron} />
          <TextField id="signalen-datum" name="datum" type="date" label={t.observedOn} value={v.datum} error={errors.datum} />
          <SelectField id="signalen-persoon" name="persoon" label={t.aboutPerson} options={[{ value: '', label: t.nobody }, ...subjects.map((s) => ({ value: s.id, label: `${s.name || '—'} (${l.role[s.role]})` }))]} value={v.persoon} error={errors.persoon} />
          <SubmitButton>{t.addSignal}</SubmitButton>
        </form>
      ) : null}

      <h3 class="utrecht-heading-3" id="criteria">
        {t.criteriaTitle}
      </h3>
      <p class="utrecht-paragraph">{t.criteriaIntro}</p>
      {canEdit ? (
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
      ) : (
        <ul class="utrecht-unordered-list">
          {CRITERIA.map((c) => (
            <li>
              {l.criterion[c]} <strong>{l.criterionState[criteria.get(c)?.state ?? 'unknown']}</strong>
              {criteria.get(c)?.evidence ? <p class="utrecht-paragraph vn-pre">{criteria.get(c)?.evidence}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <h3 class="utrecht-heading-3" id="risico">
        {t.risksTitle}
      </h3>
      <p class="utrecht-paragraph">{t.risksIntro}</p>
      {canEdit ? (
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
      ) : (
        <ul class="utrecht-unordered-list">
          {RISKS.map((r) => (
            <li>
              {l.risk[r]}: <strong>{l.severity[risks.get(r)?.severity ?? 'unknown']}</strong> {risks.get(r)?.nature} {risks.get(r)?.reason ? `— ${risks.get(r)?.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};

const Plan = ({ view, data }: { view: View; data: DossierPageData }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { canEdit } = data.access;

  return (
    <Section id="plan" title={t.sectionPlan}>
      <p class="utrecht-paragraph">{t.planIntro}</p>
      {data.plan.map((s) => (
        <div id={`stap-${s.step}`} class="vn-step">
          <h3 class="utrecht-heading-3">{l.step[String(s.step)]}</h3>
          <p class="utrecht-paragraph">
            <strong>{l.stepState[s.state]}</strong>
            {s.who ? ` · ${t.who}: ${s.who}` : ''}
            {s.doneOn ? ` · ${t.when}: ${s.doneOn}` : ''}
          </p>
          {s.decision ? <p class="utrecht-paragraph vn-pre">{s.decision}</p> : null}
          {canEdit ? (
            <a class="utrecht-link" href={`${base(data)}/stappen/${s.step}`}>
              {t.change}
            </a>
          ) : null}
        </div>
      ))}
    </Section>
  );
};

/** Evidence lives in the evidence module; the dossier lists it with the hash taken at capture. */
const Evidence = ({ view, data }: { view: View; data: DossierPageData }) => {
  const t = pick(casesText, view.lang);

  return (
    <Section id="bewijs" title={t.sectionEvidence}>
      {data.evidence.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : null}
      <ul class="utrecht-unordered-list">
        {data.evidence.map((e) => (
          <li>
            <a class="utrecht-link" href={`/bewijs/${e.id}`}>
              {e.title}
            </a>{' '}
            · {formatDateTime(view.lang, e.capturedAt)} · {e.addedByLabel} · SHA-256 <code>{e.sha256}</code>
            {e.locked ? ` · ${t.evidenceLocked}` : ''}
          </li>
        ))}
      </ul>
      {data.access.canEdit ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/bewijs?dossier=${data.access.dossier.id}`}>
            {t.addEvidence}
          </a>
        </p>
      ) : null}
    </Section>
  );
};

const Tasks = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const { canEdit } = data.access;
  const v = formValues(form, 'taken', undefined, {});
  const errors = errorsFor(form, 'taken');

  return (
    <Section id="taken" title={t.sectionTasks}>
      {data.tasks.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : null}
      <ul class="utrecht-unordered-list">
        {data.tasks.map(({ task, assigneeName }) => (
          <li>
            {task.doneAt ? <s>{task.title}</s> : <strong>{task.title}</strong>} · {assigneeName ?? t.noOne}
            {task.dueOn ? ` · ${t.due} ${task.dueOn}` : ''}
            {task.doneAt ? ` · ${t.done} ${formatDateTime(view.lang, task.doneAt)}` : ''}
            {canEdit ? (
              <form method="post" action={`${base(data)}/taken/${task.id}`} class="vn-inline">
                <CsrfField token={view.csrf} />
                <Hidden name="versie" value={String(task.version)} />
                {task.doneAt ? null : <input type="hidden" name="klaar" value="ja" />}
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {task.doneAt ? t.reopen : t.markDone}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form method="post" action={`${base(data)}/taken`} novalidate>
          <h3 class="utrecht-heading-3">{t.addTask}</h3>
          <CsrfField token={view.csrf} />
          <FormMessage form={form} section="taken" lang={view.lang} />
          <TextField id="taken-titel" name="titel" label={t.taskTitle} value={v.titel} maxlength={LIMITS.shortText} error={errors.titel} />
          <SelectField id="taken-uitvoerder" name="uitvoerder" label={t.assignee} options={[{ value: '', label: t.noOne }, ...data.investigators.map((u) => ({ value: u.id, label: u.name }))]} value={v.uitvoerder} error={errors.uitvoerder} />
          <TextField id="taken-datum" name="datum" type="date" label={t.due} value={v.datum} error={errors.datum} />
          <SubmitButton>{t.addTask}</SubmitButton>
        </form>
      ) : null}
    </Section>
  );
};

const Notes = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const { canEdit } = data.access;
  const v = formValues(form, 'notities', undefined, {});

  return (
    <Section id="notities" title={t.sectionNotes}>
      {canEdit ? (
        <form method="post" action={`${base(data)}/notities`} novalidate>
          <CsrfField token={view.csrf} />
          <FormMessage form={form} section="notities" lang={view.lang} />
          <TextArea id="notities-tekst" name="tekst" label={t.note} value={v.tekst} maxlength={LIMITS.longText} rows={4} error={errorsFor(form, 'notities').tekst} />
          <SubmitButton>{t.addNote}</SubmitButton>
        </form>
      ) : null}
      {data.notes.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : null}
      <ul class="utrecht-unordered-list">
        {data.notes.map(({ note, authorName }) => (
          <li id={`notitie-${note.id}`}>
            <p class="utrecht-paragraph vn-pre">{note.body}</p>
            <p class="vn-hint">
              {t.by} {authorName}, {formatDateTime(view.lang, note.createdAt)}
              {note.version > 1 ? ` · ${t.edited} ${formatDateTime(view.lang, note.updatedAt)} (${data.names.get(note.updatedBy ?? '') ?? ''})` : ''}
              {canEdit ? (
                <>
                  {' · '}
                  <a class="utrecht-link" href={`${base(data)}/notities/${note.id}`}>
                    {t.change}
                  </a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
};

const Timeline = ({ view, data }: { view: View; data: DossierPageData }) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);

  return (
    <Section id="tijdlijn" title={t.sectionTimeline}>
      {data.timeline.length === 0 ? <p class="utrecht-paragraph">{t.timelineEmpty}</p> : null}
      <ol class="utrecht-ordered-list vn-timeline">
        {data.timeline.map((e) => {
          const [group, sub] = e.kind.split(':');
          const label = group === 'event' ? l.event[sub ?? ''] ?? sub : l.event[group ?? ''] ?? group;
          const text = group === 'event' ? eventText(e.text) : e.text;
          return (
            <li>
              <time datetime={e.at.toISOString()}>{formatDateTime(view.lang, e.at)}</time> · <strong>{label}</strong>
              {group === 'signal' && sub ? ` (${l.category[sub] ?? sub})` : ''}
              {text ? <span class="vn-pre"> — {text}</span> : null}
              {e.actor ? <span class="vn-hint"> · {e.actor}</span> : null}
            </li>
          );
        })}
      </ol>
    </Section>
  );
};

/** Event details are stored as JSON; show the plain values (status names, purposes), not ids. */
const eventText = (json: string): string => {
  try {
    const details = JSON.parse(json) as Record<string, unknown>;
    return Object.entries(details)
      .filter(([k, v]) => v !== null && v !== '' && !['subject', 'note', 'task', 'signal', 'consent', 'exception', 'share', 'kept', 'merged'].includes(k))
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', ');
  } catch {
    return '';
  }
};

const Consent = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const l = labelsFor(view.lang);
  const { canEdit } = data.access;
  const v = formValues(form, 'toestemming', undefined, { doel: 'police_om', door: 'reporter', wijze: 'spoken', datum: new Date().toISOString().slice(0, 10) });
  const errors = errorsFor(form, 'toestemming');
  const ev = formValues(form, 'uitzondering', undefined, { doel: 'police_om', grond: 'acute_danger' });
  const eErrors = errorsFor(form, 'uitzondering');
  const isSupervisor = data.access.actor.roles.includes('supervisor');

  return (
    <Section id="toestemming" title={t.sectionConsent}>
      <p class="utrecht-paragraph">{t.consentIntro}</p>
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
        <form method="post" action={`${base(data)}/toestemmingen`} novalidate>
          <h3 class="utrecht-heading-3">{t.addConsent}</h3>
          <CsrfField token={view.csrf} />
          <FormMessage form={form} section="toestemming" lang={view.lang} />
          <SelectField id="toestemming-doel" name="doel" label={t.purpose} options={options(CONSENT_PURPOSES, l.purpose)} value={v.doel} error={errors.doel} />
          <SelectField id="toestemming-door" name="door" label={t.givenBy} options={options(CONSENT_GIVERS, l.givenBy)} value={v.door} error={errors.door} />
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
            {!e.decision && isSupervisor ? (
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
        <form method="post" action={`${base(data)}/uitzonderingen`} novalidate>
          <h3 class="utrecht-heading-3">{t.requestException}</h3>
          <CsrfField token={view.csrf} />
          <FormMessage form={form} section="uitzondering" lang={view.lang} />
          <SelectField id="uitzondering-doel" name="doel" label={t.purpose} options={options(CONSENT_PURPOSES, l.purpose)} value={ev.doel} error={eErrors.doel} />
          <SelectField id="uitzondering-grond" name="grond" label={t.ground} options={options(EXCEPTION_GROUNDS, l.ground)} value={ev.grond} error={eErrors.grond} />
          <TextArea id="uitzondering-reden" name="reden" label={t.exceptionReason} hint={t.exceptionReasonHint} value={ev.reden} maxlength={LIMITS.longText} rows={4} error={eErrors.reden} />
          <SubmitButton>{t.requestException}</SubmitButton>
        </form>
      ) : null}
    </Section>
  );
};

const Sharing = ({ view, data, form }: SectionProps) => {
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

const HandoverSection = ({ view, data, form }: SectionProps) => {
  const t = pick(casesText, view.lang);
  const { canEdit, actor } = data.access;
  const isSupervisor = actor.roles.includes('supervisor');
  const v = formValues(form, 'overdracht', undefined, {});

  return (
    <Section id="overdracht" title={t.sectionHandover}>
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
      {canEdit ? (
        <form method="post" action={`${base(data)}/overdracht`} novalidate>
          <CsrfField token={view.csrf} />
          <TextField id="overdracht-ontvanger" name="ontvanger" label={t.recipient} hint={t.recipientHint} value={v.ontvanger} maxlength={LIMITS.shortText} error={errorsFor(form, 'overdracht').ontvanger} />
          <SubmitButton>{t.requestHandover}</SubmitButton>
        </form>
      ) : null}
    </Section>
  );
};

const ReferralSection = ({ view, data, form }: SectionProps) => {
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
          <form method="post" action={`${base(data)}/doorverwijzingen`} novalidate>
            <CsrfField token={view.csrf} />
            <SelectField id="doorverwijzingen-naar" name="naar" label={t.target} options={options(REFERRAL_TARGETS, l.target)} value={v.naar} error={errors.naar} />
            <TextField id="doorverwijzingen-instantie" name="instantie" label={t.recipient} value={v.instantie} maxlength={LIMITS.shortText} error={errors.instantie} />
            <TextField id="doorverwijzingen-opvolgen" name="opvolgen" type="date" label={t.followUpOn} value={v.opvolgen} error={errors.opvolgen} />
            <SubmitButton>{t.refer}</SubmitButton>
          </form>
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

/** A text field in a form repeated per row: its id must be unique on the page, its name is not. */
const InlineText = ({ id, name, label }: { id: string; name: string; label: string }) => (
  <div class="utrecht-form-field">
    <label class="utrecht-form-label" for={id}>
      {label}
    </label>
    <input class="utrecht-textbox" id={id} name={name} type="text" maxlength={LIMITS.shortText} />
  </div>
);

export const priorityOptions = (lang: View['lang']) => options(PRIORITIES, labelsFor(lang).priority);
