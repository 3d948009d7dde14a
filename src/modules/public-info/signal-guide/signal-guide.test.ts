import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { SIGNAL_GUIDE } from './signal-list.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const draftCount = async () => {
  const res = await t.ctx.db.execute('select count(*)::int as n from report_drafts');
  return Number((res as unknown as { rows: { n: number }[] }).rows[0]?.n);
};

describe('signal guide (issue 18 point 2)', () => {
  it('walks the six groups one page each, keeps ticks between pages, stores nothing', async () => {
    const client = publicClient(t.publicApp);
    const before = await draftCount();
    const start = await client.get('/signalenwijzer');
    expect(start.body).toContain('action="/signalenwijzer/stap"');
    let page = await client.post('/signalenwijzer/stap', { naar: '1' });
    expect(page.body).toContain('Stap 1 van 6');
    expect(page.body).toContain('Uiterlijk');
    // Tick on page 1 and 3, go back to page 1: the tick is still there.
    page = await client.post('/signalenwijzer/stap', { van: '1', naar: '2', s: ['a2'] });
    expect(page.body).toContain('Stap 2 van 6');
    expect(page.body).toContain('name="s" value="a2"');
    page = await client.post('/signalenwijzer/stap', { van: '2', naar: '3', s: ['a2'] });
    page = await client.post('/signalenwijzer/stap', { van: '3', naar: '4', s: ['a2', 'c1'] });
    page = await client.post('/signalenwijzer/stap', { van: '4', naar: '1', s: ['a2', 'c1'] });
    expect(page.body).toMatch(/value="a2" checked=""|value="a2" checked/);
    page = await client.post('/signalenwijzer/stap', { van: '6', naar: '7', s: ['a2', 'c1', 'e3'] });
    expect(page.body).toContain('U hebt 3 signalen aangevinkt');
    expect(page.body).toContain('Heeft opeens veel geld of dure spullen');
    expect(page.body).toContain('Wanneer is er een vermoeden?');
    expect(page.body).toContain('kenteken');
    expect(page.body).toContain('Wat kunt u doen?');
    expect(page.body).toContain('uit 3 verschillende groepen');
    expect(await draftCount()).toBe(before);
    expect(client.cookies.has('vn_draft')).toBe(false);
  });

  it('goes on to the report form with the signals filled in, all still changeable', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/signalenwijzer');
    const go = await client.post('/signalenwijzer/melden', { s: ['a2', 'e3', 'e6'] });
    expect(go.statusCode).toBe(303);
    expect(go.headers.location).toBe('/melden/wie');
    expect(client.cookies.has('vn_draft')).toBe(true);
    const wat = await client.get('/melden/wat');
    expect(wat.body).toMatch(/value="appearance" checked/);
    expect(wat.body).toMatch(/value="relations" checked/);
    expect(wat.body).not.toMatch(/value="physical" checked/);
    expect(wat.body).toContain('Wordt gehaald en gebracht met een auto of scooter');
    // The reporter changes everything: the form takes it.
    const changed = await client.post('/melden/wat', { whatHappened: 'Eigen woorden van de melder.', signals: ['physical'] });
    expect(changed.statusCode).toBe(303);
    const again = await client.get('/melden/wat');
    expect(again.body).toMatch(/value="physical" checked/);
    expect(again.body).not.toMatch(/value="appearance" checked/);
    expect(again.body).toContain('Eigen woorden van de melder.');
  });

  it('drops unknown or hostile values and never fails', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/signalenwijzer');
    for (const naar of ['-5', '999', 'abc', '', '1e9', '<script>']) {
      const res = await client.post('/signalenwijzer/stap', { naar, s: ['zz', '<img src=x onerror=alert(1)>', 'a1'] });
      expect(res.statusCode, naar).toBe(200);
      expect(res.body).not.toContain('onerror=alert');
    }
    const res = await client.post('/signalenwijzer/stap', { naar: String(SIGNAL_GUIDE.length + 1), s: ['zz', 'a1'] });
    expect(res.body).toContain('U hebt 1 signaal aangevinkt');
  });
});
