import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { pinnedLookup } from '../../../app/outbound/guard.ts';
import { sha256Hex } from '../hash.ts';
import { EvidenceError } from '../texts.ts';
import { resolveCaptureHost } from './url-guard.ts';

/** One HTTP request and its response, as they went over the wire. */
export type Exchange = {
  url: string;
  at: Date;
  remoteAddress: string;
  /** The request exactly as sent (head only: captures only send GET). */
  rawRequest: Buffer;
  /**
   * The response as received: status line, headers and body with its transfer framing. Only the head
   * when the body was not read on purpose (an image or video).
   */
  rawResponse: Buffer;
  status: number;
  headers: [string, string][];
  /** Lower case, without parameters; '' when the server sent none. */
  contentType: string;
  /** The body with transfer and content coding removed, for rendering and text; null when not read. */
  body: Buffer | null;
  /** SHA-256 (hex) of the entity as sent (transfer coding removed, content coding kept): the WARC payload digest. */
  payloadSha256: string | null;
  /** How many data: pictures, films or sounds were cut from the body before it was kept (redact-inline-media.ts). */
  inlineMediaRemoved?: number;
};

export type FetchOptions = {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /** Looks at status and headers before the body; false means: do not read it, close the connection. */
  shouldRead?: (status: number, headers: [string, string][], contentType: string) => boolean;
};

/** Status line and headers may add this much on top of the body limit. */
const HEAD_ALLOWANCE = 64 * 1024;

const pairs = (raw: string[]): [string, string][] => {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] as string, raw[i + 1] as string]);

  return out;
};

export const headerValue = (headers: [string, string][], name: string): string | undefined =>
  headers.find(([k]) => k.toLowerCase() === name)?.[1];

const mediaTypeOf = (headers: [string, string][]) => (headerValue(headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const decodeBody = (body: Buffer, encoding: string | undefined, maxBytes: number): Buffer => {
  const opts = { maxOutputLength: maxBytes };
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.gunzipSync(body, opts);
    case 'br':
      return zlib.brotliDecompressSync(body, opts);
    case 'deflate':
      try {
        return zlib.inflateSync(body, opts);
      } catch {
        return zlib.inflateRawSync(body, opts);
      }
    default:
      return body;
  }
};

/** Cuts the raw bytes after the head (the blank line), for a response whose body was not read. */
const headOnly = (raw: Buffer): Buffer => {
  const end = raw.indexOf('\r\n\r\n');

  return end < 0 ? raw : raw.subarray(0, end + 4);
};

/**
 * Fetches one URL with GET, bounded in time and size, without following redirects. The connection
 * goes to the address that resolveCaptureHost checked. The raw bytes come from the socket itself, so
 * the WARC holds what the server sent, not a re-written copy.
 */
export const fetchExchange = async (url: URL, options: FetchOptions): Promise<Exchange> => {
  const resolved = await resolveCaptureHost(url, options.allowPrivate, options.timeoutMs);
  const path = `${url.pathname || '/'}${url.search}`;
  const headers: [string, string][] = [
    ['Host', url.host],
    ['User-Agent', options.userAgent],
    ['Accept', 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1'],
    ['Accept-Language', 'nl-NL,nl;q=0.9,en;q=0.5'],
    // Identity keeps the stored body readable by any WARC tool and the size limit honest.
    ['Accept-Encoding', 'identity'],
    ['Connection', 'close'],
  ];
  const rawRequest = Buffer.from(`GET ${path} HTTP/1.1\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`, 'latin1');
  const at = new Date();
  const client = url.protocol === 'https:' ? https : http;

  return new Promise<Exchange>((resolve, reject) => {
    const raw: Buffer[] = [];
    let rawLength = 0;
    let settled = false;
    const finish = (err: Error | null, value?: Exchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(value as Exchange);
    };
    const req = client.request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path,
      method: 'GET',
      headers: Object.fromEntries(headers),
      agent: false,
      lookup: pinnedLookup(resolved),
      // Certificates are checked as usual; a page with a bad certificate is not captured silently.
      rejectUnauthorized: true,
    });
    const timer = setTimeout(() => {
      req.destroy();
      finish(new EvidenceError('timeout', [String(Math.round(options.timeoutMs / 1000))]));
    }, options.timeoutMs);
    const tooLarge = () => {
      req.destroy();
      finish(new EvidenceError('responseTooLarge', [String(Math.floor(options.maxBytes / 1024 / 1024))]));
    };

    req.on('socket', (socket) => {
      socket.on('data', (chunk: Buffer) => {
        raw.push(chunk);
        rawLength += chunk.length;
        if (rawLength > options.maxBytes + HEAD_ALLOWANCE) tooLarge();
      });
    });
    req.on('error', (err) => finish(err instanceof EvidenceError ? err : new EvidenceError('connectFailed')));
    req.on('response', (res) => {
      const resHeaders = pairs(res.rawHeaders);
      const contentType = mediaTypeOf(resHeaders);
      const status = res.statusCode ?? 0;
      const base = { url: url.href, at, remoteAddress: resolved.address, rawRequest, status, headers: resHeaders, contentType };
      const declared = Number(headerValue(resHeaders, 'content-length') ?? '0');
      if (declared > options.maxBytes) {
        tooLarge();
        return;
      }
      if (options.shouldRead && !options.shouldRead(status, resHeaders, contentType)) {
        res.destroy();
        req.destroy();
        finish(null, { ...base, rawResponse: headOnly(Buffer.concat(raw)), body: null, payloadSha256: null });
        return;
      }
      const body: Buffer[] = [];
      let bodyLength = 0;
      res.on('data', (chunk: Buffer) => {
        body.push(chunk);
        bodyLength += chunk.length;
        if (bodyLength > options.maxBytes) tooLarge();
      });
      res.on('error', () => finish(new EvidenceError('connectFailed')));
      res.on('end', () => {
        // The socket's own 'data' listener may still hold the last bytes; let it run first.
        setImmediate(() => {
          try {
            const entity = Buffer.concat(body);
            const decoded = decodeBody(entity, headerValue(resHeaders, 'content-encoding'), options.maxBytes);
            finish(null, { ...base, rawResponse: Buffer.concat(raw), body: decoded, payloadSha256: sha256Hex(entity) });
          } catch (err) {
            const tooBig = err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
            finish(tooBig ? new EvidenceError('responseTooLarge', [String(Math.floor(options.maxBytes / 1024 / 1024))]) : new EvidenceError('connectFailed'));
          }
        });
      });
    });
    req.end();
  });
};
