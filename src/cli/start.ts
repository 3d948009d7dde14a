import { loadConfig } from '../app/config.ts';
import { startVangnet } from '../app/start.ts';

export const run = async (): Promise<number> => {
  const config = loadConfig();
  const app = await startVangnet(config);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${config.dataDir}`;
  console.log(`Vangnet runs on ${where}.`);
  console.log(`  public site: ${config.publicBaseUrl}`);
  console.log(`  staff app:   ${config.staffBaseUrl}`);
  const shutdown = (signal: string) => {
    console.log(`${signal}: stopping gracefully…`);
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  return 0;
};
