import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { identifierOccurrences, identifiers } from '../../identifiers/index.ts';
import { findReportByNumber } from '../queries.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, postAndFollow } from '../testing.ts';

/** Issue 14 finding 4: a number written in words on /melden/online is taken and linked like free text. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const IN_WORDS = 'nul zes - een twee drie vier - nul nul acht acht';

const startDraft = async () => {
  const client = publicClient(t.publicApp);
  await client.get('/melden');
  await client.post('/melden/start');

  return client;
};

describe('issue 14: phone numbers on the online page', () => {
  it('takes a number written in words (longer than 40 characters) and indexes it like the free-text field', async () => {
    const client = await startDraft();
    const res = await client.post('/melden/online', { phones: `${IN_WORDS}\n06-12340001` });
    expect(res.statusCode).toBe(303);
    expect(IN_WORDS.length).toBeGreaterThan(40);
    const { number } = await fillAndSubmit(publicClient(t.publicApp), {
      ...ANONYMOUS_REPORT,
      online: { ...ANONYMOUS_REPORT.online, phones: IN_WORDS },
    });
    const report = await findReportByNumber(t.ctx.db, number);
    const rows = await t.ctx.db
      .select({ field: identifierOccurrences.field, key: identifiers.key })
      .from(identifierOccurrences)
      .innerJoin(identifiers, eq(identifiers.id, identifierOccurrences.identifierId))
      .where(eq(identifierOccurrences.sourceId, report!.id));
    expect(rows.map((r) => `${r.field}=${r.key}`)).toContain('phones=+31612340088');
  });

  it('says what is wrong and what to do when a line is far too long', async () => {
    const client = await startDraft();
    const long = `${IN_WORDS} en dan belt hij altijd ’s avonds laat vanaf een ander nummer dat ik niet ken, ${'heel vaak '.repeat(15)}`;
    const res = await postAndFollow(client, '/melden/online', { phones: long });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('hoogstens 40 tekens');
    expect(res.body).toContain('Telefoonnummers: een regel is langer dan 200 tekens. Zet elk nummer op een eigen regel.');
    expect(res.body).toContain('Iets anders over internet of telefoon?');
    expect(res.body).toContain('heel vaak');
  });

  it('tells how to write a number when a line is not one', async () => {
    const client = await startDraft();
    const res = await postAndFollow(client, '/melden/online', { phones: 'belt altijd anoniem' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('dit lijkt geen telefoonnummer');
    expect(res.body).toContain('in woorden (nul zes een twee …)');
  });
});
