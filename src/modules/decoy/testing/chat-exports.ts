/** Fictitious chat exports in the real formats, for tests and the benchmark. */

export type ExportLine = { at: Date; from: string; text: string };

const amsterdam = (at: Date) => {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));

  return { y: p.year as string, mo: p.month as string, d: p.day as string, h: p.hour as string, mi: p.minute as string, s: p.second as string };
};

/** A WhatsApp .txt: Dutch Android ("02-03-2027 14:05 - Naam: tekst"), English US ("3/2/27, 2:05 PM - "), or iOS with seconds. */
export const whatsAppExport = (lines: ExportLine[], o: { style: 'nl' | 'en-us' | 'ios'; seconds?: boolean; systemLine?: boolean }): string => {
  const head = (at: Date) => {
    const t = amsterdam(at);
    const sec = o.seconds ? `:${t.s}` : '';
    if (o.style === 'nl') return `${t.d}-${t.mo}-${t.y} ${t.h}:${t.mi}${sec} - `;
    if (o.style === 'ios') return `[${t.d}-${t.mo}-${t.y} ${t.h}:${t.mi}:${t.s}] `;
    const h = Number(t.h);
    return `${Number(t.mo)}/${Number(t.d)}/${t.y.slice(2)}, ${h % 12 === 0 ? 12 : h % 12}:${t.mi}${sec} ${h < 12 ? 'AM' : 'PM'} - `;
  };
  const out: string[] = [];
  const first = lines[0];
  if (o.systemLine !== false && first) out.push(`${head(first.at)}${o.style === 'en-us' ? 'Messages and calls are end-to-end encrypted. No one outside of this chat can read them.' : 'Berichten en oproepen zijn end-to-end versleuteld. Niemand buiten deze chat kan ze lezen.'}`);
  for (const l of lines) out.push(`${head(l.at)}${l.from}: ${l.text}`);

  return `${out.join('\n')}\n`;
};

/** A Telegram Desktop result.json for one chat. */
export const telegramExport = (lines: (ExportLine & { photo?: string })[], name = 'Fictieve chat'): string =>
  JSON.stringify({
    name,
    type: 'personal_chat',
    id: 4242,
    messages: [
      { id: 1, type: 'service', date: '2027-03-01T10:00:00', date_unixtime: String(Math.floor((lines[0]?.at.getTime() ?? 0) / 1000)), action: 'phone_call' },
      ...lines.map((l, i) => ({
        id: i + 2,
        type: 'message',
        date: l.at.toISOString().slice(0, 19),
        date_unixtime: String(Math.floor(l.at.getTime() / 1000)),
        from: l.from,
        from_id: `user${l.from.length}`,
        text: i % 2 === 0 ? l.text : [{ type: 'plain', text: l.text }],
        ...(l.photo ? { photo: l.photo, photo_file_size: 12345, width: 10, height: 10 } : {}),
      })),
    ],
  });
