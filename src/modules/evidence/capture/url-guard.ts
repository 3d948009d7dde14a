import { OutboundRefusal, type ResolvedAddress, checkOutboundUrl, refusalOf, resolveOutboundHost } from '../../../app/outbound/guard.ts';
import { EVIDENCE_LIMITS } from '../limits.ts';
import { EvidenceError } from '../texts.ts';

/**
 * Which URLs a capture may fetch: the rules of the one outbound guard (src/app/outbound/guard.ts),
 * with the capture's own wording. OUTBOUND_ALLOW_PRIVATE=on lifts the address rule, for tests only.
 */
const asEvidenceError = (err: unknown, fallback: 'urlInvalid' | 'dnsFailed'): EvidenceError => {
  const refusal = refusalOf(err);
  if (!refusal) return new EvidenceError(fallback);
  switch (refusal.reason) {
    case 'scheme':
      return new EvidenceError('urlScheme');
    case 'credentials':
      return new EvidenceError('urlCredentials');
    case 'address':
      return new EvidenceError('privateAddress');
    case 'dnsFailed':
      return new EvidenceError('dnsFailed');
    default:
      return new EvidenceError('urlInvalid');
  }
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
  try {
    return checkOutboundUrl(url);
  } catch (err) {
    throw asEvidenceError(err, 'urlInvalid');
  }
};

export type ResolvedHost = ResolvedAddress;

/**
 * Resolves the host once and checks every address it has. The fetch then connects to exactly this
 * address, so a second DNS answer (DNS rebinding) cannot point the capture somewhere else.
 */
export const resolveCaptureHost = async (url: URL, allowPrivate: boolean, timeoutMs = 10_000): Promise<ResolvedHost> => {
  try {
    const [first] = await resolveOutboundHost(url.hostname, { allowPrivate }, timeoutMs);
    if (!first) throw new OutboundRefusal('dnsFailed');
    return first;
  } catch (err) {
    throw asEvidenceError(err, 'dnsFailed');
  }
};
