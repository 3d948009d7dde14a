import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from './backup-error.ts';
import { createBackupWriter, readBackup } from './container.ts';

/**
 * The encrypted container on its own: what goes in comes out, and every kind of damage — a flipped
 * byte anywhere, a cut at or between chunk borders, chunks swapped, bytes added, the wrong passphrase —
 * is refused with its own reason, before a sink sees a byte of the damaged chunk.
 */
const PASS = 'fictieve wachtwoordzin 42';
let dir: string;
let file: string;
let original: Buffer;
const big = randomBytes(2.5 * (1 << 20)); // three chunks

/** Where the encrypted chunks begin: after the magic line, the header length and the header. */
const headerEnd = (b: Buffer) => 15 + 4 + b.readUInt32BE(15);

const problem = async (bytes: Buffer, passphrase = PASS): Promise<string> => {
  const f = path.join(dir, `case-${randomBytes(4).toString('hex')}.bak`);
  writeFileSync(f, bytes);
  try {
    await readBackup(f, passphrase, { manifestName: 'manifest.json' });
    return 'accepted';
  } catch (err) {
    if (err instanceof BackupError) return err.problem;
    throw err;
  }
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-container-'));
  file = path.join(dir, 'ok.bak');
  const w = await createBackupWriter(file, PASS, { cost: 1 << 10 });
  await w.entry('data/small.txt', Buffer.from('fictief bewijs', 'utf8'));
  await w.entry(
    'database/dump',
    (async function* () {
      for (let at = 0; at < big.length; at += 100_000) yield big.subarray(at, at + 100_000);
    })(),
  );
  await w.entry('data/empty', Buffer.alloc(0));
  await w.finish('manifest.json', Buffer.from('{"fictief":true}'));
  original = readFileSync(file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backup container', () => {
  it('gives back every entry, its SHA-256 and the manifest', async () => {
    const got = new Map<string, Buffer[]>();
    const { digests, manifest } = await readBackup(file, PASS, {
      manifestName: 'manifest.json',
      onEntry: (name) => {
        const parts: Buffer[] = [];
        got.set(name, parts);
        return { write: (p) => void parts.push(p), end: () => {} };
      },
    });
    expect(manifest.toString()).toBe('{"fictief":true}');
    expect(digests.map((d) => [d.name, d.size])).toEqual([
      ['data/small.txt', 14],
      ['database/dump', big.length],
      ['data/empty', 0],
    ]);
    expect(Buffer.concat(got.get('database/dump')!).equals(big)).toBe(true);
    // Nothing of the content is readable in the file.
    expect(original.includes(Buffer.from('fictief bewijs'))).toBe(false);
  });

  it('refuses the wrong passphrase', async () => {
    expect(await problem(original, 'een andere wachtwoordzin')).toBe('wrongKey');
  });

  it('refuses a flipped byte anywhere in the encrypted part', async () => {
    const start = headerEnd(original);
    const positions = [start, start + 3, start + 30, Math.floor(original.length / 2), (1 << 20) + start + 40, original.length - 20, original.length - 1];
    for (const at of positions) {
      const bad = Buffer.from(original);
      bad[at] = (bad[at] ?? 0) ^ 0x01;
      expect([at, await problem(bad)]).toEqual([at, expect.stringMatching(/^(damaged|truncated)$/)]);
    }
  });

  it('refuses a changed header: not a backup, or the key check fails', async () => {
    const bad = Buffer.from(original);
    bad[2] = (bad[2] ?? 0) ^ 0x20;
    expect(await problem(bad)).toBe('notBackup');
    const salt = Buffer.from(original);
    const at = salt.indexOf(Buffer.from('"salt":"')) + 9;
    salt[at] = salt[at] === 0x41 ? 0x42 : 0x41;
    expect(await problem(salt)).toBe('wrongKey');
  });

  it('refuses a cut file, at a chunk border or inside a chunk, and added bytes', async () => {
    const chunkFrame = 5 + 16 + (1 << 20);
    expect(await problem(original.subarray(0, headerEnd(original) + chunkFrame))).toBe('truncated');
    expect(await problem(original.subarray(0, headerEnd(original)))).toBe('truncated');
    expect(await problem(original.subarray(0, original.length - 1))).toBe('truncated');
    expect(await problem(original.subarray(0, 10))).toBe('notBackup');
    expect(await problem(Buffer.concat([original, Buffer.from([0])]))).toBe('damaged');
  });

  it('refuses chunks in another order', async () => {
    const start = headerEnd(original);
    const frame = 5 + 16 + (1 << 20);
    const a = original.subarray(start, start + frame);
    const b = original.subarray(start + frame, start + 2 * frame);
    const swapped = Buffer.concat([original.subarray(0, start), b, a, original.subarray(start + 2 * frame)]);
    expect(await problem(swapped)).toBe('damaged');
  });
});
