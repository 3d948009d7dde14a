import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { REPORTER_KINDS } from '../answers.ts';
import { ANONYMOUS_REPORT, follow, multipartFile, postAndFollow, receiptText, uploadToken } from '../testing.ts';

/**
 * Issue 14, finding 6: after "Het gaat om mij" every page says "jij/je" and asks about "jou", never
 * about "de jongere"; every other reporter type reads "u" on every page. Checked on the text of each
 * page's <main> as a reporter without JavaScript gets it, error messages included — upload errors and
 * the /mijn-melding pages after the receipt opened the report too.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const mainText = (html: string): string =>
  (/<main[^>]*>(.*)<\/main>/s.exec(html)?.[1] ?? '')
    .replace(/<option[^>]*>[^<]*<\/option>/g, ' ') // the municipality names
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

const U = /\b(u|uw|uzelf)\b/i;
const JIJ = /\b(jij|je|jou|jouw|jezelf|jullie)\b/i;

const FULL_PAGES = ['/melden/gevaar', '/melden/wat', '/melden/betrokkenen', '/melden/online', '/melden/waar-wanneer', '/melden/bestanden', '/melden/contact', '/melden/toestemming', '/melden/controle', '/melden/bel-112'];

/** A file of a kind that is refused, sent with the upload button or with the button onwards; the page the redirect leads to. */
const refusedUpload = async (client: TestClient, path: string, onwards: boolean) => {
  const page = await client.get(path);
  const csrf = uploadToken(page.body);
  const { payload, headers } = multipartFile('programma.exe', Buffer.from([0x4d, 0x5a, 0x00, 0x01]));
  const url = `${path}?${onwards ? 'verder=1&' : ''}_csrf=${encodeURIComponent(csrf)}`;

  return follow(client, await client.raw({ method: 'POST', url, payload, headers }));
};

/** Every page the reporter of this type sees after choosing, with the errors of the required steps. */
const pagesFor = async (kind: string): Promise<Record<string, string>> => {
  const pages: Record<string, string> = {};
  const client: TestClient = publicClient(t.publicApp);
  await client.get('/melden');
  await client.post('/melden/start');
  await client.post('/melden/wie', { reporterKind: kind });
  pages['/melden/wie (again)'] = (await client.get('/melden/wie')).body;
  for (const slug of ['gevaar', 'wat', 'contact', 'toestemming']) pages[`POST /melden/${slug} (empty)`] = (await postAndFollow(client, `/melden/${slug}`, {})).body;
  pages['POST /melden/contact (no way to reach)'] = (await postAndFollow(client, '/melden/contact', { anonymous: 'no' })).body;
  for (const [slug, form] of Object.entries(ANONYMOUS_REPORT)) if (slug !== 'wie') await client.post(`/melden/${slug}`, form);
  for (const p of FULL_PAGES) pages[p] = (await client.get(p)).body;
  // A refused upload, with "Verder" and with "Bestand toevoegen" (the error texts).
  pages['upload refused (Verder)'] = (await refusedUpload(client, '/melden/bestanden', true)).body;
  pages['upload refused'] = (await refusedUpload(client, '/melden/bestanden', false)).body;
  await client.post('/melden/versturen');
  pages['/melden/ontvangen'] = (await client.get('/melden/ontvangen')).body;

  // The follow-up pages, once the receipt opened the report (the receipt form itself says "u": no one knows yet who reports).
  const receipt = receiptText(pages['/melden/ontvangen']!) ?? '';
  const back = publicClient(t.publicApp);
  await back.get('/mijn-melding');
  await back.post('/mijn-melding', { bewijscode: receipt });
  pages['/mijn-melding/overzicht'] = (await back.get('/mijn-melding/overzicht')).body;
  pages['POST /mijn-melding/bericht (empty)'] = (await postAndFollow(back, '/mijn-melding/bericht', { bericht: '' })).body;
  pages['POST /mijn-melding/bericht (too long)'] = (await postAndFollow(back, '/mijn-melding/bericht', { bericht: 'x'.repeat(5001) })).body;
  pages['POST /mijn-melding/bericht'] = (await postAndFollow(back, '/mijn-melding/bericht', { bericht: 'Een fictief bericht.' })).body;
  pages['/mijn-melding/toestemming'] = (await back.get('/mijn-melding/toestemming')).body;
  pages['POST /mijn-melding/toestemming (empty)'] = (await postAndFollow(back, '/mijn-melding/toestemming', {})).body;
  pages['POST /mijn-melding/toestemming'] = (await postAndFollow(back, '/mijn-melding/toestemming', { consentPolice: 'no', consentCare: 'yes', consentZvh: 'no' })).body;
  pages['/mijn-melding/bestanden'] = (await back.get('/mijn-melding/bestanden')).body;
  pages['/mijn-melding upload refused (Verder)'] = (await refusedUpload(back, '/mijn-melding/bestanden', true)).body;
  pages['/mijn-melding upload refused'] = (await refusedUpload(back, '/mijn-melding/bestanden', false)).body;
  pages['/mijn-melding/nieuwe-code'] = (await back.get('/mijn-melding/nieuwe-code')).body;
  await back.post('/mijn-melding/nieuwe-code');
  pages['/mijn-melding/nieuwe-code (shown)'] = (await back.get('/mijn-melding/nieuwe-code')).body;

  const short = publicClient(t.publicApp);
  await short.get('/melden');
  await short.post('/melden/kort/start');
  pages['POST /melden/kort/wat (empty)'] = (await postAndFollow(short, '/melden/kort/wat', { reporterKind: kind })).body;
  await short.post('/melden/kort/wat', { reporterKind: kind, whatHappened: 'Iets wat ik zag (fictief).' });
  pages['/melden/kort/wat (again)'] = (await short.get('/melden/kort/wat')).body;
  pages['/melden/kort/gevaar'] = (await short.get('/melden/kort/gevaar')).body;
  await short.post('/melden/kort/gevaar', { dangerNow: 'yes' });
  pages['/melden/kort/contact'] = (await short.get('/melden/kort/contact')).body;
  await short.post('/melden/kort/contact', { anonymous: 'yes' });
  pages['/melden/ontvangen (short)'] = (await short.get('/melden/ontvangen')).body;

  return pages;
};

describe('issue 14: the questions speak to the person who reports', () => {
  it('says "jij/je" to a victim on every page and never asks about "de jongere"', async () => {
    const pages = await pagesFor('victim');
    for (const [name, html] of Object.entries(pages)) {
      const text = mainText(html);
      expect(text.length, name).toBeGreaterThan(100);
      expect.soft(U.exec(text)?.[0], `${name}: "u" in: …${text.slice(Math.max(0, (U.exec(text)?.index ?? 0) - 60), (U.exec(text)?.index ?? 0) + 40)}…`).toBeUndefined();
      if (!name.includes('/wie')) expect.soft(text, name).not.toMatch(/de jongere/);
    }
    expect(mainText(pages['/melden/betrokkenen']!)).toContain('Wie zet jou onder druk?');
    expect(mainText(pages['/melden/betrokkenen']!)).toContain('Hoe oud ben je?');
    expect(mainText(pages['/melden/wat']!)).toContain('Vertel in je eigen woorden');
    expect(mainText(pages['upload refused (Verder)']!)).toContain('Het bestand dat je koos is niet toegevoegd.');
    expect(mainText(pages['POST /mijn-melding/bericht']!)).toContain('Je bericht is verstuurd.');
    expect(mainText(pages['/mijn-melding/overzicht']!)).toContain('Wij hebben je melding ontvangen.');
  });

  for (const kind of REPORTER_KINDS.filter((k) => k !== 'victim')) {
    it(`says "u" to a reporter of type ${kind} on every page, never "je/jij"`, async () => {
      const pages = await pagesFor(kind);
      for (const [name, html] of Object.entries(pages)) {
        const text = mainText(html);
        const hit = JIJ.exec(text);
        expect.soft(hit?.[0], `${name}: "${hit?.[0]}" in: …${text.slice(Math.max(0, (hit?.index ?? 0) - 60), (hit?.index ?? 0) + 40)}…`).toBeUndefined();
      }
      expect(mainText(pages['/melden/betrokkenen']!)).toContain('Wie zet de jongere onder druk?');
      expect(mainText(pages['/melden/wat']!)).toContain('Vertel in uw eigen woorden');
      expect(mainText(pages['upload refused (Verder)']!)).toContain('Het bestand dat u koos is niet toegevoegd.');
      expect(mainText(pages['POST /mijn-melding/bericht']!)).toContain('Uw bericht is verstuurd.');
    });
  }

  it('asks the victim about "you" in English too', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    await client.post('/melden/wie', { reporterKind: 'victim' });
    await client.get('/taal/en?terug=%2Fmelden%2Fbetrokkenen');
    const page = mainText((await client.get('/melden/betrokkenen')).body);
    expect(page).toContain('Who is involved');
    expect(page).toContain('Who is putting you under pressure?');
    expect(page).not.toContain('the young person');
  });
});
