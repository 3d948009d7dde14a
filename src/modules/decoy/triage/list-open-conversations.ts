import type { Db } from '../../../db/client.ts';
import { suggestReply, suggestTriage, type TriageHit } from './classify-message.ts';
import { selectOpenConversationsWithLastInbound } from '../queries/triage.ts';

export type QueueRow = { id: string; handle: string; state: string; lastAt: Date | null; suggestion: string | null; labels: TriageHit[] };

/**
 * The operator's queue (assisted triage): open conversations that wait for a human, each with the
 * rules' suggestion and the words behind it. A suggestion only; the operator decides on the page.
 */
export const listOpenConversations = async (db: Db): Promise<QueueRow[]> => {
  const rows = await selectOpenConversationsWithLastInbound(db, ['triage', 'await_reply', 'continuation_review', 'urgent', 'image_quarantine', 'hold', 'disclosure_pending', 'clarify'], 200);

  return rows.map((r) => {
    // A jsonb from a subquery arrives parsed on one driver and as text on the other.
    const raw: unknown = r.labels;
    const labels = (typeof raw === 'string' ? JSON.parse(raw) : (raw ?? [])) as TriageHit[];
    const suggestion = r.state === 'triage' ? suggestTriage(labels) : r.state === 'await_reply' && r.lastDirection === 'in' ? suggestReply(labels) : null;
    return { id: r.id, handle: r.handle, state: r.state, lastAt: r.lastAt, suggestion, labels };
  });
};
