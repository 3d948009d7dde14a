import type { View } from '../../../../app/view.ts';
import { ChoiceGroup, CsrfField, type FieldErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../web/components/form.tsx';
import type { ProfileRow } from '../../queries/profiles.ts';
import type { ScriptRow } from '../../queries/scripts.ts';
import { FormErrors } from '../../views/form-errors.tsx';

export const PROFILE_LABELS = {
  nl: {
    profiles: 'Lokprofielen en advertenties',
    none: 'Nog geen profielen.',
    name: 'Interne naam',
    platform: 'Platform',
    handle: 'Naam of handle op het platform',
    url: 'Link naar profiel of advertentie',
    statedAge: 'Opgegeven leeftijd (minderjarig: 12 tot en met 17)',
    adScript: 'Gepubliceerde tekst (goedgekeurd script)',
    noAdScripts: 'Er is nog geen goedgekeurde advertentietekst. Schrijf er een in de scriptbibliotheek.',
    image: 'Beeld',
    imageNone: 'Geen beeld',
    imageAdult: 'Volwassen model met toestemming (Vangnet bewaart geen beeldbestand)',
    imageConsentRef: 'Kenmerk toestemming volwassen model',
    legalBasisNote: 'Juridische notitie (grondslag, leeftijd, art. 251 Sr)',
    create: 'Profiel opslaan als concept',
    status: { draft: 'Concept: wacht op juridische goedkeuring', approved: 'Goedgekeurd, nog niet live', live: 'Live', paused: 'Gepauzeerd', ended: 'Beëindigd' } as Record<string, string>,
    pausedByGovernance: 'Gepauzeerd: de grondslag is verlopen',
  },
  en: {
    profiles: 'Decoy profiles and ads',
    none: 'No profiles yet.',
    name: 'Internal name',
    platform: 'Platform',
    handle: 'Handle on the platform',
    url: 'Link to the profile or ad',
    statedAge: 'Stated age (a minor: 12 to 17)',
    adScript: 'Published text (approved script)',
    noAdScripts: 'There is no approved ad text yet. Write one in the script library.',
    image: 'Image',
    imageNone: 'No image',
    imageAdult: 'Adult model with consent (Vangnet keeps no image file)',
    imageConsentRef: 'Reference of the adult model’s consent',
    legalBasisNote: 'Legal note (basis, age, art. 251 Sr)',
    create: 'Save profile as draft',
    status: { draft: 'Draft: awaiting legal approval', approved: 'Approved, not live yet', live: 'Live', paused: 'Paused', ended: 'Ended' } as Record<string, string>,
    pausedByGovernance: 'Paused: the basis has lapsed',
  },
};

export const ProfilesSection = ({ view, profiles, adScripts, open, values = {}, errors = {} }: { view: View; profiles: ProfileRow[]; adScripts: ScriptRow[]; open: boolean; values?: Record<string, string>; errors?: FieldErrors }) => {
  const l = PROFILE_LABELS[view.lang];
  const isOperator = view.user?.roles.includes('decoy_operator') ?? false;

  return (
    <section aria-labelledby="profiles-title">
      <h2 class="utrecht-heading-2" id="profiles-title">
        {l.profiles}
      </h2>
      <FormErrors title={view.lang === 'en' ? 'Something is not right' : 'Er is iets niet goed'} errors={errors} />
      {profiles.length === 0 ? <p class="utrecht-paragraph">{l.none}</p> : null}
      <ul class="utrecht-unordered-list" id="profiles">
        {profiles.map((p) => (
          <li data-profile={p.id} data-status={p.status}>
            <a href={`/lokprofielen/profielen/${p.id}`}>{p.name}</a> — {p.platform}, {p.statedAge} — {!open && p.status === 'live' ? l.pausedByGovernance : (l.status[p.status] ?? p.status)}
          </li>
        ))}
      </ul>
      {open && isOperator ? (
        <form method="post" action="/lokprofielen/profielen" novalidate>
          <h3 class="utrecht-heading-3">{l.create}</h3>
          <CsrfField token={view.csrf} />
          <TextField name="name" label={l.name} value={values.name} error={errors.name} />
          <TextField name="platform" label={l.platform} value={values.platform} error={errors.platform} />
          <TextField name="handle" label={l.handle} value={values.handle} error={errors.handle} />
          <TextField name="url" label={l.url} value={values.url} error={errors.url} type="url" />
          <TextField name="statedAge" label={l.statedAge} value={values.statedAge} error={errors.statedAge} inputmode="numeric" />
          {adScripts.length === 0 ? (
            <p class="utrecht-paragraph">{l.noAdScripts}</p>
          ) : (
            <SelectField name="adScriptVersionId" label={l.adScript} value={values.adScriptVersionId} error={errors.adScriptVersionId} options={adScripts.map((s) => ({ value: s.id, label: `v${s.version}: ${s.text.slice(0, 80)}` }))} />
          )}
          <ChoiceGroup
            type="radio"
            name="imageProvenance"
            legend={l.image}
            options={[
              { value: 'none', label: l.imageNone },
              { value: 'adult_model', label: l.imageAdult },
            ]}
            selected={[values.imageProvenance ?? 'none']}
            error={errors.imageProvenance}
          />
          <TextField name="imageConsentRef" label={l.imageConsentRef} value={values.imageConsentRef} error={errors.imageConsentRef} />
          <TextArea name="legalBasisNote" label={l.legalBasisNote} value={values.legalBasisNote} error={errors.legalBasisNote} rows={3} />
          <SubmitButton>{l.create}</SubmitButton>
        </form>
      ) : null}
    </section>
  );
};
