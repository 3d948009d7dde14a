import type { View } from '../../../../app/view.ts';
import { ChoiceGroup, CsrfField, type FieldErrors, SelectField, SubmitButton, TextArea, TextField } from '../../../../web/components/form.tsx';
import { formatDateTime } from '../../../../web/i18n.ts';
import type { ConversationPageData } from '../../conversations/load-conversation-page.ts';
import { PROPOSED_ELEMENTS } from '../propose-review.ts';
import { POLICE_OUTCOMES } from '../record-police-outcome.ts';
import { FormErrors } from '../../views/form-errors.tsx';

const L = {
  nl: {
    title: 'Vier ogen: waarschuwing en politiemelding',
    warning: 'Waarschuwing',
    notification: 'Politiemelding',
    proposeWarning: 'Waarschuwing voorstellen (art. 251 Sr-checklist)',
    proposalMessageId: 'Bericht van de afzender ná de leeftijdsmelding waarin hij iets voorstelde',
    proposed: 'Wat stelde hij voor na de leeftijdsmelding?',
    proposedLabels: { meeting: 'een afspraak of ontmoeting', price: 'een prijs of betaling', images: 'beelden', sexual: 'seksuele handelingen' } as Record<string, string>,
    ageConfirmed: (age: number) => `De opgegeven leeftijd was ${age} en is expliciet genoemd (bericht gemarkeerd in het gesprek)`,
    note: 'Toelichting',
    propose: 'Voorstellen aan een tweede persoon',
    decide: 'Besluiten als tweede persoon',
    approve: 'Goedkeuren',
    reject: 'Afwijzen',
    decision: 'Besluit',
    decisionReason: 'Reden',
    policeReference: 'Kenmerk van de politie (bij goedkeuren)',
    own: 'U deed dit voorstel zelf; een andere juridisch toetser beslist.',
    waiting: 'Wacht op een tweede persoon',
    freeze: 'Bewijs vastzetten (transcript verzegelen)',
    proposeNotification: 'Politiemelding voorstellen',
    channel: 'Afgesproken meldkanaal',
    legalGround: 'Grondslag voor de melding',
    privacyChecked: 'Privacytoets gedaan: alleen nodige gegevens, uit openbare bronnen of van de afzender zelf',
    outcome: 'Wat deed de politie?',
    outcomes: { stopgesprek: 'Stopgesprek', investigation: 'Onderzoek gestart', registered: 'Vastgelegd in politiesystemen', no_action: 'Geen actie', unknown: 'Onbekend' } as Record<string, string>,
    saveOutcome: 'Uitkomst vastleggen en sluiten',
    package: 'Politiepakket downloaden (ondertekend, JSON en transcript)',
    by: 'door',
  },
  en: {
    title: 'Four eyes: warning and police notification',
    warning: 'Warning',
    notification: 'Police notification',
    proposeWarning: 'Propose a warning (art. 251 Sr checklist)',
    proposalMessageId: 'The sender’s message after the age disclosure in which he proposed something',
    proposed: 'What did he propose after the age disclosure?',
    proposedLabels: { meeting: 'a meeting', price: 'a price or payment', images: 'images', sexual: 'sexual acts' },
    ageConfirmed: (age: number) => `The stated age was ${age} and was disclosed explicitly (message marked in the conversation)`,
    note: 'Note',
    propose: 'Propose to a second person',
    decide: 'Decide as the second person',
    approve: 'Approve',
    reject: 'Reject',
    decision: 'Decision',
    decisionReason: 'Reason',
    policeReference: 'Police reference (when approving)',
    own: 'You made this proposal yourself; another legal reviewer decides.',
    waiting: 'Awaiting a second person',
    freeze: 'Freeze evidence (seal the transcript)',
    proposeNotification: 'Propose a police notification',
    channel: 'Agreed notification channel',
    legalGround: 'Legal ground for the notification',
    privacyChecked: 'Privacy check done: only needed data, from public sources or from the sender',
    outcome: 'What did the police do?',
    outcomes: { stopgesprek: 'Talk to stop', investigation: 'Investigation opened', registered: 'Recorded in police systems', no_action: 'No action', unknown: 'Unknown' },
    saveOutcome: 'Record outcome and close',
    package: 'Download the police package (signed, JSON and transcript)',
    by: 'by',
  },
};

const utc = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16);

/** The four-eyes part of a conversation page: proposals, decisions, freeze, notification, outcome, package. */
export const ReviewsSection = ({ view, data, values = {}, errors = {} }: { view: View; data: ConversationPageData; values?: Record<string, string>; errors?: FieldErrors }) => {
  const l = L[view.lang];
  const { conv, messages, reviews, names } = data;
  const roles = view.user?.roles ?? [];
  const isOperator = roles.includes('decoy_operator');
  const isReviewer = roles.includes('legal_reviewer');
  const open = reviews.find((r) => !r.decidedAt);
  const disclosure = messages.find((m) => m.id === conv.disclosureMessageId);
  const afterDisclosure = messages.filter((m) => m.direction === 'in' && disclosure && m.seq > disclosure.seq);
  const relevant = ['continuation_review', 'warning_sent', 'evidence_frozen', 'police_notified', 'closed_notified'].includes(conv.state) || reviews.length > 0;
  if (!relevant) return null;

  return (
    <section aria-labelledby="reviews-title" id="reviews">
      <h2 class="utrecht-heading-2" id="reviews-title">
        {l.title}
      </h2>
      <FormErrors title={view.lang === 'en' ? 'Something is not right' : 'Er is iets niet goed'} errors={errors} />
      <ul class="utrecht-unordered-list">
        {reviews.map((r) => (
          <li data-review={r.id} data-kind={r.kind} data-decision={r.decision ?? 'open'}>
            {r.kind === 'warning' ? l.warning : l.notification}: {names.get(r.proposedBy) ?? '?'}, {formatDateTime(view.lang, r.proposedAt)} —{' '}
            {r.decidedBy ? `${r.decision} ${l.by} ${names.get(r.decidedBy) ?? '?'}: ${r.decisionReason ?? ''}` : l.waiting}
          </li>
        ))}
      </ul>
      {conv.state === 'continuation_review' && !open && isOperator ? (
        <form method="post" action={`/lokprofielen/gesprekken/${conv.id}/waarschuwing/voorstel`} novalidate>
          <h3 class="utrecht-heading-3">{l.proposeWarning}</h3>
          <CsrfField token={view.csrf} />
          <SelectField name="proposalMessageId" label={l.proposalMessageId} value={values.proposalMessageId} error={errors.proposalMessageId} options={afterDisclosure.map((m) => ({ value: m.id, label: `#${m.seq} ${utc(m.at)}: ${m.text.slice(0, 60)}` }))} />
          <ChoiceGroup name="proposed" legend={l.proposed} options={PROPOSED_ELEMENTS.map((p) => ({ value: p, label: l.proposedLabels[p] ?? p }))} selected={(values.proposed ?? '').split(',')} error={errors.proposed} />
          <ChoiceGroup name="ageConfirmed" legend={l.ageConfirmed(conv.statedAge)} options={[{ value: 'yes', label: l.ageConfirmed(conv.statedAge) }]} selected={values.ageConfirmed ? ['yes'] : []} error={errors.ageConfirmed} />
          <TextField name="note" label={l.note} value={values.note} />
          <SubmitButton>{l.propose}</SubmitButton>
        </form>
      ) : null}
      {conv.state === 'warning_sent' && isOperator ? (
        <form method="post" action={`/lokprofielen/gesprekken/${conv.id}/bewijs-vastzetten`} novalidate>
          <CsrfField token={view.csrf} />
          <SubmitButton>{l.freeze}</SubmitButton>
        </form>
      ) : null}
      {conv.state === 'evidence_frozen' && !open && isOperator ? (
        <form method="post" action={`/lokprofielen/gesprekken/${conv.id}/melding/voorstel`} novalidate>
          <h3 class="utrecht-heading-3">{l.proposeNotification}</h3>
          <CsrfField token={view.csrf} />
          <TextArea name="legalGround" label={l.legalGround} value={values.legalGround} error={errors.legalGround} rows={3} />
          <ChoiceGroup name="privacyChecked" legend={l.privacyChecked} options={[{ value: 'yes', label: l.privacyChecked }]} selected={values.privacyChecked ? ['yes'] : []} error={errors.privacyChecked} />
          <TextField name="note" label={l.note} value={values.note} />
          <SubmitButton>{l.propose}</SubmitButton>
        </form>
      ) : null}
      {open && isReviewer ? (
        open.proposedBy === view.user?.id ? (
          <p class="utrecht-paragraph" id="own-proposal">
            {l.own}
          </p>
        ) : (
          <form method="post" action={`/lokprofielen/gesprekken/${conv.id}/${open.kind === 'warning' ? 'waarschuwing' : 'melding'}/besluit`} novalidate>
            <h3 class="utrecht-heading-3">
              {l.decide}: {open.kind === 'warning' ? l.warning : l.notification}
            </h3>
            <dl class="vn-facts">
              {Object.entries(open.details).map(([k, v]) => (
                <>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </>
              ))}
            </dl>
            <CsrfField token={view.csrf} />
            <ChoiceGroup
              type="radio"
              name="decision"
              legend={l.decision}
              options={[
                { value: 'approve', label: l.approve },
                { value: 'reject', label: l.reject },
              ]}
              selected={values.decision ? [values.decision] : []}
              error={errors.decision}
            />
            <TextField name="decisionReason" label={l.decisionReason} value={values.decisionReason} error={errors.decisionReason} />
            {open.kind === 'notification' ? <TextField name="policeReference" label={l.policeReference} value={values.policeReference} error={errors.policeReference} /> : null}
            <SubmitButton>{l.decide}</SubmitButton>
          </form>
        )
      ) : null}
      {conv.state === 'police_notified' && (isOperator || isReviewer) ? (
        <form method="post" action={`/lokprofielen/gesprekken/${conv.id}/politie-uitkomst`} novalidate>
          <CsrfField token={view.csrf} />
          <ChoiceGroup type="radio" name="outcome" legend={l.outcome} options={POLICE_OUTCOMES.map((o) => ({ value: o, label: l.outcomes[o] ?? o }))} selected={[]} error={errors.outcome} />
          <SubmitButton>{l.saveOutcome}</SubmitButton>
        </form>
      ) : null}
      {['evidence_frozen', 'police_notified', 'closed_notified'].includes(conv.state) && (isOperator || isReviewer) ? (
        <p class="utrecht-paragraph">
          <a href={`/lokprofielen/gesprekken/${conv.id}/politiepakket.zip`} id="police-package">
            {l.package}
          </a>
        </p>
      ) : null}
    </section>
  );
};
