import { parseTelegram } from './parse-telegram.ts';
import { parseWhatsApp } from './parse-whatsapp.ts';
import { CHAT_EXPORT_LIMITS, type ChatExport, type ChatExportProblem } from './types.ts';

export * from './types.ts';

const problemOf = (code: string, nl: string, en: string): ChatExportProblem => ({ code, message: { nl, en } });

/** Bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything else is refused, not guessed. */
const decode = (bytes: Uint8Array): string | ChatExportProblem => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return problemOf('encoding', 'Dit bestand is geen UTF-8-tekst. Exporteer de chat opnieuw (WhatsApp en Telegram schrijven UTF-8), of sla het bestand op als UTF-8.', 'This file is not UTF-8 text. Export the chat again (WhatsApp and Telegram write UTF-8), or save the file as UTF-8.');
  }
};

/**
 * One shared chat-export reader (decoy conversations and dossier evidence): WhatsApp .txt (Dutch and
 * English, with and without seconds) or Telegram Desktop result.json. Either the whole export is read
 * or a clear Dutch message says why not — never half.
 */
export const readChatExport = (bytes: Uint8Array, fileName: string): ChatExport | ChatExportProblem => {
  if (bytes.byteLength === 0) return problemOf('empty', 'Het bestand is leeg.', 'The file is empty.');
  if (bytes.byteLength > CHAT_EXPORT_LIMITS.bytes) return problemOf('too_large', `Het bestand is groter dan ${CHAT_EXPORT_LIMITS.bytes / 1024 / 1024} MB.`, `The file is larger than ${CHAT_EXPORT_LIMITS.bytes / 1024 / 1024} MB.`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return problemOf('zip', 'Dit is een ZIP-bestand. Pak het uit en kies alleen het .txt-bestand (media worden nooit opgeslagen).', 'This is a ZIP file. Unpack it and choose only the .txt file (media are never stored).');
  const text = decode(bytes);
  if (typeof text !== 'string') return text;
  if (text.includes('\u0000')) return problemOf('binary', 'Dit bestand bevat binaire gegevens en is geen chat-export.', 'This file holds binary data and is not a chat export.');
  const looksJson = /^\s*\{/.test(text) || fileName.toLowerCase().endsWith('.json');
  const parsed = looksJson ? parseTelegram(text) : parseWhatsApp(text);
  if ('code' in parsed) return parsed;
  if (parsed.messages.length === 0) return problemOf('no_messages', 'In deze export staan geen berichten.', 'This export holds no messages.');
  const long = parsed.messages.findIndex((m) => m.text.length > CHAT_EXPORT_LIMITS.messageChars);
  if (long >= 0) return problemOf('message_too_long', `Bericht ${long + 1} is langer dan ${CHAT_EXPORT_LIMITS.messageChars} tekens. Er is niets ingelezen.`, `Message ${long + 1} is longer than ${CHAT_EXPORT_LIMITS.messageChars} characters. Nothing was imported.`);

  return { format: looksJson ? 'telegram' : 'whatsapp', messages: parsed.messages, senders: [...new Set(parsed.messages.map((m) => m.sender))], systemLines: parsed.systemLines };
};
