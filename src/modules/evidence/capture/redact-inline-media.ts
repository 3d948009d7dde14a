import { sha256Hex } from '../hash.ts';
import type { Exchange } from './fetch-exchange.ts';
import { isHtmlContentType, isTextContentType } from './media-guard.ts';

/**
 * A picture, film or sound written into a page as a data: URL arrives without any request of its
 * own, so blocking requests cannot keep it out. Hard rule 1 says no abuse image is ever kept: such
 * URLs are cut out of every text body before it is stored (a WARC, an ad version), and the record
 * says how many were removed. The rest of the bytes stay exactly as they came.
 *
 * Base64 may be broken over lines: a run after whitespace still counts when it is at least 8
 * characters long, so a srcset descriptor ("1x", "640w") stays (a short last line may stay too:
 * a few characters are no picture). The classes do not overlap, so the pattern stays linear.
 */
const INLINE_MEDIA = /data:(?:image|video|audio)\/[\w.+-]{1,80}(?:;[\w.+=-]{1,80}){0,4},[\w+/=%.~-]*(?:\s+[\w+/=%.~-]{8,})*/gi;

export const INLINE_MEDIA_PLACEHOLDER = 'data:,vangnet-inline-media-removed';

export const redactInlineMedia = (body: Buffer): { body: Buffer; removed: number } => {
  // latin1 maps every byte to one character and back, so bytes outside the matches are untouched.
  const text = body.toString('latin1');
  let removed = 0;
  const out = text.replace(INLINE_MEDIA, () => {
    removed++;
    return INLINE_MEDIA_PLACEHOLDER;
  });

  return removed === 0 ? { body, removed } : { body: Buffer.from(out, 'latin1'), removed };
};

/** Hop-by-hop framing no longer true for the decoded, shortened body: kept under another name. */
const FRAMING = new Set(['transfer-encoding', 'content-encoding', 'content-length']);

/**
 * The exchange with inline media cut from its body. The raw response is rebuilt from the original
 * status line and headers (framing headers renamed X-Vangnet-Decoded-…, a true Content-Length added)
 * and the redacted decoded body; its payload digest is that of what is kept.
 */
export const redactExchange = (exchange: Exchange): Exchange => {
  if (!exchange.body) return exchange;
  const textual = isHtmlContentType(exchange.contentType) || isTextContentType(exchange.contentType) || exchange.contentType === 'text/css';
  if (!textual) return exchange;
  const { body, removed } = redactInlineMedia(exchange.body);
  if (removed === 0) return exchange;
  const raw = exchange.rawResponse;
  const headEnd = raw.indexOf('\r\n\r\n');
  const headLines = (headEnd < 0 ? raw : raw.subarray(0, headEnd)).toString('latin1').split('\r\n');
  const [statusLine, ...headerLines] = headLines;
  const lines = [statusLine ?? `HTTP/1.1 ${exchange.status}`];
  for (const line of headerLines) {
    const name = line.slice(0, line.indexOf(':')).trim().toLowerCase();
    lines.push(FRAMING.has(name) ? `X-Vangnet-Decoded-${line}` : line);
  }
  lines.push(`Content-Length: ${body.length}`);
  const rawResponse = Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);

  return { ...exchange, body, rawResponse, payloadSha256: sha256Hex(body), inlineMediaRemoved: removed };
};
