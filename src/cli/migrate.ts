import { loadConfig } from '../app/config.ts';
import { openDatabase } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';

export const run = async (): Promise<number> => {
  const config = loadConfig();
  const database = await openDatabase(config);
  await runMigrations(database);
  await database.close();
  console.log('Migrations are up to date.');

  return 0;
};
