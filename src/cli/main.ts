import { loadConfig } from '../app/config.ts';

/**
 * `vangnet <command>`: each command lives in its own file next to this one and exports `run`.
 * `npm start` is `vangnet start`; `npm run vangnet -- <command>` runs any other.
 */
type Command = { describe: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  start: { describe: 'start the public site and the staff app', load: () => import('./start.ts') },
  worker: { describe: 'run jobs only, no web servers (PostgreSQL; several may run)', load: () => import('./worker.ts') },
  migrate: { describe: 'run database migrations and stop', load: () => import('./migrate.ts') },
  'create-user': {
    describe: 'create a staff user: --email E --name N --role R [--role R2] [--organisation ID]',
    load: () => import('./create-user.ts'),
  },
  'verify-audit': { describe: 'check the hash chain of the audit log against the latest signed checkpoint', load: () => import('./verify-audit.ts') },
  'audit-checkpoint': { describe: 'write a signed checkpoint of the audit chain to the data folder', load: () => import('./audit-checkpoint.ts') },
  'rotate-key': { describe: 'add a new master key and re-wrap all encrypted values', load: () => import('./rotate-key.ts') },
  'verify-package': { describe: 'check the hashes and signature of a package: <file.zip> [--key FINGERPRINT]', load: () => import('./verify-package.ts') },
  backup: { describe: 'encrypted backup of database and files: <file> --passphrase-file F (README, "Back-ups")', load: () => import('./backup.ts') },
  restore: { describe: 'restore a backup into an empty data folder/database: <file> --passphrase-file F [--check-only]', load: () => import('./restore.ts') },
  retention: { describe: 'run the retention rules: --dry-run (shows, deletes nothing) or --run', load: () => import('./retention.ts') },
  reindex: { describe: 'extract identifiers again from reports, dossiers and evidence (safe to repeat)', load: () => import('./reindex.ts') },
  'monitor-eval': {
    describe: 'grouping, operators, phones and cues on labelled ads: <ads.jsonl> <truth.jsonl> [--json] (format: monitor README)',
    load: () => import('./monitor-eval.ts'),
  },
  demo: { describe: 'load fictitious demo data [--show-passwords]', load: () => import('./demo.ts') },
};

const usage = () => {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(14)} ${c.describe}`);
  console.log(`vangnet <command>\n\n${lines.join('\n')}\n`);
};

const [name, ...args] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
if (!command) {
  usage();
  process.exit(name ? 2 : 0);
}
loadConfig(); // fail early, with zod's message, on a bad environment
const mod = await command.load();
const code = await mod.run(args);
if ((name !== 'start' && name !== 'worker') || code !== 0) process.exit(code);
