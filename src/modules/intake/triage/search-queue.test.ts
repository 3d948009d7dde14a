import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { accessLog } from '../../audit/testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('searching the triage queue (hard rule 6)', () => {
  it('writes one access-log line per search, with the filter as its reason', async () => {
    const { user, client } = await signedInAs(t.ctx, t.staffApp, ['intake']);
    expect((await client.get('/meldingen?melder=victim&kanaal=web')).statusCode).toBe(200);

    const logged = await t.ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, user.id), eq(accessLog.recordType, 'report_queue'), eq(accessLog.action, 'search')));
    expect(logged.length).toBe(1);
    expect(logged[0]?.recordId).toBe('queue');
    expect(JSON.parse(logged[0]?.reason ?? '{}')).toMatchObject({ channel: 'web', reporterKind: 'victim' });
  });
});
