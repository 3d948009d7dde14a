import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { type AddressClass, classifyAddress } from './address-class.ts';

/**
 * The one outbound-request guard (issue 12 point 1). Every fetch of an address that a person typed
 * (a monitor source, a crawled link, a robots.txt, an evidence capture and its page's resources)
 * goes through it: http(s) only, no credentials in the URL, the host resolved once, every address it
 * has checked against the special ranges of address-class.ts, and the connection made to exactly
 * the checked address (no second DNS answer, so no DNS rebinding). A redirect is a new URL and is
 * checked again by whoever follows it. OUTBOUND_ALLOW_PRIVATE=on lifts only the address rule, for
 * tests against a site on this machine.
 */
export type OutboundPolicy = { allowPrivate: boolean };

export type RefusalReason = 'invalidUrl' | 'scheme' | 'credentials' | 'dnsFailed' | 'address';

const CODE = 'ERR_OUTBOUND_REFUSED';

export class OutboundRefusal extends Error {
  readonly code = CODE;
  constructor(
    readonly reason: RefusalReason,
    readonly addressClass: AddressClass | null = null,
    readonly address: string | null = null,
  ) {
    // The message carries everything, so the refusal survives libraries that wrap errors (got).
    super([CODE, reason, addressClass ?? '-', address ?? '-'].join(' '));
    this.name = 'OutboundRefusal';
  }
}

const REASONS: readonly RefusalReason[] = ['invalidUrl', 'scheme', 'credentials', 'dnsFailed', 'address'];

/** Finds a refusal in an error, its causes, or a message that a library copied from it. */
export const refusalOf = (err: unknown): OutboundRefusal | null => {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof OutboundRefusal) return e;
    const parsed = parseRefusal(String((e as { message?: unknown }).message ?? ''));
    if (parsed) return parsed;
  }

  return null;
};

/** Reads back the text form (`refusal.message`), for example from a stored frontier error. */
export const parseRefusal = (text: string): OutboundRefusal | null => {
  const m = new RegExp(`${CODE} (\\w+) (\\w+|-) (\\S+)`).exec(text);
  if (!m || !REASONS.includes(m[1] as RefusalReason)) return null;
  const cls = m[2] === '-' ? null : (m[2] as AddressClass);

  return new OutboundRefusal(m[1] as RefusalReason, cls, m[3] === '-' ? null : (m[3] ?? null));
};

/** Checks the form of a URL: http or https, a host, no user name or password. */
export const checkOutboundUrl = (raw: string | URL): URL => {
  let url: URL;
  try {
    url = typeof raw === 'string' ? new URL(raw) : raw;
  } catch {
    throw new OutboundRefusal('invalidUrl');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundRefusal('scheme');
  if (url.username || url.password) throw new OutboundRefusal('credentials');
  if (!url.hostname) throw new OutboundRefusal('invalidUrl');

  return url;
};

export type ResolvedAddress = { address: string; family: 4 | 6 };

const bareHost = (hostname: string) => hostname.replace(/^\[|\]$/g, '');

const checkAddress = (address: string, policy: OutboundPolicy): void => {
  const cls = classifyAddress(address);
  if (cls === 'invalid') throw new OutboundRefusal('address', cls, address);
  if (cls && !policy.allowPrivate) throw new OutboundRefusal('address', cls, address);
};

/**
 * Resolves a host name once (an address literal is taken as it is) and checks every address the
 * answer holds: one special address among public ones refuses the whole name.
 */
export const resolveOutboundHost = async (hostname: string, policy: OutboundPolicy, timeoutMs = 10_000): Promise<ResolvedAddress[]> => {
  const host = bareHost(hostname);
  const literal = isIP(host);
  let found: { address: string; family: number }[];
  if (literal) {
    found = [{ address: host, family: literal }];
  } else {
    let timer: NodeJS.Timeout | undefined;
    try {
      // The system resolver can wait far longer than a fetch may; a slow name counts as not found.
      const slow = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('dns timeout')), timeoutMs);
      });
      found = await Promise.race([lookup(host, { all: true, verbatim: true }), slow]);
    } catch {
      throw new OutboundRefusal('dnsFailed');
    } finally {
      clearTimeout(timer);
    }
  }
  if (found.length === 0) throw new OutboundRefusal('dnsFailed');
  for (const a of found) checkAddress(a.address, policy);

  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** Checks a URL's form and resolves its host: the first checked address is the one to connect to. */
export const resolveOutbound = async (raw: string | URL, policy: OutboundPolicy, timeoutMs?: number): Promise<{ url: URL; address: ResolvedAddress }> => {
  const url = checkOutboundUrl(raw);
  const [address] = await resolveOutboundHost(url.hostname, policy, timeoutMs);
  if (!address) throw new OutboundRefusal('dnsFailed');

  return { url, address };
};

type LookupCallbackAll = (err: NodeJS.ErrnoException | null, addresses: { address: string; family: number }[]) => void;

/** A `lookup` for node:http / node:net that answers only with an address checked beforehand. */
export const pinnedLookup =
  (resolved: ResolvedAddress): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) {
      (callback as unknown as LookupCallbackAll)(null, [resolved]);
      return;
    }
    callback(null, resolved.address, resolved.family);
  };

/**
 * A `lookup` that resolves and checks at connect time, for a client that connects once per
 * redirect hop by itself (got, inside the crawler). Node skips `lookup` for an address literal, so
 * such a client must also call `checkOutboundLiteral` on each URL it requests.
 */
export const guardedLookup =
  (policy: OutboundPolicy, timeoutMs?: number): LookupFunction =>
  (hostname, options, callback) => {
    resolveOutboundHost(hostname, policy, timeoutMs).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const first = wanted[0];
        if (!first) {
          callback(new OutboundRefusal('dnsFailed'), '', 4);
          return;
        }
        if (options.all) (callback as unknown as LookupCallbackAll)(null, wanted);
        else callback(null, first.address, first.family);
      },
      (err: Error) => callback(err, '', 4),
    );
  };

/** Form check plus, for an address literal, the address check (names are checked by the lookup). */
export const checkOutboundLiteral = (raw: string | URL, policy: OutboundPolicy): URL => {
  const url = checkOutboundUrl(raw);
  const host = bareHost(url.hostname);
  if (isIP(host)) checkAddress(host, policy);

  return url;
};
