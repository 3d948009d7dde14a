import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/app.ts';
import type { Database } from '../../db/client.ts';

/**
 * pg-boss runs `BEGIN; …; COMMIT;` blocks through our executor. On PGlite the app has one connection,
 * so a block that fails halfway must not leave that connection in an aborted transaction.
 */
let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(async () => {
  await database?.close();
  await drop?.();
});

describe('the job queue SQL adapter', () => {
  it('rolls back a failed multi-statement block and keeps the connection usable', async () => {
    await database.executor.executeSql('CREATE TABLE IF NOT EXISTS adapter_probe (x int)');
    await expect(database.executor.executeSql('BEGIN; INSERT INTO adapter_probe VALUES (1); SELECT 1/0; COMMIT;')).rejects.toThrow(/division by zero/);
    const count = await database.executor.executeSql('SELECT count(*)::int AS n FROM adapter_probe');
    expect(count.rows).toEqual([{ n: 0 }]);
    // The app's own queries (Drizzle) still work on the same connection.
    const rows = await database.db.execute(sql`SELECT 1 AS alive`);
    expect(JSON.stringify(rows)).toContain('"alive":1');
  });

  it('returns the rows of the last statement and keeps what a block committed', async () => {
    const result = await database.executor.executeSql('BEGIN; INSERT INTO adapter_probe VALUES (2); COMMIT; SELECT 42 AS answer;');
    expect(result.rows).toEqual([{ answer: 42 }]);
    const params = await database.executor.executeSql('SELECT count(*)::int AS n FROM adapter_probe WHERE x = $1', [2]);
    expect(params.rows).toEqual([{ n: 1 }]);
  });
});
