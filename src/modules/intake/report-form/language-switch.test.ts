import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { postAndFollow } from '../testing.ts';

/** Issue 14 finding 5: switching the language in the middle of a step keeps what was typed there. */
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

  return client;
};

/** Follows the redirects of a language switch like a browser, returns the page it lands on. */
const follow = async (client: TestClient, location: string | undefined) => {
  let url = location ?? '';
  for (let i = 0; i < 3; i += 1) {
    const res = await client.get(url);
    if (res.statusCode !== 303) return { url, res };
    url = String(res.headers.location);
  }
  throw new Error('too many redirects');
};

describe('issue 14: the language switch on a form step', () => {
  it('is a button of the step form, after a hidden default button so Enter still goes on', async () => {
    const client = await startDraft();
    const page = (await client.get('/melden/wat')).body;
    expect(page).toContain('<form method="post" action="/melden/wat" novalidate="" id="stap">');
    const header = /<header[^>]*>(.*?)<\/header>/s.exec(page)?.[1] ?? '';
    const buttons = [...header.matchAll(/<button([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toContain('form="stap"');
    expect(buttons[0]).not.toContain('name=');
    expect(buttons[1]).toMatch(/form="stap"/);
    expect(buttons[1]).toMatch(/name="_taal" value="en"/);
  });

  it('keeps the typed text when switching to English and back to Dutch', async () => {
    const client = await startDraft();
    await client.get('/melden/wat');
    const typed = 'Ik zag een testadvertentie met een jong meisje, nog niet verstuurd.';
    const res = await client.post('/melden/wat', { whatHappened: typed, _taal: 'en' });
    expect(res.statusCode).toBe(303);
    const english = await follow(client, res.headers.location);
    expect(english.url).toBe('/melden/wat');
    expect(english.res.body).toContain('<html lang="en">');
    expect(english.res.body).toContain(typed);
    const back = await client.post('/melden/wat', { whatHappened: `${typed} Nu in het Engels aangevuld.`, _taal: 'nl' });
    const dutch = await follow(client, back.headers.location);
    expect(dutch.res.body).toContain('<html lang="nl">');
    expect(dutch.res.body).toContain('Nu in het Engels aangevuld.');
  });

  it('keeps text that is not right yet without showing errors or saving it as an answer', async () => {
    const client = await startDraft();
    const res = await client.post('/melden/online?terug=controle', { phones: 'belt altijd anoniem', emails: 'testje@example.org', _taal: 'en' });
    expect(res.statusCode).toBe(303);
    const english = await follow(client, res.headers.location);
    expect(english.url).toBe('/melden/online?terug=controle');
    expect(english.res.body).toContain('belt altijd anoniem');
    expect(english.res.body).toContain('testje@example.org');
    expect(english.res.body).not.toContain('There is a problem');
    // Not an answer yet: the check page does not show it, and going on still checks it.
    expect((await client.get('/melden/controle')).body).not.toContain('belt altijd anoniem');
    const onwards = await postAndFollow(client, '/melden/online', { phones: 'belt altijd anoniem' });
    expect(onwards.statusCode).toBe(400);
  });
});
