import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestClient } from '../../../../test/support/client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditEventsFor } from '../audit-testing.ts';
import { announceFirstAdminSetup } from './create-setup-token.ts';
import { accountsModule } from '../module.ts';
import { countUsers, findUserByEmail } from '../queries.ts';
import { setupTokens } from '../schema.ts';
import { hashToken } from '../sign-in/session.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { STAFF_BASE_URL: 'https://staff.vangnet.test' } });
});
afterAll(async () => {
  await t?.close();
});

/** Runs the module's start hook and returns the setup token it printed. */
const announce = async (): Promise<{ token: string | undefined; printed: string }> => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await accountsModule.onStarted?.(t.ctx);
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');

    return { token: /https:\/\/staff\.vangnet\.test\/setup\/([A-Za-z0-9_-]{43})/.exec(printed)?.[1], printed };
  } finally {
    log.mockRestore();
  }
};

const password = 'Een sterke zin voor de eerste beheerder';

describe('first admin on an empty installation', () => {
  it('prints a one-time setup link and the CLI alternative; only the hash is stored', async () => {
    expect(await countUsers(t.ctx.db)).toBe(0);
    const { token, printed } = await announce();
    expect(token).toBeTruthy();
    expect(printed).toContain('npm run vangnet -- create-user --email');
    expect(printed).toContain('--role admin');
    const rows = await t.ctx.db.select().from(setupTokens);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashToken(token!));
    expect(JSON.stringify(rows)).not.toContain(token!);
    const hours = (rows[0]!.expiresAt.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
  });

  it('makes a new link at each start; the older one stops working', async () => {
    const first = await announce();
    const second = await announce();
    expect(second.token).not.toBe(first.token);
    const client = new TestClient(t.staffApp);
    expect((await client.get(`/setup/${first.token}`)).statusCode).toBe(404);
    expect((await client.get(`/setup/${second.token}`)).statusCode).toBe(200);
  });

  it('refuses unknown and expired links with a clear message', async () => {
    const client = new TestClient(t.staffApp);
    const unknown = await client.get('/setup/dit-is-geen-geldige-link');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Deze link werkt niet');
    const { token } = await announce();
    await t.ctx.db.update(setupTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(setupTokens.tokenHash, hashToken(token!)));
    expect((await client.get(`/setup/${token}`)).body).toContain('verlopen');
    expect((await client.post(`/setup/${token}`, { name: 'A (fictief)', email: 'a@vangnet.test', password, repeat: password })).statusCode).toBe(404);
    expect(await countUsers(t.ctx.db)).toBe(0);
  });

  it('checks the form, keeps what was typed, then creates the first admin once', async () => {
    const { token } = await announce();
    const client = new TestClient(t.staffApp);
    const form = await client.get(`/setup/${token}`);
    expect(form.body).toContain('Eerste beheerder aanmaken');
    const bad = await client.post(`/setup/${token}`, { name: '', email: 'anna@vangnet.test', password: 'kort', repeat: 'kort' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Vul een naam in.');
    expect(bad.body).toContain('te kort');
    expect(bad.body).toContain('value="anna@vangnet.test"');
    const mismatch = await client.post(`/setup/${token}`, { name: 'Anna Admin (fictief)', email: 'anna@vangnet.test', password, repeat: `${password}!` });
    expect(mismatch.body).toContain('niet gelijk');

    // Two people use the link at the same moment: exactly one admin is made.
    const rival = new TestClient(t.staffApp);
    await rival.get(`/setup/${token}`);
    const attempts = await Promise.all([
      client.post(`/setup/${token}`, { name: 'Anna Admin (fictief)', email: 'Anna@Vangnet.test', password, repeat: password }),
      rival.post(`/setup/${token}`, { name: 'Rik Rivaal (fictief)', email: 'rik@vangnet.test', password, repeat: password }),
    ]);
    const winners = attempts.filter((r) => r.statusCode === 303);
    expect(winners).toHaveLength(1);
    expect(winners[0]?.headers.location).toBe('/inloggen');
    expect([404, 409]).toContain(attempts.find((r) => r.statusCode !== 303)?.statusCode);
    expect(await countUsers(t.ctx.db)).toBe(1);
    const email = attempts[0]?.statusCode === 303 ? 'anna@vangnet.test' : 'rik@vangnet.test';
    const admin = await findUserByEmail(t.ctx.db, email);
    expect(admin).toMatchObject({ roles: ['admin'], mustChangePassword: false, totpSecretEnc: null });
    expect(await auditEventsFor(t.ctx.db, 'user.create', admin!.id)).toHaveLength(1);

    // Signing in leads to the compulsory second-factor enrolment.
    const signer = new TestClient(t.staffApp);
    await signer.get('/inloggen');
    expect((await signer.post('/inloggen', { email, password })).headers.location).toBe('/inloggen/koppelen');

    // The link works once, and no link works once a user exists.
    const again = await new TestClient(t.staffApp).post(`/setup/${token}`, { name: 'B (fictief)', email: 'b@vangnet.test', password, repeat: password });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Er is al een beheerder');
    expect(await countUsers(t.ctx.db)).toBe(1);
  });

  it('prints nothing once there are users', async () => {
    const lines: string[] = [];
    expect(await announceFirstAdminSetup(t.ctx, (l) => lines.push(l))).toBe(false);
    expect(lines).toEqual([]);
    const { printed } = await announce();
    expect(printed).toBe('');
  });
});
