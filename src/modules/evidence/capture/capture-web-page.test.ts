import { eq } from 'drizzle-orm';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser } from '../../../../test/support/factories.ts';
import { auditEvents } from '../../audit/index.ts';
import { listIdentifiersOfSource } from '../../identifiers/testing.ts';
import { verifyAuditChain } from '../../audit/testing.ts';
import { captureWebPage } from './capture-web-page.ts';
import { sha256Hex } from '../hash.ts';
import { openEvidenceFile } from '../items/open-evidence-file.ts';
import { EvidenceError, evidenceProblems, problemMessage } from '../texts.ts';
import { EMBEDDED_PNG_BASE64, PAGE_HTML, startTestSite, type TestSite } from '../testing/test-site.ts';
import { redactInlineMedia } from './redact-inline-media.ts';

let app: TestApp;
let site: TestSite;
let actor: { id: string; name: string };

beforeAll(async () => {
  app = await createTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
  site = await startTestSite();
  const u = await createStaffUser(app.ctx, { roles: ['investigator'], name: 'Onderzoeker Test' });
  actor = { id: u.user.id, name: u.user.name };
});

afterAll(async () => {
  await site?.close();
  await app?.close();
});

/** Every path on the test site that is a picture, film, sound or font. */
const MEDIA_PATHS = [
  '/photos/lisa.jpg',
  '/img',
  '/photos/pic.webp',
  '/photos/pic@2x.webp',
  '/photos/pic-fallback.jpg',
  '/photos/preload.jpg',
  '/hero-bg.jpg',
  '/css-bg.gif',
  '/inline-bg.png',
  '/media/clip.mp4',
  '/media/poster.jpg',
  '/media/clip2.webm',
  '/media/subs.vtt',
  '/media/voice.mp3',
  '/svg-image.png',
  '/photos/full.jpg',
  '/photos/lazy.png',
  '/fonts/test.woff2',
  '/tracker.gif',
  '/frame-img.png',
  '/favicon.ico',
  '/border.png',
];

const refusal = async (p: Promise<unknown>): Promise<EvidenceError> => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EvidenceError);

  return err as EvidenceError;
};

describe('capturing a web page', () => {
  it('keeps the raw exchange, a rendering and the text, and never asks the site for a picture or video', async () => {
    const result = await captureWebPage(app.ctx, {
      actor,
      url: `${site.base}/redirect-once`,
      title: 'Advertentie Lisa',
      sourceDescription: 'Gevonden bij het doorzoeken van een advertentiesite (test)',
    });

    // Hard rule 1: not one request for a picture, film, sound or font reached the site.
    for (const path of MEDIA_PATHS) expect(site.hits(path), `${path} was requested: ${JSON.stringify(site.allHits())}`).toBe(0);
    // The page itself was fetched once, by Vangnet; the browser rendered those same bytes.
    expect(site.hits('/page')).toBe(1);
    expect(site.hits('/style.css')).toBe(1);
    expect(site.hits('/app.js')).toBe(1);

    const { item, artefacts } = result;
    expect(item.kind).toBe('web_capture');
    expect(item.mediaType).toBe('application/warc');
    expect(item.addedBy).toBe(actor.id);
    expect(Math.abs(item.capturedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(item.details).toMatchObject({ finalUrl: `${site.base}/page`, status: 200, rendered: true });
    const versions = (item.details as { versions: Record<string, string> }).versions;
    expect(versions.browser).toMatch(/^Chromium \d+/);
    expect(versions.warcio).toBe('2.4.11');
    expect(versions.playwrightCore).toMatch(/^\d+\.\d+/);
    expect(artefacts.map((a) => a.kind).sort()).toEqual(['blocked_urls', 'screenshot', 'text']);

    // The original (WARC) and every artefact match the hash taken at capture.
    const warc = await openEvidenceFile(app.ctx, { actor, evidenceId: item.id, reason: 'test' });
    expect(sha256Hex(warc.bytes)).toBe(item.sha256);
    const files: Record<string, Buffer> = {};
    for (const a of artefacts) {
      const opened = await openEvidenceFile(app.ctx, { actor, evidenceId: item.id, artefactId: a.id, reason: 'test' });
      expect(sha256Hex(opened.bytes)).toBe(a.sha256);
      expect(opened.bytes.byteLength).toBe(a.sizeBytes);
      files[a.kind] = opened.bytes;
    }

    // The WARC holds the response as sent (status line, headers, the HTML), except for the pictures
    // written into the page as data: URLs (hard rule 1): those are cut out, the record says how many,
    // and the framing headers that no longer hold are kept under another name.
    const keptHtml = redactInlineMedia(Buffer.from(PAGE_HTML, 'utf8')).body.toString('utf8');
    expect(keptHtml).not.toBe(PAGE_HTML);
    const warcText = warc.bytes.toString('latin1');
    expect(warcText).not.toContain(EMBEDDED_PNG_BASE64);
    expect(warcText).toContain('WARC-Vangnet-Inline-Media-Removed: 2\r\n');
    expect(warcText).toContain('X-Vangnet-Decoded-Transfer-Encoding: chunked\r\n');
    expect(warcText.startsWith('WARC/1.1\r\n')).toBe(true);
    expect(warcText).toContain('HTTP/1.1 301 Moved Permanently\r\n');
    expect(warcText).toContain('HTTP/1.1 200 OK\r\n');
    expect(warcText).toMatch(/Transfer-Encoding: chunked\r\n/i);
    expect(warcText).toContain('X-Test-Site: vangnet');
    expect(warcText).toContain(`sha256:${sha256Hex(Buffer.from(keptHtml, 'utf8'))}`);
    const records: { type: string | undefined; uri: string | undefined; status?: number | string; body: string }[] = [];
    for await (const record of new WARCParser(new Blob([new Uint8Array(warc.bytes)]).stream())) {
      records.push({ type: record.warcType ?? undefined, uri: record.warcTargetURI ?? undefined, status: record.httpHeaders?.statusCode, body: await record.contentText() });
    }
    expect(records[0]?.type).toBe('warcinfo');
    expect(records[0]?.body).toContain('Chromium');
    const page = records.find((r) => r.type === 'response' && r.uri === `${site.base}/page`);
    expect(page?.status).toBe(200);
    expect(page?.body).toBe(keptHtml);
    expect(records.some((r) => r.type === 'request' && r.uri === `${site.base}/page`)).toBe(true);
    expect(records.some((r) => r.type === 'response' && r.uri === `${site.base}/style.css`)).toBe(true);
    expect(records.some((r) => r.uri?.includes('lisa.jpg'))).toBe(false);

    // A full-page PNG, taller than the window because the page is.
    const png = files.screenshot as Buffer;
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(png.readUInt32BE(20)).toBeGreaterThan(2000);

    // The visible text, including what a script added and what the frame does not (frames are separate).
    const text = (files.text as Buffer).toString('utf8');
    expect(text).toContain('Lisa (19) nieuw in Utrecht');
    expect(text).toContain('06-12345678');
    expect(text).toContain('Geladen door een script');
    expect(text).toContain('advertentie');

    // Every picture and film is listed by its URL instead.
    const blocked = JSON.parse((files.blocked_urls as Buffer).toString('utf8')) as { blocked: { url: string; reason: string }[] };
    const urls = blocked.blocked.map((b) => b.url);
    for (const path of ['/photos/lisa.jpg', '/img?id=7', '/photos/pic.webp', '/media/clip.mp4', '/media/poster.jpg', '/photos/full.jpg', '/hero-bg.jpg', '/tracker.gif', '/fonts/test.woff2', '/photos/lazy.png']) {
      expect(urls, path).toContain(`${site.base}${path}`);
    }
    expect(blocked.blocked).toContainEqual({ url: `${site.base}/sneaky-image`, reason: 'response:image/png' });
    // The embedded pictures never reached the browser: the page it rendered had them cut out already.
    expect(urls.some((u) => u.startsWith('data:image/png'))).toBe(false);
    expect(JSON.stringify(blocked)).not.toContain(EMBEDDED_PNG_BASE64);

    // The phone number and e-mail address on the page joined the identifier index.
    const keys = (await listIdentifiersOfSource(app.ctx.db, { type: 'evidence', id: item.id })).map((i) => `${i.kind}:${i.key}`);
    expect(keys).toContain('phone:+31612345678');
    expect(keys.some((k) => k.startsWith('email:') && k.includes('lisa.test@example.org'))).toBe(true);

    // Custody: the capture is in the hash-chained log, with the hashes, and the chain holds.
    const events = await app.ctx.db.select().from(auditEvents).where(eq(auditEvents.targetId, item.id));
    const capture = events.find((e) => e.action === 'custody.capture');
    expect(capture?.details).toMatchObject({ sha256: item.sha256, finalUrl: `${site.base}/page` });
    expect(events.filter((e) => e.action === 'custody.view')).toHaveLength(4);
    expect((await verifyAuditChain(app.ctx.db)).ok).toBe(true);
  });

  it('keeps text that is not HTML without rendering it, and says so', async () => {
    const result = await captureWebPage(app.ctx, { actor, url: `${site.base}/plain` });
    expect(result.note).toBe('notHtmlNote');
    expect(result.item.details).toMatchObject({ rendered: false, contentType: 'text/plain' });
    expect(result.artefacts.map((a) => a.kind).sort()).toEqual(['blocked_urls', 'text']);
    const text = result.artefacts.find((a) => a.kind === 'text');
    const opened = await openEvidenceFile(app.ctx, { actor, evidenceId: result.item.id, artefactId: text?.id, reason: 'test' });
    expect(opened.bytes.toString('utf8')).toContain('bel 06-12345678');
  });

  it('renders the captured bytes also when the address has a #fragment (the page is fetched once)', async () => {
    const before = site.hits('/frame');
    const result = await captureWebPage(app.ctx, { actor, url: `${site.base}/frame#boven` });
    expect(result.item.details).toMatchObject({ rendered: true, status: 200 });
    expect(site.hits('/frame') - before).toBe(1);
    expect(site.hits('/frame-img.png')).toBe(0);
  });
});

describe('hostile and unusable addresses', () => {
  it('refuses anything but http(s), with a clear Dutch message', async () => {
    const cases: [string, string][] = [
      ['file:///etc/passwd', 'urlScheme'],
      ['javascript:alert(1)', 'urlScheme'],
      ['ftp://example.org/bestand', 'urlScheme'],
      ['data:text/html,<p>hoi</p>', 'urlScheme'],
      ['http://gebruiker:geheim@example.org/', 'urlCredentials'],
      ['', 'urlMissing'],
      ['   ', 'urlMissing'],
      ['gewoon wat tekst', 'urlInvalid'],
      [`https://example.org/${'a'.repeat(3000)}`, 'urlTooLong'],
    ];
    for (const [url, code] of cases) {
      const err = await refusal(captureWebPage(app.ctx, { actor, url }));
      expect(err.code, url).toBe(code);
      expect(problemMessage(err)).toBe(typeof evidenceProblems.nl[err.code] === 'string' ? evidenceProblems.nl[err.code] : problemMessage(err));
    }
    const err = await refusal(captureWebPage(app.ctx, { actor, url: 'file:///etc/passwd' }));
    expect(problemMessage(err)).toContain('http://');
  });

  it('refuses loopback, private and link-local addresses unless the setting allows them', async () => {
    const strict = { ...app.ctx, config: { ...app.ctx.config, outboundAllowPrivate: false } };
    for (const url of [
      `${site.base}/page`,
      'http://localhost/',
      'http://[::1]/',
      'http://10.1.2.3/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://0x7f000001/',
      'http://[::ffff:127.0.0.1]/',
      'http://0.0.0.0/',
      // Issue 12 finding 6: IPv4-compatible IPv6 reached a connection attempt.
      `http://[::127.0.0.1]:${new URL(site.base).port}/page`,
      'http://100.64.0.1/',
      'http://[fd00:ec2::254]/',
    ]) {
      const err = await refusal(captureWebPage(strict, { actor, url }));
      expect(err.code, url).toBe('privateAddress');
      expect(problemMessage(err)).toContain('openbare webpagina');
    }
    expect(site.hits('/page')).toBe(1);
  });

  it('gives up on a page that hangs, within the time limit', async () => {
    const started = Date.now();
    const err = await refusal(captureWebPage(app.ctx, { actor, url: `${site.base}/hang`, limits: { fetchMs: 1500 } }));
    expect(err.code).toBe('timeout');
    expect(problemMessage(err)).toBe('De website reageerde niet binnen 2 seconden. Er is niets vastgelegd.');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stops a redirect loop, and a redirect to another scheme', async () => {
    const err = await refusal(captureWebPage(app.ctx, { actor, url: `${site.base}/loop-a` }));
    expect(err.code).toBe('tooManyRedirects');
    expect(problemMessage(err)).toContain('meer dan 5 keer');
    expect(site.hits('/loop-a') + site.hits('/loop-b')).toBe(6);
    expect((await refusal(captureWebPage(app.ctx, { actor, url: `${site.base}/to-file` }))).code).toBe('urlScheme');
  });

  it('stops reading a 50 MB response at the size limit', async () => {
    const started = Date.now();
    const err = await refusal(captureWebPage(app.ctx, { actor, url: `${site.base}/big` }));
    expect(err.code).toBe('responseTooLarge');
    expect(problemMessage(err)).toContain('groter dan 10 MB');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('never stores a picture, video or unknown file, even when the server lies about its type', async () => {
    const before = await app.ctx.db.select().from(auditEvents);
    expect((await refusal(captureWebPage(app.ctx, { actor, url: `${site.base}/photo-direct` }))).code).toBe('visualMedia');
    expect((await refusal(captureWebPage(app.ctx, { actor, url: `${site.base}/fake-html` }))).code).toBe('visualMedia');
    const pdf = await refusal(captureWebPage(app.ctx, { actor, url: `${site.base}/document.pdf` }));
    expect(pdf.code).toBe('unsupportedType');
    expect(problemMessage(pdf)).toContain('application/pdf');
    const after = await app.ctx.db.select().from(auditEvents);
    expect(after.length).toBe(before.length);
  });
});
