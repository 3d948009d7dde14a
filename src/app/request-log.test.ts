import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { publicClient, signedInAs } from '../../test/support/factories.ts';

/** Issue 12 finding 5: the staff log wrote whole query strings, search words and identifiers. */
describe('request logs hold no content', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('searching a phone number and an e-mail address on staff pages leaves neither in the log', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const before = app.logs().length;
    for (const q of ['0612345678', 'lokvogel.proef@voorbeeld.invalid']) {
      const search = await client.get(`/identificatoren?q=${encodeURIComponent(q)}`);
      expect(search.statusCode).toBe(303);
      const page = await client.get(String(search.headers.location));
      expect(page.statusCode).toBe(404);
      await client.post('/identificatoren/volgen', { kind: q.includes('@') ? 'email' : 'phone', key: q });
      await client.get(`/dossiers/zoeken?q=${encodeURIComponent(q)}`);
      await client.get(`/monitor?q=${encodeURIComponent(q)}`);
    }
    const log = app.logs().slice(before);
    expect(log).toContain('"route":"/identificatoren/:kind/:key"');
    expect(log).toContain('"method":"GET"');
    expect(log).toContain('"statusCode":404');
    for (const needle of ['0612345678', '612345678', 'lokvogel', 'voorbeeld.invalid', '%40', '?q=', '"url"']) {
      expect(log.includes(needle), `the staff log holds ${needle}`).toBe(false);
    }
  });

  it('the public log keeps the route pattern, not the path or query', async () => {
    const before = app.logs().length;
    const client = publicClient(app.publicApp);
    await client.get('/melden?bron=0687654321');
    await client.get('/bestaat-niet/0687654321');
    const log = app.logs().slice(before);
    expect(log).toContain('"route":"/melden"');
    expect(log).not.toContain('0687654321');
  });
});
