import type { AppContext } from '../../src/app/context.ts';

/** Every row of every table in every schema (pg-boss included) as JSON lines, for "nothing kept" tests. */
export const dumpDatabase = async (ctx: AppContext): Promise<string> => {
  const sql = ctx.database.executor.executeSql;
  const tables = await sql(
    `SELECT table_schema, table_name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    [],
  );
  const parts: string[] = [];
  for (const r of tables.rows) {
    const rows = await sql(`SELECT row_to_json(t)::text AS j FROM "${String(r.table_schema)}"."${String(r.table_name)}" t`, []);
    for (const row of rows.rows) parts.push(`${String(r.table_schema)}.${String(r.table_name)} ${String(row.j)}`);
  }

  return parts.join('\n');
};
