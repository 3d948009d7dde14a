import type { Db } from '../../../db/client.ts';
import { recordOccurrences } from '../../identifiers/index.ts';
import type { ConversationRow, MessageRow } from '../queries/conversations.ts';

/** Names the extractor reads as "platform: handle", so the handle becomes an account identifier. */
const PLATFORM_WORD: Record<string, string> = { instagram: 'insta', snapchat: 'snap', tiktok: 'tiktok', telegram: 'telegram', facebook: 'facebook', x: 'twitter' };

/**
 * The responder's handle, URL, phone and e-mail, and any identifier they wrote in a message, join the
 * identifier index as source decoy_contact (the conversation id), so "where else seen" shows them.
 */
export const indexContact = async (db: Db, conv: ConversationRow) => {
  const platform = PLATFORM_WORD[conv.platform.toLowerCase()];
  const lines = [platform ? `${platform}: ${conv.responderHandle}` : '', conv.responderUrl ?? '', conv.responderPhone ?? '', conv.responderEmail ?? ''];
  await recordOccurrences(db, { source: { type: 'decoy_contact', id: conv.id }, field: 'responder', text: lines.filter(Boolean).join('\n'), seenAt: conv.openedAt });
};

export const indexInboundMessage = async (db: Db, conv: ConversationRow, m: MessageRow) => {
  if (m.direction !== 'in' || m.text.length === 0) return;
  await recordOccurrences(db, { source: { type: 'decoy_contact', id: conv.id }, field: `message:${m.id}`, text: m.text, seenAt: m.at });
};
