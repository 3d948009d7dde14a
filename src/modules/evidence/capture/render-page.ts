import type { Browser, Route } from 'playwright-core';
import { EvidenceError } from '../texts.ts';
import { type Exchange, fetchExchange } from './fetch-exchange.ts';
import { ALLOWED_RESOURCE_TYPES, BLOCKED_RESOURCE_TYPES, isMediaContentType, looksLikeMediaUrl } from './media-guard.ts';

export type BlockedUrl = { url: string; reason: string };

export type Rendering = {
  screenshot: Buffer;
  text: string;
  blocked: BlockedUrl[];
  /** Style sheets, scripts and frames the page needed, fetched by Vangnet itself; they join the WARC. */
  subresources: Exchange[];
  notes: string[];
};

export type RenderOptions = {
  browser: Browser;
  main: Exchange;
  userAgent: string;
  allowPrivate: boolean;
  /** Absolute time (ms since epoch) by which the rendering must be done. */
  deadline: number;
  fetchTimeoutMs: number;
  maxBytesPerResource: number;
  maxResources: number;
};

export const VIEWPORT = { width: 1280, height: 900 };
/** Taller pages are cut here; Chromium cannot make much larger bitmaps and nobody reads further. */
export const MAX_SCREENSHOT_HEIGHT = 16_000;
const MAX_BLOCKED = 2000;
const MAX_URL_CHARS = 2048;
const MAX_TEXT_CHARS = 2_000_000;

/**
 * Hides anything that could still show a picture after every image request was refused: an image
 * written into the page itself (a data: URL) never causes a request. Recorded in the capture notes.
 */
const HIDE_PICTURES_CSS =
  'img,picture,video,audio,object,embed,canvas,svg image,svg feImage,input[type=image]{visibility:hidden !important}' +
  '*,*::before,*::after,*::marker{background-image:none !important;list-style-image:none !important;border-image:none !important}' +
  '[data-vn-hide-before]::before,[data-vn-hide-after]::after{content:none !important}';

/**
 * Generated content can be a picture too (content: url(data:…)). Only those pseudo-elements are
 * switched off, so generated text stays in the rendering.
 */
const MARK_PICTURE_CONTENT = `(() => {
  for (const el of Array.from(document.querySelectorAll('*')).slice(0, 20000)) {
    for (const pseudo of ['before', 'after']) {
      const content = getComputedStyle(el, '::' + pseudo).content;
      if (content && content.includes('url(')) el.setAttribute('data-vn-hide-' + pseudo, '');
    }
  }
})()`;

/** Headers the browser must not see again: the body it gets is already decoded and whole. */
const HOP_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

const fulfilHeaders = (headers: [string, string][]) => {
  const out: Record<string, string> = {};
  for (const [k, v] of headers) {
    const key = k.toLowerCase();
    if (HOP_HEADERS.has(key)) continue;
    out[key] = out[key] ? `${out[key]}\n${v}` : v;
  }

  return out;
};

const shortUrl = (url: string) => {
  if (url.startsWith('data:')) return `${url.slice(0, url.indexOf(',') > 0 ? Math.min(url.indexOf(','), 80) : 80)},… (${url.length} tekens, niet getoond)`;

  return url.length > MAX_URL_CHARS ? `${url.slice(0, MAX_URL_CHARS)}…` : url;
};

/**
 * Collects every picture, film and sound the page refers to, requested or not (lazy images too).
 * Kept as plain JavaScript text: a compiled function could carry helper calls (esbuild's __name) that
 * do not exist inside the page.
 */
const COLLECT_REFERENCED_MEDIA = `(() => {
  const found = [];
  const add = (url, reason) => {
    if (!url) return;
    let full = String(url);
    try { full = new URL(full, document.baseURI).href; } catch (e) { /* keep as written */ }
    found.push({ url: full, reason });
  };
  const fromSrcset = (srcset, reason) => {
    for (const part of (srcset || '').split(',')) add(part.trim().split(/\\s+/)[0], reason);
  };
  for (const img of document.querySelectorAll('img')) {
    if (img.getAttribute('src')) add(img.src, 'in-page:img');
    fromSrcset(img.getAttribute('srcset'), 'in-page:img-srcset');
  }
  for (const source of document.querySelectorAll('source')) {
    if (source.getAttribute('src')) add(source.src, 'in-page:source');
    fromSrcset(source.getAttribute('srcset'), 'in-page:source-srcset');
  }
  for (const el of document.querySelectorAll('video, audio')) {
    if (el.getAttribute('src')) add(el.src, 'in-page:' + el.tagName.toLowerCase());
    if (el.getAttribute('poster')) add(el.poster, 'in-page:video-poster');
  }
  for (const link of document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]')) add(link.href, 'in-page:icon');
  for (const image of document.querySelectorAll('image')) add(image.getAttribute('href') || image.getAttribute('xlink:href'), 'in-page:svg-image');
  const mediaLink = /\\.(jpe?g|png|gif|webp|avif|heic|bmp|svg|tiff?|mp4|m4v|mov|webm|mkv|avi|wmv|3gp|ogv|mp3|wav)(\\?|#|$)/i;
  for (const a of document.querySelectorAll('a[href]')) if (mediaLink.test(a.href)) add(a.href, 'in-page:link-to-media');
  for (const el of Array.from(document.querySelectorAll('*')).slice(0, 5000)) {
    for (const m of getComputedStyle(el).backgroundImage.matchAll(/url\\(["']?([^"')]+)["']?\\)/g)) {
      add(m[1], 'in-page:css-background');
    }
  }
  return found;
})()`;

/**
 * Renders the captured page in Chromium, fully offline: every request goes through the route below.
 * The main document is answered from the bytes already captured (so the screenshot shows the WARC's
 * page); images, video, audio and fonts are refused before they leave the browser and only their URLs
 * are listed; the few other resources are fetched by Vangnet's own bounded fetch and kept.
 */
export const renderPage = async (o: RenderOptions): Promise<Rendering> => {
  const blocked: BlockedUrl[] = [];
  const seenBlocked = new Set<string>();
  const block = (url: string, reason: string) => {
    const key = `${url} ${reason}`;
    if (seenBlocked.has(key) || blocked.length >= MAX_BLOCKED) return;
    seenBlocked.add(key);
    blocked.push({ url: shortUrl(url), reason });
  };
  const subresources: Exchange[] = [];
  const notes: string[] = [];
  let requested = 0;
  let mainServed = false;
  const remaining = () => Math.max(1, o.deadline - Date.now());
  // The browser asks without the #fragment; compare the same way.
  const mainUrl = new URL(o.main.url);
  mainUrl.hash = '';

  const context = await o.browser.newContext({
    viewport: VIEWPORT,
    userAgent: o.userAgent,
    locale: 'nl-NL',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
    acceptDownloads: false,
    // Needed to add the style sheet that hides pictures on pages with a strict CSP.
    bypassCSP: true,
  });
  try {
    const handle = async (route: Route) => {
      const request = route.request();
      const url = request.url();
      const type = request.resourceType();
      if (BLOCKED_RESOURCE_TYPES.has(type) || !ALLOWED_RESOURCE_TYPES.has(type)) {
        block(url, `resource:${type}`);
        return route.abort('blockedbyclient');
      }
      if (looksLikeMediaUrl(url)) {
        block(url, 'extension');
        return route.abort('blockedbyclient');
      }
      // A capture only reads: forms or scripts that post are never sent on.
      if (request.method() !== 'GET' || !/^https?:/.test(url)) return route.abort('blockedbyclient');
      if (!mainServed && request.isNavigationRequest() && url === mainUrl.href) {
        mainServed = true;
        return route.fulfill({ status: o.main.status, headers: fulfilHeaders(o.main.headers), body: o.main.body ?? Buffer.alloc(0) });
      }
      if (requested >= o.maxResources) {
        if (requested === o.maxResources) notes.push(`more than ${o.maxResources} resources: the rest was not fetched`);
        requested += 1;
        return route.abort('blockedbyclient');
      }
      requested += 1;
      try {
        const exchange = await fetchExchange(new URL(url), {
          allowPrivate: o.allowPrivate,
          timeoutMs: Math.min(o.fetchTimeoutMs, remaining()),
          maxBytes: o.maxBytesPerResource,
          userAgent: o.userAgent,
          shouldRead: (_s, _h, contentType) => !isMediaContentType(contentType),
        });
        subresources.push(exchange);
        if (exchange.body === null) {
          block(url, `response:${exchange.contentType}`);
          return route.abort('blockedbyclient');
        }

        return route.fulfill({ status: exchange.status, headers: fulfilHeaders(exchange.headers), body: exchange.body });
      } catch {
        notes.push(`not fetched: ${shortUrl(url)}`);
        return route.abort('failed');
      }
    };
    await context.route('**/*', (route) => handle(route).catch(() => undefined));
    await context.routeWebSocket(/.*/, (ws) => {
      block(ws.url(), 'resource:websocket');
      ws.close();
    });

    const page = await context.newPage();
    try {
      await page.goto(o.main.url, { waitUntil: 'load', timeout: remaining() });
    } catch {
      if (!mainServed) throw new EvidenceError('renderFailed');
      notes.push('the page did not finish loading in time; the rendering shows what had loaded');
    }
    await page.evaluate(MARK_PICTURE_CONTENT);
    await page.addStyleTag({ content: HIDE_PICTURES_CSS });
    notes.push('pictures hidden in the rendering (style sheet added after loading); image, video, audio and font requests refused');
    for (const ref of (await page.evaluate(COLLECT_REFERENCED_MEDIA)) as BlockedUrl[]) block(ref.url, ref.reason);
    const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0));
    if (height > MAX_SCREENSHOT_HEIGHT) notes.push(`page is ${height} px tall; the screenshot shows the first ${MAX_SCREENSHOT_HEIGHT} px`);
    const screenshot = await page.screenshot({
      type: 'png',
      fullPage: true,
      animations: 'disabled',
      timeout: remaining(),
      ...(height > MAX_SCREENSHOT_HEIGHT ? { clip: { x: 0, y: 0, width: VIEWPORT.width, height: MAX_SCREENSHOT_HEIGHT } } : {}),
    });
    // biome-ignore lint/performance/useDomNodeTextContent: the evidence is the text a visitor saw, which only innerText gives (no hidden or script text).
    const text = (await page.evaluate(() => document.body?.innerText ?? '')).slice(0, MAX_TEXT_CHARS);

    return { screenshot, text, blocked, subresources, notes };
  } finally {
    await context.close().catch(() => undefined);
  }
};
