/**
 * The backup's SQL. It runs on a bare connection (a pg client inside the snapshot, or a PGlite
 * instance), not through Drizzle: the backup reads a database it must not migrate or change.
 */
export type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * The audit chain's length and newest hash in the snapshot (audit's `audit_events`; a read of another
 * module's table, listed in docs/ARCHITECTURE.md): the restore checks the chain it brings back ends there.
 */
export const selectAuditHead = async (query: Query): Promise<{ count: number; headHash: string | null }> => {
  const { rows } = await query('SELECT (SELECT count(*) FROM audit_events)::int AS count, (SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1) AS head');
  const row = rows[0] ?? {};

  return { count: Number(row.count ?? 0), headHash: (row.head as string | null) ?? null };
};

const USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

/** Tables, sequences, views, functions and types outside the system schemas: 0 for a fresh database. */
export const countUserObjects = async (query: Query): Promise<number> => {
  const { rows } = await query(`SELECT
      (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS})
    + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMAS})
    + (SELECT count(*) FROM pg_namespace n WHERE ${USER_SCHEMAS} AND n.nspname <> 'public') AS n`);

  return Number(rows[0]?.n ?? 0);
};

/** After a failed restore into a database that was empty: back to empty (every user schema dropped). */
export const dropUserSchemas = async (query: Query): Promise<void> => {
  const { rows } = await query(`SELECT n.nspname AS name FROM pg_namespace n WHERE ${USER_SCHEMAS}`);
  for (const row of rows) await query(`DROP SCHEMA "${String(row.name).replaceAll('"', '""')}" CASCADE`);
  await query('CREATE SCHEMA IF NOT EXISTS public');
};
