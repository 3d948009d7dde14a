import http from 'node:http';
import https from 'node:https';
import { type OutboundPolicy, OutboundRefusal, pinnedLookup, resolveOutbound } from './guard.ts';

export type OutboundGetOptions = OutboundPolicy & {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  headers?: Record<string, string>;
};

export type OutboundResponse = { url: string; status: number; body: string };

const REDIRECT = new Set([301, 302, 303, 307, 308]);

type Hop = { status: number; location: string | undefined; body: string };

const getOnce = async (raw: string, options: OutboundGetOptions, deadline: number): Promise<Hop> => {
  const { url, address } = await resolveOutbound(raw, options, Math.max(1, deadline - Date.now()));
  const client = url.protocol === 'https:' ? https : http;

  return new Promise<Hop>((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      headers: { ...options.headers, connection: 'close' },
      agent: false,
      lookup: pinnedLookup(address),
      timeout: Math.max(1, deadline - Date.now()),
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // Over the limit: keep what fits and stop reading.
        if (size > options.maxBytes) {
          chunks.push(chunk.subarray(0, Math.max(0, chunk.length - (size - options.maxBytes))));
          res.destroy();
          resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') });
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.end();
  });
};

/**
 * A small GET through the outbound guard (a robots.txt, later an exchange's document): bounded in
 * time and size, redirects followed one hop at a time, each hop checked as a new URL.
 */
export const outboundGet = async (raw: string, options: OutboundGetOptions): Promise<OutboundResponse> => {
  const deadline = Date.now() + options.timeoutMs;
  let url = raw;
  for (let hops = 0; ; hops++) {
    const hop = await getOnce(url, options, deadline);
    if (!REDIRECT.has(hop.status) || !hop.location) return { url, status: hop.status, body: hop.body };
    if (hops >= options.maxRedirects) throw new Error(`more than ${options.maxRedirects} redirects`);
    try {
      url = new URL(hop.location, url).href;
    } catch {
      throw new OutboundRefusal('invalidUrl');
    }
  }
};
