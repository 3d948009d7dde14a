import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../../../test/support/client.ts';
import { createStaffUser, signIn } from '../../../../test/support/factories.ts';
import { createTestApp, openTestDatabase, type TestApp } from '../../../../test/support/app.ts';
import { MODULES } from '../../../app/modules.ts';
import { loadKeyRing } from '../../crypto/index.ts';
import { demoEmail } from './load-demo-accounts.ts';
import { accountsModule } from '../module.ts';
import { findUserByEmail, findUserById, listOrganisations } from '../queries.ts';
import { ROLES } from '../roles.ts';
import { currentTotp } from '../sign-in/totp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Runs the accounts module's demo hook (the CLI test below runs every module's) and returns what it printed. */
const runDemo = async (showPasswords: boolean): Promise<string[]> => {
  const lines: string[] = [];
  await accountsModule.demo?.(t.ctx, { showPasswords, print: (l) => lines.push(l) });

  return lines;
};

const passwordOf = (lines: string[], email: string) => lines.find((l) => l.includes(email))?.match(/\s([a-z0-9]{5}(?:-[a-z0-9]{5}){3})\s/)?.[1];

describe('vangnet demo', () => {
  it('creates fictitious organisations and one demo user per role, without printing passwords unless asked', async () => {
    const lines = await runDemo(false);
    for (const role of ROLES) {
      const user = await findUserByEmail(t.ctx.db, demoEmail(role));
      expect(user?.roles).toEqual([role]);
      expect(user?.name).toMatch(/^Demo .+ \(fictief\)$/);
    }
    expect((await findUserByEmail(t.ctx.db, 'demo-decoy-operator@vangnet.test'))?.name).toBe('Demo Lokprofiel-medewerker (fictief)');
    const orgs = await listOrganisations(t.ctx.db);
    expect(orgs.length).toBeGreaterThanOrEqual(8);
    expect(orgs.every((o) => o.name.endsWith('(fictief)'))).toBe(true);
    expect(orgs.map((o) => o.name)).toContain('Politie Eenheid Voorbeeld (fictief)');
    const partner = await findUserByEmail(t.ctx.db, 'demo-partner@vangnet.test');
    expect(orgs.find((o) => o.id === partner?.organisationId)?.kind).toBe('police');
    expect(lines.some((l) => /[a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{5}/.test(l))).toBe(false);
    expect(lines.join('\n')).toContain('--show-passwords');
  });

  it('runs again without duplicates; with --show-passwords the printed password signs in', async () => {
    const orgsBefore = (await listOrganisations(t.ctx.db)).length;
    const lines = await runDemo(true);
    expect((await listOrganisations(t.ctx.db)).length).toBe(orgsBefore);
    const email = demoEmail('intake');
    const password = passwordOf(lines, email);
    expect(password).toBeTruthy();
    const client = new TestClient(t.staffApp);
    await client.get('/inloggen');
    const res = await client.post('/inloggen', { email, password: password! });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/inloggen/koppelen');
  });
});

describe('master key rotation', () => {
  it('re-wraps TOTP secrets (enrolled and pending); sign-in works with the old key gone', async () => {
    const enrolled = await createStaffUser(t.ctx, { roles: ['analyst'] });
    const pending = await createStaffUser(t.ctx, { roles: ['intake'], enrolled: false });
    const enrolling = new TestClient(t.staffApp);
    await enrolling.get('/inloggen');
    await enrolling.post('/inloggen', { email: pending.user.email, password: pending.password });
    const page = await enrolling.get('/inloggen/koppelen');
    const pendingSecret = /data-testid="totp-secret">([A-Z2-7 ]+)</.exec(page.body)?.[1]?.replace(/ /g, '');

    // What `vangnet rotate-key` does: a new current key, then every module re-wraps.
    const oldId = t.ctx.keys.currentId;
    const newId = t.ctx.keys.rotate();
    let total = 0;
    for (const mod of MODULES) {
      if (mod.rewrapSecrets) total += await mod.rewrapSecrets(t.ctx);
    }
    expect(total).toBeGreaterThanOrEqual(2);
    const row = await findUserById(t.ctx.db, enrolled.user.id);
    expect(row?.totpSecretEnc?.split('.')[1]).toBe(newId);

    // Remove the old master key entirely: only re-wrapped values can still be opened.
    const file = t.config.masterKeyFile;
    const data = JSON.parse(readFileSync(file, 'utf8')) as { current: string; keys: Record<string, string> };
    delete data.keys[oldId];
    writeFileSync(file, JSON.stringify(data));
    t.ctx.keys = loadKeyRing(file);

    const client = await signIn(t.ctx, t.staffApp, enrolled);
    expect((await client.get('/account')).statusCode).toBe(200);
    const done = await enrolling.post('/inloggen/koppelen', { code: currentTotp(pendingSecret!) });
    expect(done.statusCode).toBe(303);
  });
});

describe('the demo command line', () => {
  it('`vangnet demo` runs every module and shows no password without --show-passwords', async () => {
    // A database of its own: the tests above already loaded the demo into this file's one. The limits
    // are generous because a child process that migrates and loads every module's demo took over
    // 120 s on a loaded two-core machine.
    const fresh = await openTestDatabase();
    await fresh.database.close();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-demo-'));
    const env = { ...process.env, VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...(fresh.url ? { DATABASE_URL: fresh.url } : {}) };
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'demo'], { env, encoding: 'utf8', timeout: 280_000 });
      expect(out).toContain('demo-admin@vangnet.test');
      expect(out).toContain('(created)');
      expect(out).not.toMatch(/[a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{5}/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await fresh.drop();
    }
  }, 300_000);
});
