import { createHash } from 'node:crypto';
import { amsterdamToUtc } from './amsterdam-time.ts';
import { CHAT_EXPORT_LIMITS, type ChatExportProblem, type ExportedMessage } from './types.ts';

// "02-03-2027 14:05 - ", "02-03-2027 14:05:33 - ", "[02-03-2027 14:05:33] ", "3/2/27, 2:05 PM - ", "02/03/2027, 14:05 - "
const LINE = /^[\u200e\u200f\ufeff]?\[?(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([AaPp])\.?\s?[Mm]\.?)?\]?(?:\s[-–]\s|\s)/;
const MEDIA_OMITTED = /^[\u200e]?<(?:Media weggelaten|Media omitted|Afbeelding weggelaten|image omitted|video omitted|Video weggelaten|audio omitted|Audio weggelaten|sticker omitted|GIF weggelaten|GIF omitted)>$/i;
const ATTACHED = /^[\u200e]?(.+?\.(\w{2,5}))\s\((?:bestand bijgevoegd|file attached)\)$/i;
const ATTACHED_IOS = /^[\u200e]?<(?:bijgevoegd|attached):\s*(.+?\.(\w{2,5}))>$/i;

const TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', mp4: 'video/mp4', opus: 'audio/ogg', mp3: 'audio/mpeg', pdf: 'application/pdf', vcf: 'text/vcard' };

type Head = { y: number; mo: number; d: number; h: number; mi: number; s: number; rest: string };

const readHead = (line: string, monthFirst: boolean): Head | null => {
  const m = LINE.exec(line);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  let y = Number(m[3]);
  if (y < 100) y += 2000;
  let h = Number(m[4]);
  const ampm = m[7]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;

  return { y, mo: monthFirst ? a : b, d: monthFirst ? b : a, h, mi: Number(m[5]), s: Number(m[6] ?? 0), rest: line.slice(m[0].length) };
};

/** US exports (AM/PM) put the month first; a first number above 12 anywhere settles it the other way. */
const monthFirstOf = (lines: string[]): boolean => {
  let ampm = false;
  for (const line of lines.slice(0, 2000)) {
    const m = LINE.exec(line);
    if (!m) continue;
    if (Number(m[1]) > 12) return false;
    if (Number(m[2]) > 12) return true;
    if (m[7]) ampm = true;
  }

  return ampm;
};

/**
 * A WhatsApp ".txt" export in the Dutch or English format, with or without seconds, Android or iOS.
 * Lines without a date prefix continue the message before (multi-line messages); lines without
 * "Name: " are system lines. Times are the phone's (Amsterdam) and stored as UTC.
 */
export const parseWhatsApp = (text: string): { messages: ExportedMessage[]; systemLines: number } | ChatExportProblem => {
  const lines = text.split(/\r\n|\n|\r/);
  // The file's own final line break is not part of the last message.
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const monthFirst = monthFirstOf(lines);
  const messages: ExportedMessage[] = [];
  let systemLines = 0;
  let current: ExportedMessage | null = null;
  let lineNo = 0;
  for (const line of lines) {
    lineNo += 1;
    const head = readHead(line, monthFirst);
    if (!head) {
      if (current) current.text += `\n${line}`;
      else if (line.trim().length > 0) return { code: 'not_whatsapp', message: { nl: `Regel ${lineNo} begint niet met een datum en tijd. Dit lijkt geen WhatsApp-export (.txt).`, en: `Line ${lineNo} does not start with a date and time. This does not look like a WhatsApp export (.txt).` } };
      continue;
    }
    const at = amsterdamToUtc(head.y, head.mo, head.d, head.h, head.mi, head.s);
    if (!at) return { code: 'bad_date', message: { nl: `Regel ${lineNo} heeft een datum of tijd die niet bestaat.`, en: `Line ${lineNo} has a date or time that does not exist.` } };
    const colon = head.rest.indexOf(': ');
    if (colon <= 0 || colon > CHAT_EXPORT_LIMITS.senderChars) {
      systemLines += 1;
      current = null;
      continue;
    }
    current = { at, sender: head.rest.slice(0, colon).replace(/^[\u200e\u202a-\u202e\u2066-\u2069~\s]+|[\u200e\u202a-\u202e\u2066-\u2069\s]+$/g, ''), text: head.rest.slice(colon + 2), system: false, media: null, platformMessageId: '' };
    messages.push(current);
    if (messages.length > CHAT_EXPORT_LIMITS.messages) {
      return { code: 'too_many', message: { nl: `De export heeft meer dan ${CHAT_EXPORT_LIMITS.messages} berichten. Splits hem op of vraag om hulp.`, en: `The export has more than ${CHAT_EXPORT_LIMITS.messages} messages. Split it or ask for help.` } };
    }
  }
  const seen = new Map<string, number>();
  for (const m of messages) {
    const trimmed = m.text.trim();
    if (MEDIA_OMITTED.test(trimmed)) m.media = { name: trimmed.replace(/^\u200e/, ''), type: 'unknown', size: null };
    const attached = ATTACHED.exec(trimmed) ?? ATTACHED_IOS.exec(trimmed);
    if (attached) m.media = { name: attached[1] ?? '', type: TYPES[(attached[2] ?? '').toLowerCase()] ?? 'application/octet-stream', size: null };
    // No ids in a WhatsApp export: time, sender and text identify a message; a repeat in the same second counts on.
    const base = createHash('sha256').update(`${m.at.toISOString()}|${m.sender}|${m.text}`).digest('hex').slice(0, 24);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    m.platformMessageId = `wa:${base}:${n}`;
  }

  return { messages, systemLines };
};
