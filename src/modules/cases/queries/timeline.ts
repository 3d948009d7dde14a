import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';

// timeline

export type TimelineRow = { at: Date; kind: string; text: string; actor: string | null };

/**
 * Everything that happened in one dossier, oldest first: its own events, signals, tasks, notes,
 * messages of linked reports (the reporter's identity is not in them) and evidence added to it.
 */
export const selectTimeline = async (db: Db, dossierId: string, limit: number): Promise<TimelineRow[]> => {
  const result = await db.execute(sql`
    SELECT at, kind, text, actor FROM (
      SELECT e.at, 'event:' || e.kind AS kind, e.details::text AS text, u.name AS actor
        FROM dossier_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.dossier_id = ${dossierId}
      UNION ALL
      SELECT s.created_at, 'signal:' || s.category, left(s.text, 300), u.name
        FROM signals s JOIN users u ON u.id = s.recorded_by WHERE s.dossier_id = ${dossierId}
      UNION ALL
      SELECT t.created_at, 'task', left(t.title, 300), u.name
        FROM dossier_tasks t JOIN users u ON u.id = t.created_by WHERE t.dossier_id = ${dossierId}
      UNION ALL
      SELECT t.done_at, 'task-done', left(t.title, 300), u.name
        FROM dossier_tasks t LEFT JOIN users u ON u.id = t.done_by WHERE t.dossier_id = ${dossierId} AND t.done_at IS NOT NULL
      UNION ALL
      SELECT n.created_at, 'note', left(n.body, 300), u.name
        FROM dossier_notes n JOIN users u ON u.id = n.author_id WHERE n.dossier_id = ${dossierId}
      UNION ALL
      SELECT m.created_at, 'message:' || m.kind, r.number || ': ' || left(m.body, 300), u.name
        FROM dossier_reports dr JOIN reports r ON r.id = dr.report_id JOIN report_messages m ON m.report_id = dr.report_id
        LEFT JOIN users u ON u.id = m.author_user_id WHERE dr.dossier_id = ${dossierId}
      UNION ALL
      SELECT ev.captured_at, 'evidence', left(ev.title, 200) || ' · SHA-256 ' || ev.sha256, ev.added_by_label
        FROM evidence_items ev WHERE ev.dossier_id = ${dossierId}
    ) AS timeline
    ORDER BY at ASC
    LIMIT ${limit}`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;

  return rows.map((r) => ({ at: new Date(r.at as string | Date), kind: String(r.kind), text: String(r.text ?? ''), actor: r.actor == null ? null : String(r.actor) }));
};
