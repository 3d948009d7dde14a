import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'links-chart.ts');

export type Bundle = { body: string; etag: string };

let pending: Promise<Bundle> | null = null;

/**
 * The chart island as one static script (graphology, sigma and ForceAtlas2 included), built once per
 * process on first request: the CSP allows scripts from 'self' only, so nothing is inlined, and a
 * fresh checkout needs no separate build step.
 */
export const linksChartBundle = (): Promise<Bundle> => {
  pending ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  })
    .then((result) => {
      const body = result.outputFiles[0]?.text ?? '';
      return { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"` };
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });

  return pending;
};
