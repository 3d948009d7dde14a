import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { EVIDENCE_LIMITS } from '../limits.ts';
import { EvidenceError } from '../texts.ts';

/**
 * Which URLs a capture may fetch. Only http(s), no credentials in the URL, and by default no address
 * on a loopback, private, link-local or otherwise special network: a capture must not become a way to
 * read the staff network (server-side request forgery). CAPTURE_ALLOW_PRIVATE=on lifts the address
 * rule, for tests against a local site only.
 */
const SPECIAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  SPECIAL.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  SPECIAL.addSubnet(net, prefix, 'ipv6');
}

/** True for any address that is not plainly on the public internet. */
export const isSpecialAddress = (address: string): boolean => {
  const family = isIP(address);
  if (family === 4) return SPECIAL.check(address, 'ipv4');
  if (family !== 6) return true;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return SPECIAL.check(mapped[1], 'ipv4');
  if (/^::ffff:/i.test(address)) return true;

  return SPECIAL.check(address, 'ipv6');
};

/** Checks what a person typed; returns the URL to fetch or throws a refusal with a clear reason. */
export const parseCaptureUrl = (raw: string): URL => {
  const text = raw.trim();
  if (!text) throw new EvidenceError('urlMissing');
  if (text.length > EVIDENCE_LIMITS.urlChars) throw new EvidenceError('urlTooLong', [String(EVIDENCE_LIMITS.urlChars)]);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new EvidenceError(/^[a-z][a-z0-9+.-]*:/i.test(text) ? 'urlScheme' : 'urlInvalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new EvidenceError('urlScheme');
  if (url.username || url.password) throw new EvidenceError('urlCredentials');
  if (!url.hostname) throw new EvidenceError('urlInvalid');

  return url;
};

export type ResolvedHost = { address: string; family: 4 | 6 };

/**
 * Resolves the host once and checks every address it has. The fetch then connects to exactly this
 * address, so a second DNS answer (DNS rebinding) cannot point the capture somewhere else.
 */
export const resolveCaptureHost = async (url: URL, allowPrivate: boolean, timeoutMs = 10_000): Promise<ResolvedHost> => {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  let addresses: { address: string; family: number }[];
  if (literal) {
    addresses = [{ address: host, family: literal }];
  } else {
    let timer: NodeJS.Timeout | undefined;
    try {
      // The system resolver can wait far longer than a capture may; a slow name counts as not found.
      const slow = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('dns timeout')), timeoutMs);
      });
      addresses = await Promise.race([lookup(host, { all: true, verbatim: true }), slow]);
    } catch {
      throw new EvidenceError('dnsFailed');
    } finally {
      clearTimeout(timer);
    }
  }
  const first = addresses[0];
  if (!first) throw new EvidenceError('dnsFailed');
  if (!allowPrivate && addresses.some((a) => isSpecialAddress(a.address))) throw new EvidenceError('privateAddress');

  return { address: first.address, family: first.family === 6 ? 6 : 4 };
};
