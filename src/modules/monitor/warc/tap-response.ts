import { createHash } from 'node:crypto';
import { type WarcExchange, redactInlineMedia } from '../../evidence/index.ts';

/**
 * What the crawler's HTTP client (got, under Crawlee) exposes of a response. `_request._header` is
 * Node's ClientRequest head exactly as written to the socket; it is not public API, so a head is
 * rebuilt from the URL when it is missing.
 */
export type CrawledResponse = {
  statusCode?: number;
  statusMessage?: string;
  httpVersion?: string;
  rawHeaders?: string[];
  url?: string;
  ip?: string;
  _request?: { _header?: unknown };
};

export type ResponseTap = {
  /** When the response head arrived (WARC-Date). */
  at: Date;
  /** Called with every body chunk as it is read (already bounded by the page size limit). */
  add: (chunk: Buffer) => void;
  /** The exchange as a WARC needs it; null when the response had no status (it never came). */
  exchange: (fallbackUrl: string) => WarcExchange | null;
};

const FRAMING = new Set(['transfer-encoding', 'content-encoding', 'content-length']);

const headerPairs = (raw: string[]): Array<[string, string]> => {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] as string, raw[i + 1] as string]);

  return out;
};

const fallbackRequestHead = (url: URL) => `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`;

/**
 * The response as it came, rebuilt from its parts. The HTTP client hands over the body without its
 * chunked framing, so a chunked body is framed again as one chunk (the headers stay byte for byte as
 * sent; a WARC reader removes the framing). The crawler asks for no content coding; a server that
 * compresses anyway has its body decoded by the client, so the coding headers are kept under an
 * X-Vangnet-Decoded- name and the length is the decoded one: the record never claims bytes it lacks.
 */
const rawResponseOf = (res: CrawledResponse, body: Buffer): Buffer => {
  const pairs = headerPairs(res.rawHeaders ?? []);
  const has = (name: string, value?: RegExp) => pairs.some(([k, v]) => k.toLowerCase() === name && (!value || value.test(v)));
  const decoded = has('content-encoding', /\S/) && !has('content-encoding', /^\s*identity\s*$/i);
  const chunked = !decoded && has('transfer-encoding', /chunked/i);
  const lines = [`HTTP/${res.httpVersion ?? '1.1'} ${res.statusCode ?? 0} ${res.statusMessage ?? ''}`];
  for (const [k, v] of pairs) lines.push(decoded && FRAMING.has(k.toLowerCase()) ? `X-Vangnet-Decoded-${k}: ${v}` : `${k}: ${v}`);
  if (decoded) lines.push(`Content-Length: ${body.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  if (!chunked) return Buffer.concat([head, body]);
  const framed = body.length > 0 ? [Buffer.from(`${body.length.toString(16)}\r\n`, 'latin1'), body, Buffer.from('\r\n0\r\n\r\n', 'latin1')] : [Buffer.from('0\r\n\r\n', 'latin1')];

  return Buffer.concat([head, ...framed]);
};

/**
 * Listens to one crawled response so that its raw exchange can be kept as WARC evidence when the page
 * turns out to be a new or changed ad. Only the HTML page itself passes here: the crawler never
 * requests an image, so a WARC never holds one (an image URL in the HTML stays text).
 */
export const tapResponse = (res: CrawledResponse): ResponseTap => {
  const at = new Date();
  const chunks: Buffer[] = [];
  // Read now: the client request is released once the body has been read.
  const requestHead = typeof res._request?._header === 'string' ? res._request._header : null;

  return {
    at,
    add: (chunk) => {
      chunks.push(chunk);
    },
    exchange: (fallbackUrl) => {
      if (!res.statusCode) return null;
      // Hard rule 1: a picture written into the page (a data: URL) is cut out before the page is kept.
      const { body, removed } = redactInlineMedia(Buffer.concat(chunks));
      const url = res.url ?? fallbackUrl;

      return {
        url,
        at,
        remoteAddress: res.ip,
        rawRequest: Buffer.from(requestHead ?? fallbackRequestHead(new URL(url)), 'latin1'),
        rawResponse: rawResponseOf(res, body),
        payloadSha256: createHash('sha256').update(body).digest('hex'),
        ...(removed > 0 ? { inlineMediaRemoved: removed } : {}),
      };
    },
  };
};
