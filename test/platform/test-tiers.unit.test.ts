import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFastTestFile, needsAppTier } from '../support/test-tiers.ts';

/**
 * The two tiers (vitest.config.ts): `*.unit.test.ts` files are the fast tier (`npm run test:fast`: no
 * server, no database, no browser, run once); every other test file is the app tier (real servers on
 * a database copied from the migrated template, run on PGlite and on PostgreSQL). The name must say
 * the truth both ways: a fast file that starts the app would slow the fast tier down and skip the
 * PostgreSQL run, and a pure file left in the app tier runs twice for nothing.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

const testFiles = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.test\.tsx?$/.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .sort();

// This file names the app-tier markers in its own examples, so it is left out of its own check.
const SELF = path.relative(ROOT, import.meta.filename);
const files = [...testFiles('src'), ...testFiles('test')].filter((f) => f !== SELF);
const source = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('test tiers', () => {
  it('finds the test files of both tiers', () => {
    expect(files.filter(isFastTestFile).length).toBeGreaterThan(10);
    expect(files.filter((f) => !isFastTestFile(f)).length).toBeGreaterThan(10);
  });

  it('keeps the fast tier free of servers, databases and browsers', () => {
    const wrong = files.filter((f) => isFastTestFile(f) && needsAppTier(source(f)));
    expect(wrong, 'these *.unit.test.ts files start the app, a database or a browser: drop ".unit" from their names').toEqual([]);
  });

  it('puts every test that needs no server, database or browser in the fast tier', () => {
    const wrong = files.filter((f) => !isFastTestFile(f) && !needsAppTier(source(f)));
    expect(wrong, 'these test files need no server, database or browser: rename them to *.unit.test.ts (git mv)').toEqual([]);
  });

  it('tells the two kinds apart', () => {
    expect(needsAppTier("import { createTestApp } from '../support/app.ts';")).toBe(true);
    expect(needsAppTier("import { launchBrowser } from '../support/browser.ts';")).toBe(true);
    expect(needsAppTier("import { PGlite } from '@electric-sql/pglite';")).toBe(true);
    expect(needsAppTier("import { checkUrlPattern } from './check-url-pattern.ts';")).toBe(false);
    expect(isFastTestFile('src/modules/monitor/diff-words.unit.test.ts')).toBe(true);
    expect(isFastTestFile('src/modules/monitor/routes.test.ts')).toBe(false);
  });
});
