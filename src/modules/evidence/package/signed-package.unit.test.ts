import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { unzipSync, type Zippable, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as verifyPackageCli } from '../../../cli/verify-package.ts';
import { buildSignedPackage } from './build-signed-package.ts';
import { loadSigningKey } from './signing-key.ts';
import { verifySignedPackage } from './verify-signed-package.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-pkg-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = () =>
  buildSignedPackage({
    key: loadSigningKey(dir),
    software: 'Vangnet test',
    metadata: { purpose: 'test', dossier: 'DOS-TEST-0001' },
    files: [
      { path: 'overdracht.pdf', bytes: Buffer.from('%PDF-1.7\n% fictief proces-verbaal\n'), mediaType: 'application/pdf' },
      { path: 'evidence/001/capture.warc', bytes: Buffer.from('WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n') },
      { path: 'evidence/001/text.txt', bytes: Buffer.from('Bel 06-12345678 (fictief)\n') },
    ],
  });

/** Rebuilds a ZIP with one entry replaced, the way someone would tamper with a package (fresh CRC). */
const rezip = (zip: Buffer, change: (files: Record<string, Uint8Array>) => void) => {
  const files = unzipSync(zip);
  change(files);

  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) entries[name] = [bytes, { level: 0 }];

  return Buffer.from(zipSync(entries));
};

describe('signing key', () => {
  it('is made once, kept private (0600), and the same on every later use', () => {
    const first = loadSigningKey(dir);
    const second = loadSigningKey(dir);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(statSync(path.join(dir, 'keys', 'package-signing.key.pem')).mode & 0o777).toBe(0o600);
    expect(first.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });
});

describe('signed packages', () => {
  it('verifies a package as built, with the key fingerprint', () => {
    const pkg = sample();
    const result = verifySignedPackage(pkg.zip);
    expect(result).toMatchObject({ ok: true, files: 3, keyFingerprint: loadSigningKey(dir).fingerprint });
    expect(verifySignedPackage(pkg.zip, { trustedFingerprint: loadSigningKey(dir).fingerprint }).ok).toBe(true);
    expect(pkg.manifest.files.map((f) => f.path)).toEqual(['overdracht.pdf', 'evidence/001/capture.warc', 'evidence/001/text.txt']);
  });

  it('fails when one byte of one file changes, naming that file', () => {
    const pkg = sample();
    const tampered = rezip(pkg.zip, (files) => {
      const text = Buffer.from(files['evidence/001/text.txt'] as Uint8Array);
      text[4] = (text[4] as number) ^ 0x01;
      files['evidence/001/text.txt'] = text;
    });
    const result = verifySignedPackage(tampered);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^evidence\/001\/text\.txt: SHA-256 is [0-9a-f]{64}, manifest says/);
  });

  it('fails when one byte of the ZIP file itself changes', () => {
    const pkg = sample();
    const raw = Buffer.from(pkg.zip);
    const at = raw.indexOf('fictief proces-verbaal');
    raw[at] = (raw[at] as number) ^ 0x20;
    const result = verifySignedPackage(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain('overdracht.pdf');
  });

  it('fails when the manifest is changed to match a changed file (the signature breaks)', () => {
    const pkg = sample();
    const tampered = rezip(pkg.zip, (files) => {
      const changed = Buffer.from('Bel 06-87654321 (fictief)\n');
      files['evidence/001/text.txt'] = changed;
      const manifest = JSON.parse(Buffer.from(files['manifest.json'] as Uint8Array).toString('utf8'));
      const entry = manifest.files.find((f: { path: string }) => f.path === 'evidence/001/text.txt');
      entry.sha256 = createHash('sha256').update(changed).digest('hex');
      files['manifest.json'] = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    });
    const result = verifySignedPackage(tampered);
    expect(result).toEqual({ ok: false, problem: 'manifest.sig: signature does not match manifest.json' });
  });

  it('fails on an added file, a missing file, a foreign key and a file that is no ZIP', () => {
    const pkg = sample();
    const added = verifySignedPackage(rezip(pkg.zip, (f) => { f['extra.txt'] = Buffer.from('x'); }));
    expect(!added.ok && added.problem).toBe('extra.txt: in the ZIP but not in the manifest');
    const missing = verifySignedPackage(rezip(pkg.zip, (f) => { delete f['overdracht.pdf']; }));
    expect(!missing.ok && missing.problem).toBe('overdracht.pdf: listed in the manifest but missing from the ZIP');
    const other = buildSignedPackage({ key: loadSigningKey(mkdtempSync(path.join(dir, 'other-'))), software: 't', metadata: {}, files: [] });
    const foreign = verifySignedPackage(other.zip, { trustedFingerprint: loadSigningKey(dir).fingerprint });
    expect(!foreign.ok && foreign.problem).toMatch(/is not the trusted key/);
    expect(verifySignedPackage(Buffer.from('geen zip'))).toEqual({ ok: false, problem: 'not a readable ZIP file' });
  });

  it('refuses unsafe or reserved paths when building', () => {
    const key = loadSigningKey(dir);
    for (const p of ['../buiten.txt', '/etc/passwd', 'a/../b', 'manifest.json', '', 'a//b', '.verborgen']) {
      expect(() => buildSignedPackage({ key, software: 't', metadata: {}, files: [{ path: p, bytes: Buffer.from('x') }] }), p).toThrow();
    }
  });

  it('vangnet verify-package exits 0 with OK, or 1 naming the first mismatch', async () => {
    const good = path.join(dir, 'goed.zip');
    const bad = path.join(dir, 'fout.zip');
    const pkg = sample();
    writeFileSync(good, pkg.zip);
    writeFileSync(
      bad,
      rezip(pkg.zip, (f) => {
        const b = Buffer.from(f['overdracht.pdf'] as Uint8Array);
        b[0] = 0x26;
        f['overdracht.pdf'] = b;
      }),
    );
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await verifyPackageCli([good])).toBe(0);
      expect(out.mock.calls[0]?.[0]).toMatch(/^OK: 3 files/);
      expect(await verifyPackageCli([bad])).toBe(1);
      expect(err.mock.calls[0]?.[0]).toMatch(/^FAILED: overdracht\.pdf: SHA-256 is/);
      expect(await verifyPackageCli([good, '--key', '0'.repeat(64)])).toBe(1);
      expect(await verifyPackageCli([])).toBe(2);
      const saved = process.env.VANGNET_DATA_DIR;
      process.env.VANGNET_DATA_DIR = dir;
      try {
        expect(await verifyPackageCli(['--own-key'])).toBe(0);
        expect(out.mock.calls.at(-1)?.[0]).toContain(loadSigningKey(dir).fingerprint);
      } finally {
        if (saved === undefined) delete process.env.VANGNET_DATA_DIR;
        else process.env.VANGNET_DATA_DIR = saved;
      }
      expect(readFileSync(good).equals(pkg.zip)).toBe(true);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
