import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { telegramExport, whatsAppExport } from '../testing/chat-exports.ts';
import { approvedLibrary, FICTIVE_SCRIPTS, incomingContact, liveProfile, openProgramme, send, step } from '../testing.ts';

const sql = async (t: TestApp, q: string, params: unknown[] = []) => (await t.ctx.database.executor.executeSql(q, params)).rows;

const multipart = (fields: Record<string, string>, file?: { name: string; bytes: Buffer }) => {
  const boundary = `----vangnetlok${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));

  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};

const upload = async (c: TestClient, convId: string, decoySender: string, file?: { name: string; bytes: Buffer }) => {
  const page = await c.get(`/lokprofielen/gesprekken/${convId}`);
  const action = (/action="(\/lokprofielen\/gesprekken\/[^"]+\/import\?_csrf=[^"]+)"/.exec(page.body)?.[1] ?? '').replace(/&amp;/g, '&');
  const body = multipart({ decoySender }, file);
  return c.raw({ method: 'POST', url: action, payload: body.payload, headers: body.headers });
};

describe('importing a chat export into a decoy conversation', () => {
  let t: TestApp;
  const clock = testClock(new Date('2027-03-02T16:00:00Z'));
  let op: Awaited<ReturnType<typeof signedInAs>>;
  let lib: Awaited<ReturnType<typeof approvedLibrary>>;
  let profileId: string;
  beforeAll(async () => {
    t = await createTestApp({ clock });
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    const rev = await signedInAs(t.ctx, t.staffApp, ['legal_reviewer']);
    lib = await approvedLibrary(op.client, rev.client);
    await openProgramme(admin.client, rev.client);
    profileId = await liveProfile(op.client, rev.client, lib.ad_text);
  });
  afterAll(async () => {
    await t.close();
  });

  const conversationWithDisclosure = async (handle: string) => {
    const convId = await incomingContact(op.client, profileId, { at: '2027-03-02 13:00', id: `${handle}-0`, text: 'Hoi', handle });
    await step(op.client, convId, 'solicitation');
    await send(op.client, convId, lib.disclosure);
    const sentAt = (await sql(t, "select at from decoy_messages where conversation_id = $1 and direction = 'out'", [convId]))[0]?.at as Date;
    return { convId, sentAt: new Date(sentAt) };
  };

  it('adds the responder\'s messages from a WhatsApp export in one go, idempotently, keeps the file hash and never stores media', async () => {
    const { convId, sentAt } = await conversationWithDisclosure('fictief_imp1');
    const txt = whatsAppExport(
      [
        { at: new Date(sentAt.getTime() - 60_000), from: 'Fictieve Man', text: 'Hoi, ben je er nog?' },
        { at: sentAt, from: 'sanne_fictief_test', text: FICTIVE_SCRIPTS.disclosure.text },
        { at: new Date(sentAt.getTime() + 60_000), from: 'Fictieve Man', text: 'Maakt niet uit.\nZullen we afspreken bij mij?' },
        { at: new Date(sentAt.getTime() + 120_000), from: 'Fictieve Man', text: '<Media weggelaten>' },
      ],
      { style: 'nl', seconds: true },
    );
    const res = await upload(op.client, convId, 'sanne_fictief_test', { name: 'WhatsApp-chat met Fictieve Man.txt', bytes: Buffer.from(txt) });
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const page = await op.client.get(res.headers.location as string);
    expect(page.body).toContain('Ingelezen: 3 nieuwe berichten, 0 stonden er al, 1 met media (niet opgeslagen)');
    expect(page.body).toContain('Zullen we afspreken bij mij?');
    expect(page.body).toContain('Beeld ontvangen: niet openen');
    expect(page.body).toContain('data-media="not-stored"');
    expect(page.body).toContain('data-state="image_quarantine"');
    const imports = await sql(t, 'select sha256, format, message_count as n from decoy_imports where conversation_id = $1', [convId]);
    expect(imports[0]).toMatchObject({ format: 'whatsapp', n: 3 });
    expect(imports[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const again = await upload(op.client, convId, 'sanne_fictief_test', { name: 'zelfde.txt', bytes: Buffer.from(txt) });
    expect((await op.client.get(again.headers.location as string)).body).toContain('Ingelezen: 0 nieuwe berichten, 3 stonden er al');
    expect((await sql(t, "select count(*)::int as n from decoy_messages where conversation_id = $1 and direction = 'in'", [convId]))[0]?.n).toBe(4);
  });

  it('reads Telegram result.json too', async () => {
    const { convId, sentAt } = await conversationWithDisclosure('fictief_imp2');
    const json = telegramExport([
      { at: sentAt, from: 'Sanne', text: FICTIVE_SCRIPTS.disclosure.text },
      { at: new Date(sentAt.getTime() + 30_000), from: 'Fictieve Man', text: 'Oké, wat kost het?' },
    ]);
    const res = await upload(op.client, convId, 'Sanne', { name: 'result.json', bytes: Buffer.from(json) });
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(303);
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('Oké, wat kost het?');
  });

  it('refuses the whole export if the decoy side holds a line never sent as an approved script', async () => {
    const { convId, sentAt } = await conversationWithDisclosure('fictief_imp3');
    const txt = whatsAppExport(
      [
        { at: new Date(sentAt.getTime() + 60_000), from: 'Fictieve Man', text: 'Zin in?' },
        { at: new Date(sentAt.getTime() + 90_000), from: 'Sanne', text: 'Ja, kom maar langs!' },
      ],
      { style: 'nl' },
    );
    const res = await upload(op.client, convId, 'Sanne', { name: 'c.txt', bytes: Buffer.from(txt) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('niet als goedgekeurd script via Vangnet is verstuurd. Er is niets ingelezen');
    expect((await sql(t, 'select count(*)::int as n from decoy_messages where conversation_id = $1', [convId]))[0]?.n).toBe(2);
  });

  it('bad exports get a clear Dutch message and nothing is half-imported', async () => {
    const { convId } = await conversationWithDisclosure('fictief_imp4');
    const before = (await sql(t, 'select count(*)::int as n from decoy_messages where conversation_id = $1', [convId]))[0]?.n;
    const cases: [string, { name: string; bytes: Buffer } | undefined, string][] = [
      ['Sanne', undefined, 'Kies een exportbestand'],
      ['Sanne', { name: 'groot.txt', bytes: Buffer.alloc(5 * 1024 * 1024 + 10, 0x41) }, 'groter dan 5 MB'],
      ['Sanne', { name: 'l.txt', bytes: Buffer.from([0x30, 0xff, 0xfe, 0xc3, 0x28]) }, 'geen UTF-8'],
      ['Niemand', { name: 'c.txt', bytes: Buffer.from('02-03-2027 14:05 - Fictieve Man: hoi\n') }, 'In deze export staan: Fictieve Man'],
      ['Sanne', { name: 'c.txt', bytes: Buffer.from('02-03-2027 14:05 - Fictieve Man: hoi\n03-03-2027 14:05 - Sanne: x\n') }, 'ligt in de toekomst'],
      ['Sanne', { name: 'result.json', bytes: Buffer.from('{"messages":[{"id":1,') }, 'geen geldige JSON'],
    ];
    for (const [sender, file, message] of cases) {
      const res = await upload(op.client, convId, sender, file);
      expect(res.statusCode, message).toBe(400);
      expect(res.body, message).toContain(message);
    }
    expect((await sql(t, 'select count(*)::int as n from decoy_messages where conversation_id = $1', [convId]))[0]?.n).toBe(before);
  });
});
