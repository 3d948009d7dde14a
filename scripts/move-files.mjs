#!/usr/bin/env node
/**
 * Moves files with `git mv` and rewrites every relative import that pointed at them, and the moved
 * files' own relative imports, so a folder can be split into sub-domains without hand edits.
 *
 *   node scripts/move-files.mjs moves.txt        one "old/path.ts new/path.ts" per line (repo-relative)
 *
 * Looks at .ts, .tsx, .mjs and .cjs files under src, test, bench and scripts. Only specifiers that
 * start with "." are touched; a specifier keeps its extension.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const list = process.argv[2];
if (!list) {
  console.error('usage: node scripts/move-files.mjs moves.txt');
  process.exit(2);
}
const moves = new Map(
  readFileSync(list, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/).map((p) => normalize(p))),
);

const walk = (dir) =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(join(root, path)).isDirectory()) return walk(path);
    return /\.(ts|tsx|mjs|cjs)$/.test(name) ? [path] : [];
  });

const files = ['src', 'test', 'bench', 'scripts'].flatMap((d) => walk(d));
const IMPORT = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\s*\(\s*|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\2/g;

const spec = (fromDir, target) => {
  const rel = relative(fromDir, target).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

let changed = 0;
const rewritten = new Map();
for (const file of files) {
  const newFile = moves.get(file) ?? file;
  const text = readFileSync(join(root, file), 'utf8');
  const out = text.replace(IMPORT, (all, head, quote, s) => {
    const target = normalize(join(dirname(file), s));
    const movedTarget = moves.get(target) ?? target;
    if (movedTarget === target && newFile === file) return all;
    const next = spec(dirname(newFile), movedTarget);
    return next === s ? all : `${head}${quote}${next}${quote}`;
  });
  if (out !== text) {
    rewritten.set(file, out);
    changed += 1;
  }
}
for (const [from, to] of moves) {
  execFileSync('mkdir', ['-p', dirname(join(root, to))]);
  execFileSync('git', ['mv', from, to], { cwd: root, stdio: 'inherit' });
}
for (const [file, out] of rewritten) writeFileSync(join(root, moves.get(file) ?? file), out);
console.log(`${moves.size} files moved, imports rewritten in ${changed} files`);
