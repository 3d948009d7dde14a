/** Bounds on every fetch. Tests and benchmarks shorten the times; production keeps these. */
export type CrawlLimits = {
  /** Largest page read, in bytes; a longer body is cut off and the page skipped. */
  maxPageBytes: number;
  /** Waiting for the response headers, seconds. */
  navigationTimeoutSecs: number;
  /** Reading the body and handling the page, seconds. */
  handlerTimeoutSecs: number;
  maxRedirects: number;
  maxRetries: number;
  /** First retry waits this long; each next one twice as long (capped at 60 s). */
  retryBackoffMs: number;
  /** Pages per crawl run (the rest stays pending for the next run). */
  maxPagesPerRun: number;
};

export const DEFAULT_LIMITS: CrawlLimits = {
  maxPageBytes: 2 * 1024 * 1024,
  navigationTimeoutSecs: 20,
  handlerTimeoutSecs: 30,
  maxRedirects: 5,
  maxRetries: 3,
  retryBackoffMs: 2000,
  maxPagesPerRun: 20_000,
};

/** Never requested: images, video, audio and other media, whatever page links them. */
export const MEDIA_URL = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg|ico|tiff?|heic|mp4|m4v|webm|mov|avi|mkv|wmv|flv|mp3|wav|ogg|pdf|zip)(?:[?#]|$)/i;

/** The crawler says who it is and how to reach the people behind it (MONITOR_CONTACT). */
export const monitorUserAgent = (contact: string): string => `Vangnet-monitor/1.0 (+${contact})`;

export const DEFAULT_USER_AGENT = monitorUserAgent('monitor@vangnet.invalid');
