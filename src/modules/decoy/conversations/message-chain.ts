import { createHash } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import { type ConversationRow, insertMessage, type MessageRow, updateConversation } from '../queries/conversations.ts';

export const GENESIS = '0'.repeat(64);

export type NewMessage = {
  direction: 'in' | 'out';
  at: Date;
  platformMessageId: string;
  text: string;
  source: 'typed' | 'whatsapp' | 'telegram' | 'webhook' | 'sent';
  scriptVersionId?: string | null;
  operatorId?: string | null;
  approverId?: string | null;
  /** Media is named only; its SHA-256 only when the bytes were in front of us (a webhook), else null. */
  media?: { name: string; type: string; size: number; sha256: string | null } | null;
  labels?: { label: string; words: string[] }[] | null;
  lexiconVersion?: string | null;
  loggedOnly?: boolean;
};

/** SHA-256 over the message's fields and the previous message's hash (research D1). */
export const messageHash = (conversationId: string, seq: number, m: NewMessage, recordedAt: Date, prevHash: string): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        conversationId,
        seq,
        m.direction,
        m.at.toISOString(),
        m.platformMessageId,
        m.text,
        m.source,
        m.scriptVersionId ?? null,
        m.operatorId ?? null,
        m.approverId ?? null,
        m.media ? [m.media.name, m.media.type, m.media.size, m.media.sha256] : null,
        recordedAt.toISOString(),
        prevHash,
      ]),
    )
    .digest('hex');

/**
 * Appends one message to a conversation locked by the caller (lockConversation, same transaction):
 * next sequence number, hash chained to the previous one. Returns the message and the new head.
 */
export const appendMessage = async (tx: Db, conv: ConversationRow, m: NewMessage, recordedAt: Date): Promise<{ message: MessageRow; conv: ConversationRow }> => {
  const seq = conv.messageCount + 1;
  const sha256 = messageHash(conv.id, seq, m, recordedAt, conv.headHash);
  const message = await insertMessage(tx, {
    conversationId: conv.id,
    seq,
    direction: m.direction,
    at: m.at,
    platformMessageId: m.platformMessageId,
    text: m.text,
    source: m.source,
    scriptVersionId: m.scriptVersionId ?? null,
    operatorId: m.operatorId ?? null,
    approverId: m.approverId ?? null,
    mediaName: m.media?.name ?? null,
    mediaType: m.media?.type ?? null,
    mediaSize: m.media?.size ?? null,
    mediaSha256: m.media?.sha256 ?? null,
    labels: m.labels ?? null,
    lexiconVersion: m.lexiconVersion ?? null,
    loggedOnly: m.loggedOnly ?? false,
    recordedAt,
    sha256,
    prevHash: conv.headHash,
  });
  const lastMessageAt = conv.lastMessageAt && conv.lastMessageAt > m.at ? conv.lastMessageAt : m.at;
  const next = { ...conv, headHash: sha256, messageCount: seq, lastMessageAt };
  await updateConversation(tx, conv.id, { headHash: sha256, messageCount: seq, lastMessageAt });

  return { message, conv: next };
};

/** Walks a conversation's chain; returns the first broken sequence number, or null when intact. */
export const verifyChain = (conversationId: string, messages: MessageRow[]): number | null => {
  let prev = GENESIS;
  for (const m of messages) {
    const media = m.mediaName ? { name: m.mediaName, type: m.mediaType ?? '', size: m.mediaSize ?? 0, sha256: m.mediaSha256 } : null;
    const expected = messageHash(conversationId, m.seq, { ...m, direction: m.direction as 'in' | 'out', source: m.source as NewMessage['source'], media }, m.recordedAt, prev);
    if (m.prevHash !== prev || m.sha256 !== expected) return m.seq;
    prev = m.sha256;
  }

  return null;
};
