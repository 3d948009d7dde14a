import { amsterdamToUtc } from './amsterdam-time.ts';
import { CHAT_EXPORT_LIMITS, type ChatExportProblem, type ExportedMessage } from './types.ts';

type TgText = string | { type?: string; text?: string } | TgText[];

const flatten = (t: TgText | undefined): string => {
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.map(flatten).join('');
  if (t && typeof t === 'object' && typeof t.text === 'string') return t.text;

  return '';
};

const asString = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

const dateOf = (m: Record<string, unknown>): Date | null => {
  const unix = asString(m.date_unixtime);
  if (/^\d{9,11}$/.test(unix)) return new Date(Number(unix) * 1000);
  const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(asString(m.date));

  return local ? amsterdamToUtc(Number(local[1]), Number(local[2]), Number(local[3]), Number(local[4]), Number(local[5]), Number(local[6])) : null;
};

/** Telegram Desktop's result.json (one chat). Service messages are system lines; media is named only. */
export const parseTelegram = (text: string): { messages: ExportedMessage[]; systemLines: number } | ChatExportProblem => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { code: 'bad_json', message: { nl: 'Dit bestand is geen geldige JSON. Is het een onvolledige of beschadigde Telegram-export (result.json)?', en: 'This file is not valid JSON. Is it an incomplete or damaged Telegram export (result.json)?' } };
  }
  const list = data && typeof data === 'object' && Array.isArray((data as { messages?: unknown }).messages) ? ((data as { messages: unknown[] }).messages) : null;
  if (!list) return { code: 'not_telegram', message: { nl: 'In dit bestand staat geen lijst "messages". Exporteer één chat uit Telegram Desktop als JSON.', en: 'This file has no "messages" list. Export one chat from Telegram Desktop as JSON.' } };
  if (list.length > CHAT_EXPORT_LIMITS.messages) return { code: 'too_many', message: { nl: `De export heeft meer dan ${CHAT_EXPORT_LIMITS.messages} berichten. Splits hem op of vraag om hulp.`, en: `The export has more than ${CHAT_EXPORT_LIMITS.messages} messages. Split it or ask for help.` } };
  const messages: ExportedMessage[] = [];
  let systemLines = 0;
  let index = 0;
  for (const raw of list) {
    index += 1;
    if (!raw || typeof raw !== 'object') return { code: 'bad_message', message: { nl: `Bericht ${index} in de export is geen object.`, en: `Message ${index} in the export is not an object.` } };
    const m = raw as Record<string, unknown>;
    const at = dateOf(m);
    if (!at) return { code: 'bad_date', message: { nl: `Bericht ${index} heeft geen geldige datum.`, en: `Message ${index} has no valid date.` } };
    if (m.type === 'service') {
      systemLines += 1;
      continue;
    }
    const mediaName = asString(m.photo) || asString(m.file);
    const media = mediaName ? { name: mediaName.slice(0, 300), type: asString(m.mime_type) || (m.photo ? 'image/jpeg' : asString(m.media_type) || 'application/octet-stream'), size: typeof m.file_size === 'number' ? m.file_size : typeof m.photo_file_size === 'number' ? m.photo_file_size : null } : null;
    const id = asString(m.id);
    messages.push({ at, sender: (asString(m.from) || asString(m.from_id) || '?').slice(0, CHAT_EXPORT_LIMITS.senderChars), text: flatten(m.text as TgText), system: false, media, platformMessageId: `tg:${id || index}` });
  }

  return { messages, systemLines };
};
