import { randomUUID } from 'node:crypto';
import { WARCRecord, WARCSerializer } from 'warcio';
import { sha256Hex } from '../hash.ts';
import type { Exchange } from './fetch-exchange.ts';

/**
 * What a WARC needs of one HTTP exchange. The evidence capture's Exchange fits; the online monitor
 * builds one from its crawler's response (monitor/warc/).
 */
export type WarcExchange = Pick<Exchange, 'url' | 'at' | 'rawRequest' | 'rawResponse' | 'payloadSha256' | 'inlineMediaRemoved'> & {
  /** The server's address, when known (WARC-IP-Address). */
  remoteAddress?: string;
};

const DIGEST = { algo: 'sha-256', prefix: 'sha256:', base32: false } as const;

async function* once(bytes: Uint8Array) {
  yield bytes;
}

/**
 * A record whose block is exactly the given bytes. warcio would otherwise re-write the HTTP head from
 * parsed headers (joining repeated headers, dropping the transfer framing); evidence keeps the bytes
 * as they came off the socket. warcio still writes the WARC head, the block digest and the length.
 */
const rawRecord = async (o: { type: 'request' | 'response'; exchange: WarcExchange; bytes: Buffer; payloadSha256: string; id: string; concurrentTo?: string }) => {
  const warcHeaders: Record<string, string> = {
    'WARC-Record-ID': `<urn:uuid:${o.id}>`,
    'WARC-Payload-Digest': `sha256:${o.payloadSha256}`,
  };
  if (o.exchange.remoteAddress) warcHeaders['WARC-IP-Address'] = o.exchange.remoteAddress;
  if (o.concurrentTo) warcHeaders['WARC-Concurrent-To'] = `<urn:uuid:${o.concurrentTo}>`;
  // Hard rule 1: a reader of the evidence sees that pictures written into the page were left out.
  if (o.type === 'response' && o.exchange.inlineMediaRemoved) warcHeaders['WARC-Vangnet-Inline-Media-Removed'] = String(o.exchange.inlineMediaRemoved);
  const record = WARCRecord.create(
    { url: o.exchange.url, date: o.exchange.at.toISOString(), type: o.type, warcVersion: 'WARC/1.1', warcHeaders },
    once(o.bytes),
  );
  record.httpHeaders = null;

  return WARCSerializer.serialize(record, { digest: DIGEST });
};

/** The HTTP body part of raw bytes (after the blank line), for the payload digest of a head-only record. */
const bodyAfterHead = (raw: Buffer) => {
  const end = raw.indexOf('\r\n\r\n');

  return end < 0 ? Buffer.alloc(0) : raw.subarray(end + 4);
};

/**
 * The records of one WARC 1.1 file, each serialised on its own: a warcinfo record saying who made it
 * with what, then a response and request record per HTTP exchange. Kept apart so that a caller can
 * gzip each record as its own member (the usual .warc.gz layout).
 */
export const buildWarcRecords = async (o: { exchanges: WarcExchange[]; info: Record<string, string>; filename?: string }): Promise<Uint8Array[]> => {
  const parts: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo({ warcVersion: 'WARC/1.1', filename: o.filename ?? 'capture.warc' }, o.info);
  parts.push(await WARCSerializer.serialize(info, { digest: DIGEST }));
  for (const exchange of o.exchanges) {
    const responseId = randomUUID();
    const payload = exchange.payloadSha256 ?? sha256Hex(bodyAfterHead(exchange.rawResponse));
    parts.push(await rawRecord({ type: 'response', exchange, bytes: exchange.rawResponse, payloadSha256: payload, id: responseId }));
    parts.push(
      await rawRecord({ type: 'request', exchange, bytes: exchange.rawRequest, payloadSha256: sha256Hex(Buffer.alloc(0)), id: randomUUID(), concurrentTo: responseId }),
    );
  }

  return parts;
};

/** One WARC 1.1 file, uncompressed, so any reader can open it and offsets stay simple. */
export const buildWarc = async (o: { exchanges: WarcExchange[]; info: Record<string, string>; filename?: string }): Promise<Buffer> =>
  Buffer.concat(await buildWarcRecords(o));
