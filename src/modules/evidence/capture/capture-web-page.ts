import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import { buildWarc } from './build-warc.ts';
import { inRenderSlot } from './capture-slots.ts';
import { type CaptureBrowser, type CaptureSandbox, launchCaptureBrowser } from './launch-chromium.ts';
import { type Exchange, fetchExchange, headerValue } from './fetch-exchange.ts';
import { isHtmlContentType, isMediaContentType, isTextContentType } from './media-guard.ts';
import { redactExchange } from './redact-inline-media.ts';
import { type BlockedUrl, renderPage, VIEWPORT } from './render-page.ts';
import { parseCaptureUrl } from './url-guard.ts';
import { type Actor, recordCustodyEvent } from '../custody.ts';
import { sha256Hex } from '../hash.ts';
import { indexEvidenceIdentifiers } from '../identifier-index/index-evidence-identifiers.ts';
import { EVIDENCE_LIMITS } from '../limits.ts';
import { isVisualMedia, sniffMediaType } from '../items/media-type.ts';
import { type ArtefactRow, type EvidenceRow, insertArtefacts, insertEvidenceItem } from '../queries.ts';
import { evidenceStore } from '../items/storage.ts';
import { EvidenceError, type EvidenceProblemCode } from '../texts.ts';
import { packageVersion, vangnetVersion } from '../tool-version.ts';

export type CaptureLimits = {
  /** The whole capture, fetch and rendering together. */
  totalMs: number;
  /** One HTTP exchange. */
  fetchMs: number;
  /** Body of the page itself. */
  maxBytes: number;
  maxRedirects: number;
  /** Style sheets, scripts and frames the rendering may fetch. */
  maxResources: number;
  maxBytesPerResource: number;
};

export const DEFAULT_CAPTURE_LIMITS: CaptureLimits = {
  totalMs: 90_000,
  fetchMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  maxResources: 100,
  maxBytesPerResource: 5 * 1024 * 1024,
};

export type CaptureWebPageInput = {
  /** The item's id when it was fixed beforehand (a queued capture request: its page turns into the item). */
  id?: string;
  actor: Actor;
  url: string;
  title?: string;
  sourceDescription?: string;
  dossierId?: string | null;
  limits?: Partial<CaptureLimits>;
};

export type CaptureResult = {
  item: EvidenceRow;
  artefacts: ArtefactRow[];
  /** Set when the capture worked but differs from a full one (text only, no screenshot). */
  note: EvidenceProblemCode | null;
};

/**
 * A common desktop browser. A capture that names itself would warn the people whose page is being
 * kept; the exact string is recorded in the WARC and in the item's details.
 */
export const CAPTURE_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';

const REDIRECT = new Set([301, 302, 303, 307, 308]);

type Fetched = { chain: Exchange[]; final: Exchange };

/** Follows redirects one hop at a time, each hop checked again (scheme, address) and bounded. */
const fetchWithRedirects = async (start: URL, limits: CaptureLimits, allowPrivate: boolean, deadline: number): Promise<Fetched> => {
  const chain: Exchange[] = [];
  let url = start;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new EvidenceError('timeout', [String(Math.round(limits.totalMs / 1000))]);
    const exchange = await fetchExchange(url, {
      allowPrivate,
      timeoutMs: Math.min(limits.fetchMs, left),
      maxBytes: limits.maxBytes,
      userAgent: CAPTURE_USER_AGENT,
      // Pictures and unknown binary files are never read; a redirect's small body is kept.
      shouldRead: (status, headers, contentType) =>
        (REDIRECT.has(status) && Boolean(headerValue(headers, 'location'))) ||
        contentType === '' ||
        isHtmlContentType(contentType) ||
        isTextContentType(contentType),
    });
    chain.push(exchange);
    const location = headerValue(exchange.headers, 'location');
    if (!REDIRECT.has(exchange.status) || !location) return { chain, final: exchange };
    if (chain.length > limits.maxRedirects) throw new EvidenceError('tooManyRedirects', [String(limits.maxRedirects)]);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new EvidenceError('urlInvalid');
    }
    url = parseCaptureUrl(next.href);
  }
};

type PageKind = 'html' | 'text';

/** Decides from the declared type and the bytes themselves; refuses pictures and binary files. */
const pageKind = (final: Exchange): PageKind => {
  if (final.body === null) {
    throw isMediaContentType(final.contentType) ? new EvidenceError('visualMedia') : new EvidenceError('unsupportedType', [final.contentType]);
  }
  // A server can lie about the type; the first bytes decide whether this is a picture.
  const sniffed = sniffMediaType(final.body.subarray(0, 4096));
  if (isVisualMedia(sniffed)) throw new EvidenceError('visualMedia');
  if (isHtmlContentType(final.contentType)) return 'html';
  if (isTextContentType(final.contentType)) return 'text';
  if (sniffed === 'text/html') return 'html';
  if (sniffed === 'text/plain' || sniffed === 'application/xml') return 'text';

  throw new EvidenceError('unsupportedType', [sniffed]);
};

/** After the capture's own limit, this long for closing; then the browser's processes are killed. */
const KILL_GRACE_MS = 5000;

const launchBrowser = async (ctx: AppContext, timeout: number): Promise<CaptureBrowser> => {
  try {
    return await launchCaptureBrowser(ctx.config, ctx.logger, timeout);
  } catch (err) {
    ctx.logger.error({ err }, 'evidence capture: chromium did not start');
    throw new EvidenceError('renderFailed');
  }
};

type Artefact = { kind: 'screenshot' | 'text' | 'blocked_urls'; mediaType: string; bytes: Buffer };

/**
 * Captures a public web page as evidence (issue 5 point 5; DESIGN §3 rules 1 and 5): the raw HTTP
 * exchange as WARC (the original), a full-page rendering with every picture, video, sound and font
 * request refused and listed, and the visible text. Each file gets its SHA-256 before it is stored;
 * the item, its artefacts and the custody event commit together.
 */
export const captureWebPage = async (ctx: AppContext, input: CaptureWebPageInput): Promise<CaptureResult> => {
  const limits = { ...DEFAULT_CAPTURE_LIMITS, ...input.limits };
  const url = parseCaptureUrl(input.url);
  const title = (input.title?.trim() || `${url.host}${url.pathname}`).slice(0, EVIDENCE_LIMITS.titleChars);
  const source = (input.sourceDescription?.trim() || `Webpagina vastgelegd vanaf ${url.href}`).slice(0, EVIDENCE_LIMITS.sourceChars);
  const allowPrivate = ctx.config.outboundAllowPrivate;
  const startedAt = Date.now();
  const deadline = startedAt + limits.totalMs;

  // Pictures written into a page (data: URLs) are cut out before anything is kept or rendered.
  const fetched = await fetchWithRedirects(url, limits, allowPrivate, deadline);
  const chain = fetched.chain.map(redactExchange);
  const final = fetched.final === fetched.chain.at(-1) ? (chain.at(-1) as Exchange) : redactExchange(fetched.final);
  const kind = pageKind(final);
  const capturedAt = chain[0]?.at ?? new Date(startedAt);
  const body = final.body ?? Buffer.alloc(0);

  let exchanges = chain;
  let artefacts: Artefact[];
  let browserVersion: string | null = null;
  let sandbox: CaptureSandbox | null = null;
  let notes: string[] = [];
  let blocked: BlockedUrl[] = [];
  if (kind === 'html') {
    const rendering = await inRenderSlot(
      Math.max(1, deadline - Date.now()),
      () => new EvidenceError('timeout', [String(Math.round(limits.totalMs / 1000))]),
      async () => {
        const { browser, sandbox: used, kill } = await launchBrowser(ctx, Math.max(1, deadline - Date.now()));
        sandbox = used;
        // A rendering that hangs past its limit (a page that never answers a script call) is killed.
        let killed = false;
        const watchdog = setTimeout(() => {
          killed = true;
          ctx.logger.warn('evidence capture: rendering over its time limit, Chromium killed');
          kill();
        }, Math.max(1, deadline - Date.now()) + KILL_GRACE_MS);
        try {
          browserVersion = browser.version();
          return await renderPage({
            browser,
            main: final,
            userAgent: CAPTURE_USER_AGENT,
            allowPrivate,
            deadline,
            fetchTimeoutMs: limits.fetchMs,
            maxBytesPerResource: limits.maxBytesPerResource,
            maxResources: limits.maxResources,
          });
        } catch (err) {
          if (killed) throw new EvidenceError('timeout', [String(Math.round(limits.totalMs / 1000))]);
          if (err instanceof EvidenceError) throw err;
          ctx.logger.error({ err }, 'evidence capture: rendering failed');
          throw new EvidenceError('renderFailed');
        } finally {
          clearTimeout(watchdog);
          const closed = await Promise.race([browser.close().then(() => true, () => true), new Promise<boolean>((r) => setTimeout(() => r(false), KILL_GRACE_MS))]);
          if (!closed) kill();
        }
      },
    );
    exchanges = [...chain, ...rendering.subresources.map(redactExchange)];
    notes = rendering.notes;
    const removed = exchanges.reduce((n, e) => n + (e.inlineMediaRemoved ?? 0), 0);
    if (removed > 0) notes.push(`${removed} picture(s) written into the page or its style sheets (data: URLs) were removed before storing`);
    blocked = rendering.blocked;
    artefacts = [
      { kind: 'screenshot', mediaType: 'image/png', bytes: rendering.screenshot },
      { kind: 'text', mediaType: 'text/plain; charset=utf-8', bytes: Buffer.from(rendering.text, 'utf8') },
    ];
  } else {
    artefacts = [{ kind: 'text', mediaType: 'text/plain; charset=utf-8', bytes: Buffer.from(body.toString('utf8'), 'utf8') }];
  }
  artefacts.push({
    kind: 'blocked_urls',
    mediaType: 'application/json',
    bytes: Buffer.from(`${JSON.stringify({ page: final.url, blocked }, null, 2)}\n`, 'utf8'),
  });

  const id = input.id ?? randomUUID();
  const versions = {
    vangnet: vangnetVersion(),
    warcio: packageVersion('warcio'),
    playwrightCore: packageVersion('playwright-core'),
    browser: browserVersion ? `Chromium ${browserVersion}` : null,
  };
  const warc = await buildWarc({
    exchanges,
    info: {
      software: `Vangnet ${versions.vangnet} (warcio ${versions.warcio}${browserVersion ? `, playwright-core ${versions.playwrightCore}, Chromium ${browserVersion}` : ''})`,
      format: 'WARC File Format 1.1',
      conformsTo: 'http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
      'http-header-user-agent': CAPTURE_USER_AGENT,
      operator: input.actor.name,
      'vangnet-evidence-id': id,
      'vangnet-captured-at': capturedAt.toISOString(),
    },
  });
  const hashed = [{ kind: 'warc', mediaType: 'application/warc', bytes: warc }, ...artefacts].map((a) => ({ ...a, sha256: sha256Hex(a.bytes) }));

  const store = evidenceStore(ctx);
  const written: string[] = [];
  try {
    const stored = hashed.map((a) => {
      const key = store.put(a.bytes);
      written.push(key);
      return { ...a, storageKey: key };
    });
    const [original, ...derived] = stored;
    if (!original) throw new Error('no WARC');
    const details = {
      requestedUrl: url.href,
      finalUrl: final.url,
      status: final.status,
      contentType: final.contentType,
      remoteAddress: final.remoteAddress,
      redirects: chain.slice(0, -1).map((e) => ({ url: e.url, status: e.status, location: headerValue(e.headers, 'location') ?? null })),
      rendered: kind === 'html',
      resourcesFetched: exchanges.length - chain.length,
      blockedCount: blocked.length,
      userAgent: CAPTURE_USER_AGENT,
      viewport: kind === 'html' ? VIEWPORT : null,
      versions,
      sandbox,
      notes,
      durationMs: Date.now() - startedAt,
    };
    const result = await ctx.db.transaction(async (tx) => {
      const item = await insertEvidenceItem(tx, {
        id,
        dossierId: input.dossierId ?? null,
        kind: 'web_capture',
        title,
        sourceDescription: source,
        sourceUrl: url.href,
        addedBy: input.actor.id,
        addedByLabel: input.actor.name,
        capturedAt,
        tool: 'vangnet-capture',
        toolVersion: versions.vangnet,
        details,
        sha256: original.sha256,
        sizeBytes: original.bytes.byteLength,
        mediaType: 'application/warc',
        storageKey: original.storageKey,
      });
      const rows = await insertArtefacts(
        tx,
        derived.map((a) => ({ evidenceId: id, kind: a.kind, mediaType: a.mediaType, sha256: a.sha256, sizeBytes: a.bytes.byteLength, storageKey: a.storageKey })),
      );
      await recordCustodyEvent(tx, {
        actor: input.actor,
        action: 'custody.capture',
        evidenceId: id,
        details: {
          kind: 'web_capture',
          url: url.href,
          finalUrl: final.url,
          capturedAt: capturedAt.toISOString(),
          sha256: original.sha256,
          artefacts: Object.fromEntries(derived.map((a) => [a.kind, a.sha256])),
          versions,
        },
      });

      return { item, artefacts: rows };
    });

    written.length = 0;
    const text = artefacts.find((a) => a.kind === 'text')?.bytes.toString('utf8') ?? '';
    await indexEvidenceIdentifiers(ctx, {
      evidenceId: id,
      seenAt: capturedAt,
      fields: [
        { field: 'text', text },
        { field: 'url', text: [...new Set([url.href, ...chain.map((e) => e.url)])].join('\n') },
        { field: 'title', text: `${title}\n${source}` },
      ],
    });

    return { ...result, note: kind === 'text' ? 'notHtmlNote' : null };
  } catch (err) {
    // Only files that no committed row points to are removed.
    for (const key of written) store.remove(key);
    throw err;
  }
};
