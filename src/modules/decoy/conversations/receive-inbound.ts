import type { Db } from '../../../db/client.ts';
import { classifyMessage, TRIAGE_LEXICON_VERSION } from '../triage/classify-message.ts';
import { indexInboundMessage } from './index-contact.ts';
import { appendMessage, type NewMessage } from './message-chain.ts';
import { type ConversationRow, type MessageRow, updateConversation } from '../queries/conversations.ts';
import { LOG_ONLY_STATES, type State } from './workflow.ts';

export type Inbound = Omit<NewMessage, 'direction' | 'labels' | 'lexiconVersion' | 'loggedOnly' | 'scriptVersionId' | 'approverId'>;

/**
 * One inbound message into a locked conversation: classified by the explainable rules, hashed into
 * the chain, its identifiers indexed. After the warning it is logged only. Media (never stored: only
 * name, type, size, hash) flags "beeld ontvangen" and sends the conversation to quarantine.
 */
export const receiveInbound = async (tx: Db, conv: ConversationRow, m: Inbound, recordedAt: Date): Promise<{ message: MessageRow; conv: ConversationRow }> => {
  const state = conv.state as State;
  const loggedOnly = LOG_ONLY_STATES.includes(state);
  const labels = classifyMessage(m.text);
  const appended = await appendMessage(tx, conv, { ...m, direction: 'in', labels, lexiconVersion: TRIAGE_LEXICON_VERSION, loggedOnly }, recordedAt);
  let next = appended.conv;
  if (m.media && !next.imageReceived) {
    const toQuarantine = !loggedOnly && !['urgent', 'spam', 'closed_no_continuation', 'closed_desisted', 'closed_notified'].includes(state);
    const set = { imageReceived: true, ...(toQuarantine ? { state: 'image_quarantine' } : {}) };
    await updateConversation(tx, conv.id, set);
    next = { ...next, ...set };
  }
  await indexInboundMessage(tx, next, appended.message);

  return { message: appended.message, conv: next };
};
