import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { crawl } from '../../../../test/security/pages.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { EXIT_URL } from '../../../web/layout.tsx';
import { AUDIENCE_SLUGS } from './default-pages.ts';
import { publicInfoModule } from '../module.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('audience pages (issue 18 point 1)', () => {
  it('are each one step from the home page, and end in what to do now', async () => {
    const client = publicClient(t.publicApp);
    const home = await client.get('/');
    for (const slug of AUDIENCE_SLUGS) {
      expect(home.body, `home links to ${slug}`).toContain(`href="/informatie/${slug}"`);
      const page = await client.get(`/informatie/${slug}`);
      expect(page.statusCode, slug).toBe(200);
      const words = text(page.body);
      expect(words, `${slug}: 112`).toContain('Bel meteen 112');
      expect(words, `${slug}: meldpunt`).toContain('0800-0034');
      expect(words, `${slug}: anoniem`).toMatch(/ook anoniem/);
      expect(page.body, `${slug}: report online`).toContain('class="vn-cta" href="/melden"');
      expect(page.body, `${slug}: exit`).toContain(`href="${EXIT_URL}"`);
    }
  });

  it('say what each audience needs to hear', async () => {
    const client = publicClient(t.publicApp);
    const young = text((await client.get('/informatie/jongeren')).body);
    expect(young).toContain('lovergirl');
    expect(young).toContain('Sextortion');
    expect(young).toContain('Het is niet jouw schuld');
    expect(young).toContain('Jongens zijn ook slachtoffer');
    const pro = text((await client.get('/informatie/professionals')).body);
    expect(pro).toContain('Stap 5');
    expect(pro).toContain('meldcode');
    expect(pro).toContain('079-3458999');
    expect(pro).toContain('033-4481186');
    expect(pro).toContain('Veilig Thuis');
    expect(text((await client.get('/informatie/taxi')).body)).toContain('half uur later');
    const clients = text((await client.get('/informatie/klanten')).body);
    expect(clients).toContain('1 juli 2024');
    expect(clients).toContain('Stop it Now');
  });

  it('are in English too, and unknown pages are a 404', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/taal/en?terug=/');
    const page = await client.get('/informatie/ouders');
    expect(page.body).toContain('<html lang="en"');
    expect(text(page.body)).toContain('For parents and carers');
    expect((await client.get('/informatie/bestaat-niet')).statusCode).toBe(404);
    expect((await client.get('/informatie/..%2F..%2Fetc')).statusCode).toBe(404);
  });

  it('information pages, found or not, send the same security headers as a page helmet served', async () => {
    const client = publicClient(t.publicApp);
    const security = (h: Record<string, unknown>) => Object.fromEntries(Object.entries(h).filter(([k]) => !['date', 'connection', 'keep-alive', 'content-length', 'set-cookie'].includes(k)));
    const byHelmet = security((await client.get('/signalenwijzer')).headers);
    expect(byHelmet['content-security-policy']).toContain("default-src 'none'");
    for (const path of ['/informatie/jongeren', '/informatie/jongeren', '/informatie/bestaat-niet', '/informatie/..%2Fx']) {
      expect(security((await client.get(path)).headers), path).toEqual(byHelmet);
    }
  });

  it('every public page has the exit button, the hide-your-visit help and no-store', async () => {
    const client = publicClient(t.publicApp);
    for (const path of ['/', '/informatie', '/informatie/jongeren', '/signalenwijzer', '/zoeken', '/melden', '/hulp']) {
      const res = await client.get(path);
      expect(res.body, path).toContain('data-exit');
      expect(res.body, path).toContain('href="/informatie/bezoek-verbergen"');
      expect(res.body, path).toContain('<script src="/assets/verlaten.js"');
      expect(res.headers['cache-control'], path).toBe('no-store');
    }
    // And every page a visitor can reach by following links, including error pages.
    const found = await crawl(publicClient(t.publicApp), ['/', '/bestaat-niet']);
    expect(found.size).toBeGreaterThan(15);
    for (const [path, html] of found) {
      expect(html, path).toContain(`href="${EXIT_URL}"`);
      expect(html, path).toContain('Bel 112');
    }
    const script = await client.get('/assets/verlaten.js');
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain("event.key !== 'Shift'");
    expect(script.body).toContain('location.replace');
    expect(text((await client.get('/informatie/bezoek-verbergen')).body)).toContain('privévenster');
  });
});

describe('page weight (issue 18 rules)', () => {
  it('every public information page is under 60 KB of HTML and CSS together', async () => {
    const client = publicClient(t.publicApp);
    const css = (await client.get('/assets/vangnet.css')).body;
    for (const path of ['/', '/informatie', ...AUDIENCE_SLUGS.map((s) => `/informatie/${s}`), '/informatie/bezoek-verbergen', '/signalenwijzer', '/zoeken?q=melden']) {
      const html = (await client.get(path)).body;
      const kb = (Buffer.byteLength(html) + Buffer.byteLength(css)) / 1024;
      expect(kb, `${path}: ${kb.toFixed(1)} KB`).toBeLessThan(60);
    }
  });
});

describe('demo campaigns (vangnet demo)', () => {
  it('adds clearly fictitious published campaigns, once, however often it runs', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 2; i++) await publicInfoModule.demo?.(t.ctx, { showPasswords: false, print: (l) => lines.push(l) });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.includes('fictief'))).toBe(true);
    const page = await publicClient(t.publicApp).get('/c/demo-kermis');
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('fictieve demo');
  });
});

describe('search (issue 18 point 6)', () => {
  it('finds pages with Dutch stemming, without JavaScript', async () => {
    const client = publicClient(t.publicApp);
    // "chauffeur" is in the taxi page as "chauffeurs" and "chauffeur": stemming matches both.
    const res = await client.get('/zoeken?q=chauffeurs');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/informatie/taxi"');
    const none = await client.get('/zoeken?q=xyzzyplugh');
    expect(text(none.body)).toContain('Geen pagina');
  });

  it('answers hostile queries with a clear message, never a 500', async () => {
    const client = publicClient(t.publicApp);
    for (const q of ["'); DROP TABLE info_pages; --", '!!!&&||', '<script>alert(1)</script>', '"unterminated', ':*']) {
      const res = await client.get(`/zoeken?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(res.body).not.toContain('<script>alert');
    }
    const long = await client.get(`/zoeken?q=${'a'.repeat(500)}`);
    expect(long.statusCode).toBe(400);
    expect(text(long.body)).toContain('te lang');
  });
});
