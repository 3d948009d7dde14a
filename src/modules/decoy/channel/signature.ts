import { createHmac, timingSafeEqual } from 'node:crypto';

/** Seconds a signed call may be old (or early: the adapter's clock may run ahead). Outside it, a replay. */
export const REPLAY_WINDOW_SECONDS = 300;

/** The adapter signs `<unix seconds>.<exact body bytes>` with HMAC-SHA256 and sends `sha256=<hex>`. */
export const signChannelBody = (secret: string, timestamp: string, body: Uint8Array): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;

export type SignatureCheck = 'ok' | 'no_timestamp' | 'stale' | 'bad_signature';

/** Checks the timestamp against the injected clock first (a replay is refused even with a good signature), then the HMAC in constant time. */
export const checkChannelSignature = (secret: string, o: { timestamp: string | undefined; signature: string | undefined; body: Uint8Array; now: Date }): SignatureCheck => {
  if (!o.timestamp || !/^\d{9,11}$/.test(o.timestamp)) return 'no_timestamp';
  if (Math.abs(o.now.getTime() / 1000 - Number(o.timestamp)) > REPLAY_WINDOW_SECONDS) return 'stale';
  const expected = Buffer.from(signChannelBody(secret, o.timestamp, o.body));
  const given = Buffer.from(o.signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'bad_signature';
};
