import type { Child } from 'hono/jsx';
import type { View } from '../../../../app/view.ts';
import { Alert, ChoiceGroup, CsrfField, type FieldErrors, SubmitButton, TextArea, TextField } from '../../../../web/components/form.tsx';
import { suggestReply, suggestTriage } from '../../triage/classify-message.ts';
import type { ConversationRow, MessageRow } from '../../queries/conversations.ts';
import type { ProfileRow } from '../../queries/profiles.ts';
import type { ScriptRow } from '../../queries/scripts.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import { ACTIONS, type Action, stateLabels, type State } from '../workflow.ts';
import { DecoyNav } from '../../views/decoy-nav.tsx';
import { FormErrors } from '../../views/form-errors.tsx';
import { TableRegion } from '../../../../web/components/table-region.tsx';

export const CONV_LABELS = {
  nl: {
    title: (h: string) => `Gesprek met ${h}`,
    state: 'Stand',
    statedAge: 'Opgegeven leeftijd (vast voor dit gesprek)',
    transcript: 'Volledig gesprek',
    time: 'Tijd (UTC)',
    from: 'Van',
    text: 'Tekst',
    in: 'Afzender',
    out: 'Lokprofiel',
    script: 'Script',
    labels: 'Herkend (woorden)',
    hash: 'SHA-256',
    media: 'Beeld ontvangen — niet opgeslagen en niet getoond',
    loggedOnly: 'Na de waarschuwing: alleen vastgelegd, niet beantwoord',
    disclosure: 'Expliciete leeftijdsmelding',
    urgent: 'Acuut gevaar voor een echt kind: bel 112. Het lokprofiel is gepauzeerd en een teamleider is gewaarschuwd.',
    image: 'Beeld ontvangen: niet openen, niet doorsturen. Het gesprek gaat naar de politieroute.',
    repeat: 'Herhaalde afzender: dezelfde afzender bij een ander lokprofiel. Dit gaat mee in de politiemelding; er gaat niet automatisch een bericht.',
    next: 'Volgend bericht dat mag',
    noNext: 'In deze stand mag er niets verstuurd worden.',
    approveBox: 'Ik heb dit bericht gelezen en keur het goed',
    send: 'Goedkeuren en als verstuurd vastleggen',
    steps: 'Volgende stap',
    note: 'Toelichting (optioneel)',
    suggestion: 'Voorstel van de regels',
    addMessage: 'Nieuw bericht van de afzender vastleggen',
    at: 'Tijd (UTC, jjjj-mm-dd uu:mm)',
    platformMessageId: 'Bericht-id op het platform',
    msgText: 'Tekst (precies zoals ontvangen)',
    save: 'Bericht vastleggen',
    importTitle: 'Chat-export inlezen (WhatsApp .txt of Telegram result.json)',
    importHint: 'Hoogstens 5 MB en 20.000 berichten. Beelden en andere media worden nooit opgeslagen of geopend: alleen hun naam wordt vastgelegd.',
    file: 'Exportbestand',
    decoySender: 'Naam van het lokprofiel in de export',
    importSubmit: 'Inlezen',
    imported: (added: number, there: number, media: number) => `Ingelezen: ${added} nieuwe berichten, ${there} stonden er al${media > 0 ? `, ${media} met media (niet opgeslagen)` : ''}.`,
    actions: {
      spam: 'Spam of niet relevant',
      solicitation: 'Benadering: leeftijd noemen',
      image: 'Beeld ontvangen',
      urgent: 'Acuut gevaar: 112',
      desisted: 'Gestopt na leeftijd',
      ambiguous: 'Onduidelijk: één verduidelijking',
      continued: 'Ging door na leeftijd',
      hold: 'Aanhouden (twijfel of script ontbreekt)',
      release: 'Vrijgeven na juridisch besluit',
    } as Record<Action, string>,
  },
  en: {
    title: (h: string) => `Conversation with ${h}`,
    state: 'State',
    statedAge: 'Stated age (frozen for this conversation)',
    transcript: 'Full conversation',
    time: 'Time (UTC)',
    from: 'From',
    text: 'Text',
    in: 'Sender',
    out: 'Decoy',
    script: 'Script',
    labels: 'Recognised (words)',
    hash: 'SHA-256',
    media: 'Image received — not stored and not shown',
    loggedOnly: 'After the warning: logged only, not answered',
    disclosure: 'Explicit age disclosure',
    urgent: 'Acute danger to a real child: call 112. The decoy is paused and a supervisor has been alerted.',
    image: 'Image received: do not open, do not forward. The conversation goes to the police route.',
    repeat: 'Repeat responder: the same sender at another decoy. This goes into the police notification; no message is sent automatically.',
    next: 'Next message allowed',
    noNext: 'Nothing may be sent in this state.',
    approveBox: 'I have read this message and approve it',
    send: 'Approve and record as sent',
    steps: 'Next step',
    note: 'Note (optional)',
    suggestion: 'The rules suggest',
    addMessage: 'Record a new message from the sender',
    at: 'Time (UTC, yyyy-mm-dd hh:mm)',
    platformMessageId: 'Message id on the platform',
    msgText: 'Text (exactly as received)',
    save: 'Record message',
    importTitle: 'Import a chat export (WhatsApp .txt or Telegram result.json)',
    importHint: 'At most 5 MB and 20,000 messages. Images and other media are never stored or opened: only their name is recorded.',
    file: 'Export file',
    decoySender: 'The decoy’s name in the export',
    importSubmit: 'Import',
    imported: (added: number, there: number, media: number) => `Imported: ${added} new messages, ${there} were already there${media > 0 ? `, ${media} with media (not stored)` : ''}.`,
    actions: {
      spam: 'Spam or irrelevant',
      solicitation: 'Solicitation: disclose age',
      image: 'Image received',
      urgent: 'Acute danger: 112',
      desisted: 'Stopped after disclosure',
      ambiguous: 'Unclear: one clarification',
      continued: 'Continued after disclosure',
      hold: 'Hold (doubt or script gap)',
      release: 'Release after legal decision',
    },
  },
};

/** Direction-changing characters are kept in the record but shown as visible marks, so no line can pose as another. */
const showControls = (text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, (c) => `⟨U+${c.codePointAt(0)?.toString(16).toUpperCase()}⟩`);

const utc = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 19);

export type ConversationPageProps = {
  view: View;
  conv: ConversationRow;
  profile: ProfileRow;
  messages: MessageRow[];
  scripts: Map<string, ScriptRow>;
  nextScripts: { script: ScriptRow; text: string }[];
  open: boolean;
  values?: Record<string, string>;
  errors?: FieldErrors;
  reviews?: Child;
  importNote?: { added: number; there: number; media: number };
};

export const ConversationPage = ({ view, conv, profile, messages, scripts, nextScripts, open, values = {}, errors = {}, reviews, importNote }: ConversationPageProps) => {
  const l = CONV_LABELS[view.lang];
  const roles = view.user?.roles ?? [];
  const isOperator = roles.includes('decoy_operator');
  const state = conv.state as State;
  const actions = (Object.keys(ACTIONS) as Action[]).filter((a) => (ACTIONS[a].from as readonly State[]).includes(state) && (a === 'release' ? roles.includes('legal_reviewer') : isOperator));
  const lastIn = [...messages].reverse().find((m) => m.direction === 'in');
  const suggestion = lastIn?.labels ? (state === 'triage' ? suggestTriage(lastIn.labels) : state === 'await_reply' ? suggestReply(lastIn.labels) : null) : null;

  return (
    <StaffLayout view={view} title={l.title(conv.responderHandle)}>
      <DecoyNav view={view} />
      <h1 class="utrecht-heading-1">{l.title(conv.responderHandle)}</h1>
      <FormErrors title={view.lang === 'en' ? 'Something is not right' : 'Er is iets niet goed'} errors={errors} />
      {importNote ? <Alert type="ok">{l.imported(importNote.added, importNote.there, importNote.media)}</Alert> : null}
      {conv.urgent ? <Alert type="error">{l.urgent}</Alert> : null}
      {conv.imageReceived ? <Alert type="warning">{l.image}</Alert> : null}
      {conv.repeatResponder ? <Alert type="info">{l.repeat}</Alert> : null}
      <dl class="vn-facts" id="conversation" data-state={conv.state}>
        <dt>{l.state}</dt>
        <dd>{stateLabels[state]?.[view.lang] ?? conv.state}</dd>
        <dt>{l.statedAge}</dt>
        <dd>{conv.statedAge}</dd>
        <dt>Platform</dt>
        <dd>
          {conv.platform} — <a href={`/lokprofielen/profielen/${profile.id}`}>{profile.name}</a>
        </dd>
      </dl>
      <h2 class="utrecht-heading-2">{l.transcript}</h2>
      <TableRegion label={l.transcript}>
        <table class="utrecht-table" id="transcript">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell">#</th>
              <th class="utrecht-table__header-cell">{l.time}</th>
              <th class="utrecht-table__header-cell">{l.from}</th>
              <th class="utrecht-table__header-cell">{l.text}</th>
              <th class="utrecht-table__header-cell">{l.labels}</th>
              <th class="utrecht-table__header-cell">{l.hash}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {messages.map((m) => {
              const s = m.scriptVersionId ? scripts.get(m.scriptVersionId) : undefined;
              return (
                <tr class="utrecht-table__row" data-message={m.id} data-direction={m.direction} data-disclosure={m.id === conv.disclosureMessageId ? 'yes' : undefined}>
                  <td class="utrecht-table__cell">{m.seq}</td>
                  <td class="utrecht-table__cell">{utc(m.at)}</td>
                  <td class="utrecht-table__cell">{m.direction === 'in' ? l.in : l.out}</td>
                  <td class="utrecht-table__cell">
                    {m.id === conv.disclosureMessageId ? <strong>{l.disclosure}: </strong> : null}
                    <span dir="auto">{showControls(m.text)}</span>
                    {m.mediaName ? <p class="vn-hint" data-media="not-stored">{`${l.media}: ${m.mediaName} (${m.mediaType ?? ''}, ${m.mediaSize ?? 0} bytes${m.mediaSha256 ? `, SHA-256 ${m.mediaSha256}` : ''})`}</p> : null}
                    {m.loggedOnly ? <p class="vn-hint">{l.loggedOnly}</p> : null}
                    {s ? <p class="vn-hint">{`${l.script}: ${s.kind} ${s.variant} v${s.version} (${s.id})`}</p> : null}
                  </td>
                  <td class="utrecht-table__cell">{(m.labels ?? []).map((h) => `${h.label}: ${h.words.join(', ')}`).join('; ')}</td>
                  <td class="utrecht-table__cell">
                    <code>{m.sha256.slice(0, 12)}</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      {reviews}
      {isOperator ? (
        <section aria-labelledby="next-title">
          <h2 class="utrecht-heading-2" id="next-title">
            {l.next}
          </h2>
          {!open || nextScripts.length === 0 ? <p class="utrecht-paragraph">{l.noNext}</p> : null}
          {open
            ? nextScripts.map(({ script, text }) => (
                <form method="post" action={`/lokprofielen/gesprekken/${conv.id}/versturen`} novalidate data-next-script={script.id}>
                  <CsrfField token={view.csrf} />
                  <input type="hidden" name="scriptVersionId" value={script.id} />
                  <blockquote class="vn-quote">{text}</blockquote>
                  <p class="vn-hint">{`${script.kind} ${script.variant} v${script.version}`}</p>
                  {errors.approved ? <p class="vn-field-error">{errors.approved}</p> : null}
                  <div class="vn-choice">
                    <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={`approved-${script.id}`} name="approved" value="yes" />{' '}
                    <label class="utrecht-form-label utrecht-form-label--checkbox" for={`approved-${script.id}`}>
                      {l.approveBox}
                    </label>
                  </div>
                  <SubmitButton>{l.send}</SubmitButton>
                </form>
              ))
            : null}
        </section>
      ) : null}
      {actions.length > 0 ? (
        <section aria-labelledby="steps-title">
          <h2 class="utrecht-heading-2" id="steps-title">
            {l.steps}
          </h2>
          {suggestion ? (
            <p class="utrecht-paragraph" id="suggestion" data-suggestion={suggestion}>
              {l.suggestion}: <strong>{l.actions[suggestion]}</strong>
            </p>
          ) : null}
          <form method="post" action={`/lokprofielen/gesprekken/${conv.id}/stap`} novalidate>
            <CsrfField token={view.csrf} />
            <ChoiceGroup type="radio" name="action" legend={l.steps} options={actions.map((a) => ({ value: a, label: l.actions[a] }))} selected={values.action ? [values.action] : []} error={errors.action} />
            {/* Not "note": the four-eyes forms above have a note field too, and ids must differ. */}
            <TextField name="stepNote" label={l.note} value={values.stepNote} />
            <SubmitButton>{l.steps}</SubmitButton>
          </form>
        </section>
      ) : null}
      {isOperator ? (
        <form method="post" action={`/lokprofielen/gesprekken/${conv.id}/berichten`} novalidate>
          <h2 class="utrecht-heading-2">{l.addMessage}</h2>
          <CsrfField token={view.csrf} />
          <TextField name="at" label={l.at} value={values.at} error={errors.at} />
          <TextField name="platformMessageId" label={l.platformMessageId} value={values.platformMessageId} error={errors.platformMessageId} />
          <TextArea name="text" label={l.msgText} value={values.text} error={errors.text} rows={3} />
          <SubmitButton>{l.save}</SubmitButton>
        </form>
      ) : null}
      {isOperator && open ? (
        <form method="post" action={`/lokprofielen/gesprekken/${conv.id}/import?_csrf=${encodeURIComponent(view.csrf)}`} enctype="multipart/form-data" novalidate>
          <h2 class="utrecht-heading-2">{l.importTitle}</h2>
          <p class="utrecht-paragraph">{l.importHint}</p>
          {errors.bestand ? (
            <p class="vn-field-error" id="bestand-error">
              {errors.bestand}
            </p>
          ) : null}
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for="bestand">
              {l.file}
            </label>
            <input class="utrecht-textbox" type="file" id="bestand" name="bestand" accept=".txt,.json,text/plain,application/json" aria-describedby={errors.bestand ? 'bestand-error' : undefined} />
          </div>
          <TextField name="decoySender" label={l.decoySender} value={values.decoySender ?? profile.handle} error={errors.decoySender} />
          <SubmitButton>{l.importSubmit}</SubmitButton>
        </form>
      ) : null}
    </StaffLayout>
  );
};
