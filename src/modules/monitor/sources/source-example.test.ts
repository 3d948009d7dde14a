import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { inputValue } from '../../cases/testing.ts';
import { TEST_SITE_RULES } from './selector-rules.ts';

/** The new-source form explains its pattern and selector fields and can start from an example. */
describe('source form: help and example', () => {
  let app: TestApp;
  let analyst: TestClient;

  beforeAll(async () => {
    app = await createTestApp();
    analyst = (await signedInAs(app.ctx, app.staffApp, ['analyst'])).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows a help text with an example for each pattern and selector field, and starts empty', async () => {
    const page = await analyst.get('/monitor/bronnen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="allowedUrlPatterns-hint"');
    expect(page.body).toContain('Vangnet bezoekt alleen pagina’s waarvan het adres');
    expect(page.body).toContain('id="adUrlPattern-hint"');
    expect(page.body).toContain('Voorbeeld: /ad/[^/?#]+$');
    expect(page.body).toContain('Waar dit op de advertentiepagina staat. Voorbeeld: article.ad .title');
    expect(page.body).toContain('Voorbeeld: article.ad .place Laat leeg als de site dit niet toont.');
    expect(page.body).toContain('aria-describedby="title-hint"');
    expect(page.body).toContain('href="/monitor/bronnen?voorbeeld=1#nieuwe-bron"');
    expect(page.body).toContain('Voorbeeld invullen');
    expect(inputValue(page.body, 'title')).toBeUndefined();
  });

  it('opens the form filled with the test site rules, clearly marked as an example, and nothing is saved', async () => {
    const page = await analyst.get('/monitor/bronnen?voorbeeld=1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Dit formulier is ingevuld met een voorbeeld');
    for (const [name, value] of Object.entries(TEST_SITE_RULES)) expect(inputValue(page.body, name), name).toBe(value);
    expect(page.body).toContain('^https://advertenties\\.example\\.org/(ads|ad/)</textarea>');
    expect(inputValue(page.body, 'name')).toBeUndefined();
    expect(page.body).toContain('Er zijn nog geen bronnen');

    // Completed with the user's own name, start URL and basis, the example passes the form's checks.
    const form = {
      name: 'Voorbeeldsite',
      startUrls: 'https://advertenties.example.org/ads',
      allowedUrlPatterns: '^https://advertenties\\.example\\.org/(ads|ad/)',
      ...TEST_SITE_RULES,
      intervalMinutes: '60',
      maxRequestsPerMinute: '60',
      maxConcurrency: '1',
      delayMs: '1000',
      legalBasis: 'Fictieve bron om het voorbeeld te testen.',
    };
    expect((await analyst.post('/monitor/bronnen', form)).statusCode).toBe(303);
  });

  it('shows the help in English too', async () => {
    await analyst.get('/taal/en?terug=%2Fmonitor%2Fbronnen');
    const page = await analyst.get('/monitor/bronnen?voorbeeld=1');
    expect(page.body).toContain('This form holds an example');
    expect(page.body).toContain('Where this is on the ad page. Example: article.ad .title');
  });
});
