import { readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser } from '../../../../test/support/factories.ts';
import { accessLog, verifyAuditChain } from '../../audit/testing.ts';
import { auditEvents } from '../../audit/index.ts';
import { addEvidenceFile } from './add-evidence-file.ts';
import { assignEvidenceToDossier } from './assign-evidence-to-dossier.ts';
import { buildEvidenceHandover } from '../package/build-evidence-handover.ts';
import { evidenceModule } from '../module.ts';
import { exportEvidencePackage } from '../package/export-evidence-package.ts';
import { sha256Hex } from '../hash.ts';
import { lockEvidenceItem } from './lock-evidence-item.ts';
import { openEvidenceFile } from './open-evidence-file.ts';
import { verifySignedPackage } from '../package/verify-signed-package.ts';
import { findEvidenceItem } from '../queries.ts';
import { evidenceDir } from './storage.ts';
import { EvidenceError, problemMessage } from '../texts.ts';

let app: TestApp;
let actor: { id: string; name: string };

beforeAll(async () => {
  app = await createTestApp();
  const u = await createStaffUser(app.ctx, { roles: ['investigator'], name: 'Onderzoeker Upload' });
  actor = { id: u.user.id, name: u.user.name };
});

afterAll(async () => {
  await app?.close();
});

const PDF = Buffer.from('%PDF-1.4\n% fictief chatverslag van Lisa (test), 06-12345678\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

const upload = (extra: Partial<Parameters<typeof addEvidenceFile>[1]> = {}) =>
  addEvidenceFile(app.ctx, { actor, bytes: PDF, title: 'Chatverslag', sourceDescription: 'Gemaild door de melder (test)', fileName: 'chat.pdf', ...extra });

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EvidenceError);

  return err as EvidenceError;
};

const custody = (id: string, action: string) =>
  app.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, action)));

describe('adding a file as evidence', () => {
  it('takes the SHA-256, UTC time, who and source at upload, and the type from the bytes', async () => {
    const before = Date.now();
    const item = await upload();
    expect(item.sha256).toBe(sha256Hex(PDF));
    expect(item.sizeBytes).toBe(PDF.byteLength);
    expect(item.mediaType).toBe('application/pdf');
    expect(item.kind).toBe('upload');
    expect(item.addedBy).toBe(actor.id);
    expect(item.addedByLabel).toBe('Onderzoeker Upload');
    expect(item.sourceDescription).toBe('Gemaild door de melder (test)');
    expect(item.capturedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(item.details).toEqual({ fileName: 'chat.pdf' });
    expect(item.dossierId).toBeNull();

    const [event] = await custody(item.id, 'custody.capture');
    expect(event?.targetType).toBe('evidence');
    expect(event?.details).toMatchObject({ sha256: sha256Hex(PDF), kind: 'upload' });
    expect((await verifyAuditChain(app.ctx.db)).ok).toBe(true);
  });

  it('stores the original encrypted and read-only, and makes no preview or thumbnail', async () => {
    const dir = evidenceDir(app.ctx);
    const before = new Set(readdirSync(dir, { recursive: false }) as string[]);
    const item = await upload({ bytes: PNG, fileName: 'notities.txt', title: 'Schermafbeelding' });
    // The name said text; the bytes say PNG.
    expect(item.mediaType).toBe('image/png');
    const added = (readdirSync(dir) as string[]).filter((f) => !before.has(f));
    expect(added).toEqual([item.storageKey]);
    const file = path.join(dir, item.storageKey as string);
    expect(statSync(file).mode & 0o777).toBe(0o400);
    const stored = readFileSync(file);
    expect(stored.includes(PNG.subarray(0, 8))).toBe(false);
    expect(stored.toString('utf8')).toMatch(/^v1\./);
  });

  it('refuses bad input with a clear Dutch message', async () => {
    expect(problemMessage(await refusal(upload({ bytes: Buffer.alloc(0) })))).toBe('Dit bestand is leeg. Kies een ander bestand.');
    const big = await refusal(upload({ bytes: Buffer.alloc(2 * 1024 * 1024 + 1, 1), maxBytes: 2 * 1024 * 1024 }));
    expect(problemMessage(big)).toBe('Dit bestand is te groot. Het mag hoogstens 2 MB zijn.');
    expect(problemMessage(big, 'en')).toBe('This file is too large. It may be at most 2 MB.');
    expect((await refusal(upload({ title: '   ' }))).code).toBe('titleMissing');
    expect((await refusal(upload({ title: 'x'.repeat(201) }))).code).toBe('titleTooLong');
    expect((await refusal(upload({ sourceDescription: '' }))).code).toBe('sourceMissing');
    expect((await refusal(upload({ sourceDescription: 'x'.repeat(2001) }))).code).toBe('sourceTooLong');
  });

  it('opens a file only through an audited action that checks the hash', async () => {
    const item = await upload();
    const opened = await openEvidenceFile(app.ctx, { actor, evidenceId: item.id, reason: 'beoordelen voor dossier' });
    expect(opened.bytes.equals(PDF)).toBe(true);
    expect(await custody(item.id, 'custody.view')).toHaveLength(1);
    const reads = await app.ctx.db.select().from(accessLog).where(eq(accessLog.recordId, item.id));
    expect(reads).toMatchObject([{ recordType: 'evidence', action: 'download', reason: 'beoordelen voor dossier', userId: actor.id }]);
  });

  it('notices a stored file that was changed on disk', async () => {
    const item = await upload();
    const file = path.join(evidenceDir(app.ctx), item.storageKey as string);
    const blob = readFileSync(file, 'utf8');
    const flipped = `${blob.slice(0, -3)}${blob.at(-3) === 'A' ? 'B' : 'A'}${blob.slice(-2)}`;
    chmodSync(file, 0o600);
    writeFileSync(file, flipped);
    await expect(openEvidenceFile(app.ctx, { actor, evidenceId: item.id, reason: 'test' })).rejects.toThrow();
    expect(await custody(item.id, 'custody.view')).toHaveLength(0);
  });
});

describe('evidence is never altered (DESIGN §3 rule 5)', () => {
  it('the database refuses to change or delete a captured item', async () => {
    const item = await upload();
    await expect(app.ctx.db.execute(sql`UPDATE evidence_items SET sha256 = ${'0'.repeat(64)} WHERE id = ${item.id}`)).rejects.toThrow();
    await expect(app.ctx.db.execute(sql`UPDATE evidence_items SET captured_at = now() WHERE id = ${item.id}`)).rejects.toThrow();
    await expect(app.ctx.db.execute(sql`UPDATE evidence_items SET storage_key = 'other.enc' WHERE id = ${item.id}`)).rejects.toThrow();
    await expect(app.ctx.db.execute(sql`DELETE FROM evidence_items WHERE id = ${item.id}`)).rejects.toThrow();
    expect((await findEvidenceItem(app.ctx.db, item.id))?.sha256).toBe(sha256Hex(PDF));
  });

  it('lets an item join a dossier once, not move', async () => {
    const item = await upload();
    const dossierA = '00000000-0000-4000-8000-00000000000a';
    await app.ctx.db.execute(sql`UPDATE evidence_items SET dossier_id = ${dossierA} WHERE id = ${item.id}`);
    await expect(app.ctx.db.execute(sql`UPDATE evidence_items SET dossier_id = ${'00000000-0000-4000-8000-00000000000b'} WHERE id = ${item.id}`)).rejects.toThrow();
  });
});

describe('a possible abuse image (DESIGN §3 rule 1)', () => {
  it('is locked: the file leaves storage, only the hash and the decision stay, and it cannot be opened', async () => {
    const item = await upload({ bytes: PNG, title: 'Ontvangen afbeelding' });
    const file = path.join(evidenceDir(app.ctx), item.storageKey as string);
    await lockEvidenceItem(app.ctx, { actor, evidenceId: item.id, decision: 'Mogelijk misbruikbeeld: via politieroute gemeld (test)' });
    expect(() => statSync(file)).toThrow();
    const locked = await findEvidenceItem(app.ctx.db, item.id);
    expect(locked).toMatchObject({ locked: true, storageKey: null, sha256: sha256Hex(PNG), lockDecision: 'Mogelijk misbruikbeeld: via politieroute gemeld (test)' });
    await expect(openEvidenceFile(app.ctx, { actor, evidenceId: item.id, reason: 'test' })).rejects.toThrow();
    expect(await custody(item.id, 'custody.lock')).toHaveLength(1);
    await expect(app.ctx.db.execute(sql`UPDATE evidence_items SET locked = false WHERE id = ${item.id}`)).rejects.toThrow();
  });
});

describe('exporting evidence as a signed package', () => {
  it('holds every original with its hash, verifies, records custody.export, and fails after one changed byte', async () => {
    const a = await upload({ title: 'Verslag A' });
    const b = await upload({ bytes: PNG, title: 'Schermafbeelding B' });
    const c = await upload({ bytes: PNG, title: 'Geblokkeerd C' });
    await lockEvidenceItem(app.ctx, { actor, evidenceId: c.id, decision: 'Mogelijk misbruikbeeld (test)' });
    const pkg = await exportEvidencePackage(app.ctx, { actor, evidenceIds: [a.id, b.id, c.id], reason: 'overdracht politie (test)' });
    expect(verifySignedPackage(pkg.zip).ok).toBe(true);

    const files = unzipSync(pkg.zip);
    const paths = Object.keys(files);
    const original = paths.find((p) => p.includes(a.id) && p.endsWith('original.pdf')) as string;
    expect(sha256Hex(files[original] as Uint8Array)).toBe(a.sha256);
    expect(paths.some((p) => p.includes(b.id) && p.endsWith('original.png'))).toBe(true);
    // The locked item travels as hash and decision only.
    expect(paths.filter((p) => p.includes(c.id))).toEqual([expect.stringMatching(/item\.json$/)]);
    const cInfo = JSON.parse(Buffer.from(files[paths.find((p) => p.includes(c.id)) as string] as Uint8Array).toString('utf8'));
    expect(cInfo.locked).toMatchObject({ sha256: c.sha256, decision: 'Mogelijk misbruikbeeld (test)' });
    expect(cInfo.original).toBeNull();

    for (const item of [a, b, c]) {
      const [event] = await custody(item.id, 'custody.export');
      expect(event?.details).toMatchObject({ packageSha256: pkg.sha256, reason: 'overdracht politie (test)' });
    }

    // One byte of the original changed inside the ZIP: verification names the file.
    const raw = Buffer.from(pkg.zip);
    const at = raw.indexOf('fictief chatverslag');
    raw[at] = (raw[at] as number) ^ 0x01;
    const broken = verifySignedPackage(raw);
    expect(!broken.ok && broken.problem).toContain(original);
    expect((await verifyAuditChain(app.ctx.db)).ok).toBe(true);
  });
});

describe('dossier, handover and key rotation', () => {
  it('gives a loose item to a dossier once, as a custody event', async () => {
    const item = await upload();
    const dossierId = '00000000-0000-4000-8000-0000000000d1';
    await assignEvidenceToDossier(app.ctx, { actor, evidenceId: item.id, dossierId });
    expect((await findEvidenceItem(app.ctx.db, item.id))?.dossierId).toBe(dossierId);
    expect(await custody(item.id, 'custody.assign')).toHaveLength(1);
    await expect(assignEvidenceToDossier(app.ctx, { actor, evidenceId: item.id, dossierId: '00000000-0000-4000-8000-0000000000d2' })).rejects.toThrow();
  });

  it('builds a handover package with the PDF beside the evidence, recording custody.handover', async () => {
    const item = await upload();
    const pdf = Buffer.from('%PDF-1.7\n% fictief overdrachtsdossier\n');
    const pkg = await buildEvidenceHandover(app.ctx, {
      actor,
      evidenceIds: [item.id],
      recipient: 'Politie (test), team mensenhandel',
      extraFiles: [{ path: 'dossier.pdf', bytes: pdf, mediaType: 'application/pdf' }],
      metadata: { dossier: 'DOS-TEST' },
    });
    const result = verifySignedPackage(pkg.zip);
    expect(result).toMatchObject({ ok: true, metadata: { purpose: 'handover', recipient: 'Politie (test), team mensenhandel', dossier: 'DOS-TEST' } });
    expect(Object.keys(unzipSync(pkg.zip))).toContain('dossier.pdf');
    const [event] = await custody(item.id, 'custody.handover');
    expect(event?.details).toMatchObject({ packageSha256: pkg.sha256, recipient: 'Politie (test), team mensenhandel' });
  });

  it('re-wraps every evidence file after a master-key rotation, without changing the evidence', async () => {
    const item = await upload();
    const file = path.join(evidenceDir(app.ctx), item.storageKey as string);
    const before = readFileSync(file, 'utf8');
    const oldKey = before.split('.')[1];
    const newKey = app.ctx.keys.rotate();
    const count = await evidenceModule.rewrapSecrets?.(app.ctx);
    expect(count).toBeGreaterThan(0);
    const after = readFileSync(file, 'utf8');
    expect(after.split('.')[1]).toBe(newKey);
    expect(newKey).not.toBe(oldKey);
    // The encrypted body itself is untouched; only the wrapped data key changed.
    expect(after.split('.')[3]).toBe(before.split('.')[3]);
    expect(statSync(file).mode & 0o777).toBe(0o400);
    const opened = await openEvidenceFile(app.ctx, { actor, evidenceId: item.id, reason: 'na sleutelwissel' });
    expect(opened.bytes.equals(PDF)).toBe(true);
    expect(await evidenceModule.rewrapSecrets?.(app.ctx)).toBe(0);
  });
});
