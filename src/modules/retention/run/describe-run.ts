import type { RunResult } from './run-retention.ts';

/** A run or dry run as plain lines for the CLI: rule, count, action. Counts only, never content. */
export const describeRun = (r: RunResult): string => {
  const head = r.dryRun ? `Dry run at ${r.at.toISOString()}: nothing deleted. The next run would do:` : `Retention run ${r.runId} at ${r.at.toISOString()}:`;
  const width = Math.max(...r.rules.map((x) => x.key.length), 4);
  const lines = r.rules.map((x) => {
    const count = x.failed ? 'FAILED' : `${x.atLeast ? '>=' : ''}${x.count}`;
    const what = x.action === 'review' ? 'to review' : r.dryRun ? `would ${x.action}` : x.action === 'delete' ? 'deleted' : 'anonymised';
    return `  ${x.key.padEnd(width)}  ${count.padStart(7)}  ${what} (older than ${x.expiredBefore.toISOString().slice(0, 10)}, rule version ${x.version})`;
  });
  const held = `Dossiers under legal hold, skipped: ${r.heldDossiers}.`;

  return [head, ...lines, held].join('\n');
};
