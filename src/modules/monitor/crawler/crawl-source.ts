import { Transform } from 'node:stream';
import { CheerioCrawler, Configuration, log, LogLevel, type CheerioCrawlingContext } from '@crawlee/cheerio';
import type { Logger } from 'pino';
import type { Db } from '../../../db/client.ts';
import { checkOutboundLiteral, guardedLookup, type OutboundPolicy, refusalOf } from '../../../app/outbound/guard.ts';
import { extractAd } from './extract-ad.ts';
import { addToFrontier, markFrontier, markFrontierUrlSkipped, requeueFrontier, seedFrontier, selectPendingFrontier } from '../queries/frontier.ts';
import { markSourceCrawled, selectSource } from '../queries/sources.ts';
import { regroupAds } from '../grouping/regroup-ads.ts';
import { createAdBatcher } from './ad-batcher.ts';
import { buildAdWarc } from '../warc/build-ad-warc.ts';
import { type CrawledResponse, type ResponseTap, tapResponse } from '../warc/tap-response.ts';
import { DEFAULT_LIMITS, DEFAULT_USER_AGENT, MEDIA_URL, type CrawlLimits } from './crawl-limits.ts';
import { loadRobots, type RobotsRules } from './load-robots.ts';
import { loadLexicon } from '../indicators/load-lexicon.ts';
import { compileSourcePatterns } from './compile-source-patterns.ts';
import { pickLinks } from './pick-links.ts';

export type CrawlOptions = {
  userAgent?: string;
  limits?: Partial<CrawlLimits>;
  /** Pages fetched before this moment are fetched again (a scheduled crawl passes now − interval). */
  refetchBefore?: Date | null;
  /** Overrides the source's politeness (benchmarks: "politeness off"). */
  politeness?: { maxConcurrency: number; delayMs: number; maxRequestsPerMinute: number };
  /** Skip regrouping after the crawl (benchmarks that measure fetching only). */
  skipRegroup?: boolean;
  /** OUTBOUND_ALLOW_PRIVATE: only tests against a site on this machine set it. Off by default. */
  allowPrivate?: boolean;
};

export type CrawlStats = { fetched: number; adsNew: number; adsChanged: number; adsUnchanged: number; failed: number; skipped: number; enqueued: number };

type UserData = { frontierId: number; depth: number };

// Crawlee's own log goes quiet; what matters is logged through ours, per page.
log.setLevel(LogLevel.OFF);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Crawls one source with @crawlee/cheerio: the frontier lives in crawl_frontier (Crawlee's own
 * storage is in memory only and never purged or persisted), so a restart continues where the last
 * run stopped. HTML only: links to media are never queued, a response that is not HTML is refused
 * before its body is read, images are recorded as URLs. Every page is bounded in size, time and
 * redirects; a bad page is logged and skipped while the crawl goes on.
 */
export const crawlSource = async (db: Db, logger: Logger, sourceId: string, options: CrawlOptions = {}): Promise<CrawlStats> => {
  const source = await selectSource(db, sourceId);
  if (!source || !source.enabled) return { fetched: 0, adsNew: 0, adsChanged: 0, adsUnchanged: 0, failed: 0, skipped: 0, enqueued: 0 };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const politeness = options.politeness ?? { maxConcurrency: source.maxConcurrency, delayMs: source.delayMs, maxRequestsPerMinute: source.maxRequestsPerMinute };
  const robotsOverridden = source.robotsOverride && !!source.robotsOverrideApprovedBy && !!source.robotsOverrideBasis;
  const hosts = new Set(source.startUrls.map((u) => new URL(u).host));
  const stats: CrawlStats = { fetched: 0, adsNew: 0, adsChanged: 0, adsUnchanged: 0, failed: 0, skipped: 0, enqueued: 0 };
  const log = logger.child({ module: 'monitor', source: source.name });
  const { allowed, adPattern } = compileSourcePatterns(source, log);
  const lexicon = await loadLexicon(db);
  const policy: OutboundPolicy = { allowPrivate: options.allowPrivate ?? false };

  await requeueFrontier(db, sourceId, options.refetchBefore ?? null);
  await seedFrontier(db, sourceId, source.startUrls);
  const robots = new Map<string, RobotsRules>();
  if (!robotsOverridden) {
    for (const origin of new Set(source.startUrls.map((u) => new URL(u).origin))) {
      robots.set(new URL(origin).host, await loadRobots(origin, userAgent, limits.navigationTimeoutSecs * 1000, policy));
    }
  }
  const allowedByRobots = (url: string) => robotsOverridden || (robots.get(new URL(url).host)?.isAllowed(url) ?? false);
  const skipForRobots = async (urls: string[]) => {
    for (const url of urls) {
      stats.skipped++;
      // A host the outbound guard refused says so (the source page shows the reason in plain words).
      const refused = robots.get(new URL(url).host)?.refused;
      log.info({ url, reason: refused ? 'outbound guard' : 'robots.txt' }, 'page not fetched');
      await markFrontierUrlSkipped(db, sourceId, url, refused ? `skipped: ${refused.message}` : 'skipped: robots.txt');
    }
  };
  // Per-host pause: a request starts only `delay` after the previous response to that host arrived.
  // Crawlee's sameDomainDelaySecs keys on the registrable domain and so does nothing for an IP
  // address host; this gate works for every host and honours a longer robots.txt Crawl-delay.
  const lastResponse = new Map<string, number>();
  const delayFor = (host: string) => Math.max(politeness.delayMs, (robots.get(host)?.crawlDelaySecs ?? 0) * 1000);
  const waitTurn = async (url: string) => {
    const host = new URL(url).host;
    const last = lastResponse.get(host);
    const wait = last === undefined ? 0 : last + delayFor(host) - Date.now();
    if (wait > 0) await sleep(wait);
  };
  const responded = (url: string) => lastResponse.set(new URL(url).host, Date.now());
  const pendingRows = await selectPendingFrontier(db, sourceId, limits.maxPagesPerRun);
  const pending = pendingRows.filter((p) => allowedByRobots(p.url) && !MEDIA_URL.test(p.url));
  await skipForRobots(pendingRows.filter((p) => !allowedByRobots(p.url)).map((p) => p.url));

  // The raw exchange of each page, kept as WARC when the page is a new or changed ad.
  const taps = new WeakMap<object, ResponseTap>();
  const limitBody = (ctx: CheerioCrawlingContext) => {
    const res = ctx.response;
    if (!res) return;
    const tap = tapResponse(res as unknown as CrawledResponse);
    taps.set(ctx.request, tap);
    const declared = Number(res.headers['content-length'] ?? 0);
    if (declared > limits.maxPageBytes) {
      ctx.request.noRetry = true;
      res.destroy();
      throw new Error(`page too large: ${declared} bytes (limit ${limits.maxPageBytes})`);
    }
    // The body may not say how long it is (or never end): count while reading and stop at the limit.
    let seen = 0;
    const limiter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        seen += chunk.length;
        if (seen > limits.maxPageBytes) {
          ctx.request.noRetry = true;
          res.destroy();
          done(new Error(`page larger than ${limits.maxPageBytes} bytes`));
          return;
        }
        tap.add(chunk);
        done(null, chunk);
      },
    });
    res.on('error', (err) => limiter.destroy(err));
    res.pipe(limiter);
    Object.assign(limiter, { statusCode: res.statusCode, headers: res.headers, url: res.url, rawHeaders: res.rawHeaders });
    (ctx as { response: unknown }).response = limiter;
  };

  // Ads are stored in batches (one transaction per AD_BATCH_SIZE ads); a page of an ad is marked done
  // only when its ad is committed, so a crash before that leaves it pending for the next run.
  const batcher = createAdBatcher<{ frontierId: number }>(db, {
    sourceId,
    lexicon,
    done: async (stored, { frontierId }) => {
      if (stored.outcome === 'new') stats.adsNew++;
      else if (stored.outcome === 'changed') stats.adsChanged++;
      else stats.adsUnchanged++;
      await markFrontier(db, frontierId, { status: 'done', contentHash: stored.contentHash, lastError: null });
    },
    failed: async (error, { frontierId }) => {
      stats.failed++;
      const message = `store: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 500);
      log.warn({ frontierId, error: message }, 'ad not stored');
      await markFrontier(db, frontierId, { status: 'failed', lastError: message });
    },
  });

  const crawler = new CheerioCrawler(
    {
      // A source is one host: with a pause between requests, one request at a time; without, up to maxConcurrency.
      maxConcurrency: politeness.delayMs > 0 ? 1 : politeness.maxConcurrency,
      minConcurrency: 1,
      maxRequestsPerMinute: politeness.maxRequestsPerMinute,
      maxRequestRetries: limits.maxRetries,
      maxRequestsPerCrawl: limits.maxPagesPerRun,
      navigationTimeoutSecs: limits.navigationTimeoutSecs,
      requestHandlerTimeoutSecs: limits.handlerTimeoutSecs,
      // robots.txt is checked by us (loadRobots) before a URL is queued, with our own user agent.
      respectRobotsTxtFile: false,
      useSessionPool: false,
      persistCookiesPerSession: false,
      preNavigationHooks: [
        async (ctx, gotOptions) => {
          await waitTurn(ctx.request.url);
          // No content coding: the WARC then holds the body bytes as the server sent them.
          gotOptions.headers = { ...gotOptions.headers, 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml;q=0.9', 'accept-encoding': 'identity' };
          gotOptions.maxRedirects = limits.maxRedirects;
          (gotOptions as { useHeaderGenerator?: boolean }).useHeaderGenerator = false;
          // The outbound guard on every hop: names are resolved and checked by the lookup, which is
          // the address got connects to; an address literal (no lookup) is checked before each request.
          // HTTP/2 off: its client connects through a path that does not take our lookup.
          gotOptions.http2 = false;
          gotOptions.dnsLookup = guardedLookup(policy, limits.navigationTimeoutSecs * 1000);
          gotOptions.hooks = {
            beforeRequest: [
              (hop) => {
                checkOutboundLiteral(String(hop.url), policy);
              },
            ],
          };
        },
      ],
      postNavigationHooks: [
        (ctx) => {
          responded(ctx.request.url);
          limitBody(ctx);
        },
      ],
      requestHandler: async (ctx) => {
        const { request, $ } = ctx;
        const data = request.userData as UserData;
        const url = request.loadedUrl ?? request.url;
        stats.fetched++;
        let queuedAd = false;
        if (adPattern.test(new URL(request.url).pathname + new URL(request.url).search)) {
          const ad = extractAd($, source.selectors, url);
          if (ad) {
            const tap = taps.get(request);
            // Built only when storeAds finds a new or changed version.
            const warc = async () => {
              const exchange = tap?.exchange(url);
              return exchange ? buildAdWarc({ exchange, userAgent, sourceName: source.name }) : null;
            };
            await batcher.add({ url: request.url, ad, at: tap?.at, warc }, { frontierId: data.frontierId });
            queuedAd = true;
          }
        }
        const links = pickLinks($, url, hosts, allowed);
        const added = await addToFrontier(db, sourceId, links, data.depth + 1);
        const fetchable = added.filter((a) => allowedByRobots(a.url));
        await skipForRobots(added.filter((a) => !allowedByRobots(a.url)).map((a) => a.url));
        stats.enqueued += fetchable.length;
        if (fetchable.length > 0) {
          await crawler.addRequests(fetchable.map((a) => ({ url: a.url, userData: { frontierId: a.id, depth: a.depth } satisfies UserData })));
        }
        // An ad's page is marked done by the batcher, once the ad is committed.
        if (!queuedAd) await markFrontier(db, data.frontierId, { status: 'done', contentHash: null, lastError: null });
      },
      errorHandler: async (ctx, error) => {
        responded(ctx.request.url);
        ctx.response?.destroy?.();
        log.info({ url: ctx.request.url, error: `${error.name}: ${error.message}`.slice(0, 300), retry: ctx.request.retryCount }, 'page failed, may retry');
        if (/redirect/i.test(error.name) || /redirect/i.test(error.message) || refusalOf(error)) ctx.request.noRetry = true;
        // Back-off: wait longer before each next try of the same page.
        if (!ctx.request.noRetry) await sleep(Math.min(60_000, limits.retryBackoffMs * 2 ** ctx.request.retryCount));
      },
      failedRequestHandler: async (ctx, error) => {
        responded(ctx.request.url);
        ctx.response?.destroy?.();
        stats.failed++;
        const data = ctx.request.userData as UserData;
        const message = `${error.name}: ${error.message}`.slice(0, 500);
        log.warn({ url: ctx.request.url, error: message }, 'page skipped');
        await markFrontier(db, data.frontierId, { status: 'failed', lastError: message });
      },
      onSkippedRequest: async ({ url, reason }) => {
        // Over this run's page limit: it stays pending for the next run.
        if (reason === 'limit') return;
        stats.skipped++;
        log.info({ url, reason }, 'page not fetched');
        await markFrontierUrlSkipped(db, sourceId, url, `skipped: ${reason}`);
      },
    },
    new Configuration({ persistStorage: false, purgeOnStart: false }),
  );

  await crawler.run(pending.map((p) => ({ url: p.url, userData: { frontierId: p.id, depth: p.depth } satisfies UserData })));
  await crawler.teardown();
  await batcher.close();
  if (!options.skipRegroup) await regroupAds(db);
  await markSourceCrawled(db, sourceId, new Date());
  log.info({ ...stats }, 'crawl finished');

  return stats;
};
