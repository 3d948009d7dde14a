import { isUuid } from '../../../app/forms.ts';
import { type Problem, problem } from '../../../app/result.ts';
import { MAX_MESSAGE_LENGTH } from '../conversations/parse-message.ts';

/** What a channel adapter sends for one inbound message (README of the module: "Channel webhook"). */
export type ChannelMessage = {
  profileId: string;
  messageId: string;
  at: Date;
  sender: { handle: string; url: string; phone: string; email: string };
  text: string;
  media: { name: string; type: string; size: number; sha256: string } | null;
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const bad = (field: string, nl: string, en: string) => problem('invalid', { nl, en }, field);

/**
 * Reads the JSON body without trusting any of it: every field checked, each problem a Dutch sentence
 * (with English) naming the field. Media is described only (name, type, size, SHA-256): its bytes
 * never reach Vangnet.
 */
export const parseChannelMessage = (raw: Uint8Array): { ok: true; value: ChannelMessage } | { ok: false; problems: Problem[] } => {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(raw).toString('utf8'));
  } catch {
    return { ok: false, problems: [bad('body', 'De inhoud is geen geldige JSON.', 'The body is not valid JSON.')] };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, problems: [bad('body', 'De inhoud moet één JSON-object zijn.', 'The body must be one JSON object.')] };
  const b = body as Record<string, unknown>;
  const sender = (typeof b.sender === 'object' && b.sender !== null ? b.sender : {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const profileId = str(b.profile);
  if (!isUuid(profileId)) problems.push(bad('profile', 'Veld "profile": het id van het lokprofiel ontbreekt of is geen geldig id.', 'Field "profile": the decoy id is missing or not a valid id.'));
  const messageId = str(b.messageId);
  if (messageId.length === 0 || messageId.length > 200) problems.push(bad('messageId', 'Veld "messageId": het bericht-id van het platform ontbreekt of is langer dan 200 tekens.', 'Field "messageId": the platform message id is missing or longer than 200 characters.'));
  const atText = str(b.at);
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(atText) ? new Date(atText) : null;
  if (!at || Number.isNaN(at.getTime())) problems.push(bad('at', 'Veld "at": de tijd ontbreekt of is geen UTC-tijd als 2027-03-02T14:05:00Z.', 'Field "at": the time is missing or not a UTC time like 2027-03-02T14:05:00Z.'));
  const handle = str(sender.handle);
  if (handle.length === 0 || handle.length > 300) problems.push(bad('sender.handle', 'Veld "sender.handle": de naam of handle van de afzender ontbreekt of is langer dan 300 tekens.', 'Field "sender.handle": the sender’s handle is missing or longer than 300 characters.'));
  for (const f of ['url', 'phone', 'email'] as const) {
    if (str(sender[f]).length > 300) problems.push(bad(`sender.${f}`, `Veld "sender.${f}": hoogstens 300 tekens.`, `Field "sender.${f}": at most 300 characters.`));
  }
  const text = str(b.text);
  const m = typeof b.media === 'object' && b.media !== null ? (b.media as Record<string, unknown>) : null;
  if (text.length > MAX_MESSAGE_LENGTH) problems.push(bad('text', `Veld "text": het bericht is langer dan ${MAX_MESSAGE_LENGTH} tekens.`, `Field "text": the message is longer than ${MAX_MESSAGE_LENGTH} characters.`));
  if (text.length === 0 && !m) problems.push(bad('text', 'Veld "text": een bericht zonder tekst en zonder media kan niet.', 'Field "text": a message without text and without media is not possible.'));
  let media: ChannelMessage['media'] = null;
  if (m) {
    const size = typeof m.size === 'number' && Number.isInteger(m.size) && m.size >= 0 ? m.size : -1;
    const sha256 = str(m.sha256).toLowerCase();
    if (str(m.name).length === 0 || str(m.name).length > 200 || str(m.type).length > 100 || size < 0 || size > 2 ** 31 - 1 || !/^[0-9a-f]{64}$/.test(sha256)) {
      problems.push(bad('media', 'Veld "media": geef alleen naam, type, grootte (bytes) en SHA-256 van het beeld. Het beeld zelf wordt nooit opgeslagen.', 'Field "media": give only the name, type, size (bytes) and SHA-256 of the image. The image itself is never stored.'));
    } else media = { name: str(m.name), type: str(m.type), size, sha256 };
  }
  if (problems.length > 0 || !at) return { ok: false, problems };

  return { ok: true, value: { profileId, messageId, at, sender: { handle, url: str(sender.url), phone: str(sender.phone), email: str(sender.email) }, text, media } };
};
