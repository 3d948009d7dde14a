import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { pdfText } from '../../../../test/support/pdf-text.ts';
import { THEMES } from './checklist-content.ts';
import { CHECKLIST_COOKIE } from './draft-session.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const answerAll = (slug: string, answer: string, note = '') => {
  const theme = THEMES.find((x) => x.slug === slug)!;
  return Object.fromEntries(theme.questions.flatMap((q) => [[`a_${q.id}`, answer], [`n_${q.id}`, note]]));
};

describe('public municipality checklist', () => {
  it('walks the five themes without an account and sums up per theme', async () => {
    const client = publicClient(t.publicApp);
    const intro = await client.get('/gemeenten/checklist');
    expect(intro.statusCode).toBe(200);
    expect(intro.body).toContain('Kennis en bewustwording');
    const first = await client.get('/gemeenten/checklist/kennis');
    expect(first.body).toContain('Kent u de lokale cijfers');
    expect(first.body).toContain('De bril op');
    let res = await client.post('/gemeenten/checklist/kennis', { ...answerAll('kennis', 'yes'), a_k2: 'no', n_k2: 'Wij tellen nog niet zelf.' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/gemeenten/checklist/preventie');
    for (const slug of ['preventie', 'signaleren', 'samenwerken']) {
      res = await client.post(`/gemeenten/checklist/${slug}`, answerAll(slug, 'partly'));
      expect(res.statusCode).toBe(303);
    }
    res = await client.post('/gemeenten/checklist/opvang', { a_o1: 'yes' });
    expect(res.headers.location).toBe('/gemeenten/checklist/overzicht?bewaard=1');
    const summary = await client.get('/gemeenten/checklist/overzicht');
    expect(summary.body).toContain('Op orde (3)');
    expect(summary.body).toContain('Actie nodig (1)');
    expect(summary.body).toContain('Wij tellen nog niet zelf.');
    expect(summary.body).toContain('Nog niet beantwoord (3)');
    // Going back shows what was saved.
    const back = await client.get('/gemeenten/checklist/kennis');
    expect(back.body).toMatch(/id="a_k2-no"[^>]*checked/);
  });

  it('gives a tagged Dutch PDF whose text reads in order, and a CSV', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/gemeenten/checklist/kennis');
    await client.post('/gemeenten/checklist/kennis', { ...answerAll('kennis', 'yes'), a_k3: 'no', n_k3: 'Professionals kennen CoMensha niet.' });
    const pdf = await client.get('/gemeenten/checklist/rapport.pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('/StructTreeRoot');
    expect(bytes.toString('latin1')).toContain('/Lang (nl-NL)');
    const text = pdfText(bytes);
    expect(text).toContain('Checklist loverboyproblematiek');
    expect(text).toContain('Professionals kennen CoMensha niet.');
    const order = ['Kennis en bewustwording', 'Preventie en voorlichting', 'Signaleren en melden', 'Samenwerken in de zorg- en veiligheidsketen', 'Opvang, behandeling en nazorg'].map((h) => text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const csv = await client.get('/gemeenten/checklist/antwoorden.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('"Professionals kennen CoMensha niet."');
    expect(csv.body.split('\r\n').length).toBe(1 + THEMES.reduce((n, th) => n + th.questions.length, 0) + 1);
  });

  it('keeps what was typed and says why on bad input, and never runs a formula from the CSV', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/gemeenten/checklist/kennis');
    const long = 'x'.repeat(1500);
    const bad = await client.post('/gemeenten/checklist/kennis', { a_k1: 'misschien', n_k1: 'mijn notitie', a_k2: 'yes', n_k2: long });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Kies een van de antwoorden.');
    expect(bad.body).toContain('Maak de toelichting korter');
    expect(bad.body).toContain('mijn notitie');
    expect(bad.body).toContain(long);
    await client.post('/gemeenten/checklist/kennis', { a_k1: 'yes', n_k1: '=HYPERLINK("http://example.invalid")' });
    const csv = await client.get('/gemeenten/checklist/antwoorden.csv');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect((await client.get('/gemeenten/checklist/bestaat-niet')).statusCode).toBe(404);
  });

  it('stores nothing about who fills it in: only a hashed token and encrypted answers', async () => {
    const client = publicClient(t.publicApp, { 'user-agent': 'Mozilla/5.0 Testbrowser-Uniek-4711', 'x-forwarded-for': '203.0.113.77' });
    await client.get('/gemeenten/checklist/kennis');
    await client.post('/gemeenten/checklist/kennis', { a_k1: 'yes', n_k1: 'notitie-uniek-9911' });
    const token = client.cookies.get(CHECKLIST_COOKIE)!;
    expect(token).toBeTruthy();
    const rows = await t.ctx.database.executor.executeSql('SELECT * FROM checklist_drafts');
    const dump = JSON.stringify(rows.rows);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain('notitie-uniek-9911');
    expect(dump).not.toContain('Testbrowser-Uniek-4711');
    expect(dump).not.toContain('203.0.113.77');
    expect(Object.keys(rows.rows[0] ?? {}).sort()).toEqual(['created_at', 'data_enc', 'expires_at', 'id']);
    expect(t.logs()).not.toContain('203.0.113.77');
    expect(t.logs()).not.toContain('Testbrowser-Uniek-4711');
  });
});
