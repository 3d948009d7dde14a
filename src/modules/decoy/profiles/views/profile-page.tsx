import type { View } from '../../../../app/view.ts';
import { Alert, CsrfField, type FieldErrors, SubmitButton, TextArea, TextField } from '../../../../web/components/form.tsx';
import { formatDateTime } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import type { ConversationRow } from '../../queries/conversations.ts';
import type { ProfileRow } from '../../queries/profiles.ts';
import type { ScriptRow } from '../../queries/scripts.ts';
import { stateLabels, type State } from '../../conversations/workflow.ts';
import { DecoyNav } from '../../views/decoy-nav.tsx';
import { FormErrors } from '../../views/form-errors.tsx';
import { PROFILE_LABELS } from './profiles-section.tsx';

const L = {
  nl: {
    published: 'Gepubliceerde tekst',
    approve: 'Juridisch goedkeuren',
    reason: 'Reden',
    live: 'Live zetten',
    pause: 'Pauzeren',
    end: 'Beëindigen',
    own: 'U maakte dit profiel zelf; een andere juridisch toetser keurt het goed.',
    newContact: 'Binnengekomen contact vastleggen',
    newContactHint: 'Een gesprek begint alleen met een bericht van de ander. Het lokprofiel begint nooit zelf.',
    responderHandle: 'Naam of handle van de afzender',
    responderUrl: 'Profiellink van de afzender (als bekend)',
    responderPhone: 'Telefoonnummer van de afzender (als hij het gaf)',
    responderEmail: 'E-mailadres van de afzender (als hij het gaf)',
    at: 'Tijd van het eerste bericht (UTC, jjjj-mm-dd uu:mm)',
    platformMessageId: 'Bericht-id op het platform',
    text: 'Tekst van het eerste bericht (precies zoals ontvangen)',
    save: 'Contact vastleggen',
    conversations: 'Gesprekken',
    legal: 'Juridische notitie',
    image: 'Beeld',
    closed: 'De module is gesloten; dit profiel is gepauzeerd tot er een geldige grondslag is.',
  },
  en: {
    published: 'Published text',
    approve: 'Approve legally',
    reason: 'Reason',
    live: 'Put live',
    pause: 'Pause',
    end: 'End',
    own: 'You created this profile yourself; another legal reviewer approves it.',
    newContact: 'Record an incoming contact',
    newContactHint: 'A conversation starts only with a message from the other person. The decoy never starts.',
    responderHandle: 'Sender’s handle',
    responderUrl: 'Sender’s profile link (if known)',
    responderPhone: 'Sender’s phone number (if he gave it)',
    responderEmail: 'Sender’s e-mail address (if he gave it)',
    at: 'Time of the first message (UTC, yyyy-mm-dd hh:mm)',
    platformMessageId: 'Message id on the platform',
    text: 'Text of the first message (exactly as received)',
    save: 'Record contact',
    conversations: 'Conversations',
    legal: 'Legal note',
    image: 'Image',
    closed: 'The module is closed; this profile is paused until there is a valid basis.',
  },
};

export const ProfilePage = ({
  view,
  profile,
  adScript,
  conversations,
  open,
  values = {},
  errors = {},
}: {
  view: View;
  profile: ProfileRow;
  adScript: ScriptRow | null;
  conversations: ConversationRow[];
  open: boolean;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) => {
  const l = L[view.lang];
  const pl = PROFILE_LABELS[view.lang];
  const roles = view.user?.roles ?? [];
  const isOperator = roles.includes('decoy_operator');
  const isReviewer = roles.includes('legal_reviewer');
  const step = (name: string, label: string, withReason = false) => (
    <form method="post" action={`/lokprofielen/profielen/${profile.id}/status`} novalidate class="vn-inline-form">
      <CsrfField token={view.csrf} />
      <input type="hidden" name="step" value={name} />
      {withReason ? <TextField name="reason" label={l.reason} value={values.reason} error={errors.reason} /> : null}
      <SubmitButton secondary={!withReason}>{label}</SubmitButton>
    </form>
  );

  return (
    <StaffLayout view={view} title={profile.name}>
      <DecoyNav view={view} />
      <h1 class="utrecht-heading-1">{profile.name}</h1>
      <FormErrors title={view.lang === 'en' ? 'Something is not right' : 'Er is iets niet goed'} errors={errors} />
      {!open ? <Alert type="warning">{l.closed}</Alert> : null}
      <dl class="vn-facts" id="profile" data-status={profile.status}>
        <dt>{pl.platform}</dt>
        <dd>
          {profile.platform}: {profile.handle} ({profile.url})
        </dd>
        <dt>{pl.statedAge}</dt>
        <dd>{profile.statedAge}</dd>
        <dt>{l.published}</dt>
        <dd>{adScript ? `${adScript.text} (v${adScript.version})` : '?'}</dd>
        <dt>{l.image}</dt>
        <dd>{profile.imageProvenance === 'adult_model' ? `${pl.imageAdult}: ${profile.imageConsentRef ?? ''}` : pl.imageNone}</dd>
        <dt>{l.legal}</dt>
        <dd>{profile.legalBasisNote}</dd>
        <dt>Status</dt>
        <dd>
          {pl.status[profile.status] ?? profile.status}
          {profile.liveFrom ? ` — live ${formatDateTime(view.lang, profile.liveFrom)}` : ''}
          {profile.approvalReason ? ` — ${profile.approvalReason}` : ''}
        </dd>
      </dl>
      {profile.status === 'draft' && isReviewer ? (profile.createdBy === view.user?.id ? <p class="utrecht-paragraph">{l.own}</p> : step('approve', l.approve, true)) : null}
      {isOperator && open && (profile.status === 'approved' || profile.status === 'paused') ? step('live', l.live) : null}
      {isOperator && profile.status === 'live' ? step('pause', l.pause) : null}
      {isOperator && ['approved', 'live', 'paused'].includes(profile.status) ? step('end', l.end) : null}
      <h2 class="utrecht-heading-2">{l.conversations}</h2>
      <ul class="utrecht-unordered-list" id="conversations">
        {conversations.map((c) => (
          <li data-conversation={c.id} data-state={c.state}>
            <a href={`/lokprofielen/gesprekken/${c.id}`}>{c.responderHandle}</a> — {stateLabels[c.state as State]?.[view.lang] ?? c.state}
            {c.repeatResponder ? (view.lang === 'en' ? ' — repeat responder' : ' — herhaalde afzender') : ''}
          </li>
        ))}
      </ul>
      {isOperator && open && profile.status === 'live' ? (
        <form method="post" action={`/lokprofielen/profielen/${profile.id}/contacten`} novalidate>
          <h2 class="utrecht-heading-2">{l.newContact}</h2>
          <p class="utrecht-paragraph">{l.newContactHint}</p>
          <CsrfField token={view.csrf} />
          <TextField name="responderHandle" label={l.responderHandle} value={values.responderHandle} error={errors.responderHandle} />
          <TextField name="responderUrl" label={l.responderUrl} value={values.responderUrl} error={errors.responderUrl} />
          <TextField name="responderPhone" label={l.responderPhone} value={values.responderPhone} error={errors.responderPhone} />
          <TextField name="responderEmail" label={l.responderEmail} value={values.responderEmail} error={errors.responderEmail} />
          <TextField name="at" label={l.at} value={values.at} error={errors.at} />
          <TextField name="platformMessageId" label={l.platformMessageId} value={values.platformMessageId} error={errors.platformMessageId} />
          <TextArea name="text" label={l.text} value={values.text} error={errors.text} rows={4} />
          <SubmitButton>{l.save}</SubmitButton>
        </form>
      ) : null}
    </StaffLayout>
  );
};
