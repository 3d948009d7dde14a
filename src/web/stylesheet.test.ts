import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';

/** A reporter on a slow phone downloads the home page and one stylesheet: keep both small. */
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

afterAll(async () => {
  await app?.close();
});

describe('page weight', () => {
  test('the public home page and its stylesheet stay under 60 KB together, the CSS under 30 KB', async () => {
    const html = await app.publicApp.inject({ method: 'GET', url: '/' });
    const css = await app.publicApp.inject({ method: 'GET', url: '/assets/vangnet.css' });
    expect(html.statusCode).toBe(200);
    expect(css.statusCode).toBe(200);
    const htmlBytes = Buffer.byteLength(html.body);
    const cssBytes = Buffer.byteLength(css.body);
    expect(cssBytes, `CSS is ${cssBytes} bytes`).toBeLessThan(30 * 1024);
    expect(htmlBytes + cssBytes, `HTML ${htmlBytes} + CSS ${cssBytes} bytes`).toBeLessThan(60 * 1024);
  });

  test('the small stylesheet still styles what the pages use, with our theme', async () => {
    const css = (await app.publicApp.inject({ method: 'GET', url: '/assets/vangnet.css' })).body;
    for (const selector of ['.utrecht-button', '.utrecht-skip-link', '.utrecht-textbox', '.utrecht-heading-1', '.vn-emergency', ':focus-visible']) {
      expect(css, selector).toContain(selector);
    }
    expect(css).toContain('prefers-reduced-motion');
    // Variants no page uses are left out.
    expect(css).not.toContain('.utrecht-button--subtle');
  });

  test('is cached by ETag', async () => {
    const first = await app.publicApp.inject({ method: 'GET', url: '/assets/vangnet.css' });
    const etag = String(first.headers.etag);
    const again = await app.publicApp.inject({ method: 'GET', url: '/assets/vangnet.css', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });
});
