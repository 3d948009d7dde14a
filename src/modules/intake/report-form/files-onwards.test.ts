import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { fillAndSubmit, multipartFile, SAMPLE_PNG, follow } from '../testing.ts';

/** Issue 14 finding 3: "Verder" on the files page keeps a chosen file; files show a useful label. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const startDraft = async (): Promise<TestClient> => {
  const client = publicClient(t.publicApp);
  await client.get('/melden');
  await client.post('/melden/start');
  await client.post('/melden/wie', { reporterKind: 'bystander' });
  await client.post('/melden/wat', { whatHappened: 'Een testmelding over een advertentie.' });

  return client;
};

/** The URL the "Verder" button of the upload form posts to (its formaction). */
const onwardsUrl = (html: string): string => {
  const url = /<button[^>]*formaction="([^"]*verder=1[^"]*)"/.exec(html)?.[1];
  if (!url) throw new Error('no "Verder" button in the upload form');
  return url.replace(/&amp;/g, '&');
};

const post = (client: TestClient, url: string, name: string, content: Buffer) => {
  const { payload, headers } = multipartFile(name, content);
  return client.raw({ method: 'POST', url, payload, headers });
};

describe('issue 14: the files page', () => {
  it('adds a chosen file when the reporter presses "Verder" instead of "Bestand toevoegen"', async () => {
    const client = await startDraft();
    const page = await client.get('/melden/bestanden');
    const res = await post(client, onwardsUrl(page.body), 'chat-met-testje.png', SAMPLE_PNG);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/melden/contact');
    const check = await client.get('/melden/controle');
    expect(check.body).toContain('1 bestand');
    const files = await client.get('/melden/bestanden');
    expect(files.body).toContain('chat-met-testje.png (afbeelding, PNG, 1 kB)');
    expect(files.body).not.toMatch(/1\. PNG, /);
  });

  it('goes on without a file when none was chosen, and back to the check page from there', async () => {
    const client = await startDraft();
    const page = await client.get('/melden/bestanden?terug=controle');
    const url = onwardsUrl(page.body);
    expect(url).toContain('terug=controle');
    const { payload, headers } = multipartFile('', Buffer.alloc(0));
    const res = await client.raw({ method: 'POST', url, payload, headers });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/melden/controle');
  });

  it('says clearly that a chosen file was not added, and keeps the other answers', async () => {
    const client = await startDraft();
    const page = await client.get('/melden/bestanden');
    const res = await follow(client, await post(client, onwardsUrl(page.body), 'programma.exe', Buffer.from([0x4d, 0x5a, 0x00, 0x01, 0x02])));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Het bestand dat u koos is niet toegevoegd.');
    expect(res.body).toContain('Dit soort bestand nemen wij niet aan.');
    expect(res.body).toContain('href="#bestand"');
    const check = await client.get('/melden/controle');
    expect(check.body).toContain('Een testmelding over een advertentie.');
    expect(check.body).toContain('0 bestanden');
  });

  it('shows the file by its type in words when the browser sent no name', async () => {
    const client = await startDraft();
    const page = await client.get('/melden/bestanden');
    const url = /action="(\/melden\/bestanden\?_csrf=[^"]+)"/.exec(page.body)?.[1]?.replace(/&amp;/g, '&') ?? '';
    // A name the form would keep as the placeholder "bestand": no name to show.
    const res = await follow(client, await post(client, url, 'bestand', SAMPLE_PNG));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Afbeelding 1 (PNG, 1 kB)');
  });

  it('adds a chosen file on the follow-up files page when the reporter presses the button onwards', async () => {
    const client = publicClient(t.publicApp);
    const { receipt } = await fillAndSubmit(client);
    await client.get('/mijn-melding');
    await client.post('/mijn-melding', { bewijscode: receipt });
    const page = await client.get('/mijn-melding/bestanden');
    const res = await post(client, onwardsUrl(page.body), 'nieuwe-chat.png', SAMPLE_PNG);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/mijn-melding/overzicht');
    const files = await client.get('/mijn-melding/bestanden');
    expect(files.body).toContain('nieuwe-chat.png (afbeelding, PNG, 1 kB)');
  });
});
