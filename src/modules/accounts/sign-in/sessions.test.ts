import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../../../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { updateUserAccount } from '../queries.ts';
import { staffSessions } from '../schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('staff sessions end', () => {
  it('after SESSION_IDLE_MINUTES without a request', async () => {
    const u = await signedInAs(t.ctx, t.staffApp, ['intake']);
    expect((await u.client.get('/account')).statusCode).toBe(200);
    const idle = t.config.sessionIdleMinutes;
    // Just inside the limit still works…
    await t.ctx.db
      .update(staffSessions)
      .set({ lastSeenAt: new Date(Date.now() - (idle - 1) * 60_000) })
      .where(eq(staffSessions.userId, u.user.id));
    expect((await u.client.get('/account')).statusCode).toBe(200);
    // …one minute past it does not.
    await t.ctx.db
      .update(staffSessions)
      .set({ lastSeenAt: new Date(Date.now() - (idle + 1) * 60_000) })
      .where(eq(staffSessions.userId, u.user.id));
    const res = await u.client.get('/account');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/inloggen?terug=%2Faccount');
    expect((await u.client.post('/account/sessies/andere-stoppen')).statusCode).toBe(401);
  });

  it('when an admin revokes them: the next request goes to /inloggen', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const u = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    expect((await u.client.get('/')).statusCode).toBe(200);
    await admin.client.post(`/beheer/gebruikers/${u.user.id}/sessies-stoppen`);
    const res = await u.client.get('/');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/inloggen?terug=%2F');
  });

  it('when the user is disabled, even without revoking the session row', async () => {
    const u = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    expect((await u.client.get('/')).statusCode).toBe(200);
    await updateUserAccount(t.ctx.db, u.user.id, { disabledAt: new Date() });
    const [row] = await t.ctx.db.select().from(staffSessions).where(eq(staffSessions.userId, u.user.id));
    expect(row?.revokedAt).toBeNull();
    expect((await u.client.get('/')).headers.location).toBe('/inloggen?terug=%2F');
  });
});
