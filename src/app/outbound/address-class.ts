import { isIP } from 'node:net';

/**
 * Why an address is not plainly on the public internet. Anything with a class is refused by the
 * outbound guard (guard.ts); `null` means public.
 */
export type AddressClass =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'linkLocal'
  | 'sharedCgnat'
  | 'multicast'
  | 'metadata'
  | 'ipv4InIpv6'
  | 'reserved'
  | 'invalid';

type Range = { bytes: number[]; prefix: number; cls: AddressClass };

const v4 = (text: string): number[] => text.split('.').map(Number);

/** Parses an IPv6 text (with an optional zone, with an embedded dotted quad) into 16 bytes. */
const v6 = (text: string): number[] | null => {
  // A trailing dotted quad (::ffff:10.0.0.1) becomes the two hex words it stands for.
  const noZone = (text.split('%')[0] ?? '').replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a, b, c, d) =>
    `${((Number(a) << 8) | Number(b)).toString(16)}:${((Number(c) << 8) | Number(d)).toString(16)}`,
  );
  const parts = noZone.split('::');
  if (parts.length > 2) return null;
  const words = (s: string | undefined) => (s ? s.split(':').map((w) => (/^[0-9a-f]{1,4}$/i.test(w) ? Number.parseInt(w, 16) : Number.NaN)) : []);
  const left = words(parts[0]);
  const right = words(parts[1]);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (parts.length === 1 && missing !== 0)) return null;
  const all = [...left, ...Array<number>(parts.length === 2 ? missing : 0).fill(0), ...right];
  if (all.length !== 8 || all.some((w) => Number.isNaN(w))) return null;

  return all.flatMap((w) => [w >> 8, w & 0xff]);
};

const range = (cidr: string, cls: AddressClass): Range => {
  const [net = '', prefix = '0'] = cidr.split('/');
  const bytes = isIP(net) === 4 ? v4(net) : (v6(net) ?? []);

  return { bytes, prefix: Number(prefix), cls };
};

const inRange = (bytes: number[], r: Range): boolean => {
  if (bytes.length !== r.bytes.length) return false;
  for (let bit = 0; bit < r.prefix; bit += 8) {
    const i = bit / 8;
    const width = Math.min(8, r.prefix - bit);
    const mask = (0xff << (8 - width)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((r.bytes[i] ?? 0) & mask)) return false;
  }

  return true;
};

// Order matters: the first range that holds the address names its class (metadata before link-local).
const V4: Range[] = [
  range('169.254.169.254/32', 'metadata'),
  range('0.0.0.0/8', 'unspecified'),
  range('127.0.0.0/8', 'loopback'),
  range('10.0.0.0/8', 'private'),
  range('172.16.0.0/12', 'private'),
  range('192.168.0.0/16', 'private'),
  range('100.64.0.0/10', 'sharedCgnat'),
  range('169.254.0.0/16', 'linkLocal'),
  range('224.0.0.0/4', 'multicast'),
  range('192.0.0.0/24', 'reserved'),
  range('192.0.2.0/24', 'reserved'),
  range('192.88.99.0/24', 'reserved'),
  range('198.18.0.0/15', 'reserved'),
  range('198.51.100.0/24', 'reserved'),
  range('203.0.113.0/24', 'reserved'),
  range('240.0.0.0/4', 'reserved'),
];

const V6: Range[] = [
  range('fd00:ec2::254/128', 'metadata'),
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  // IPv4 written as IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64, SIIT): a way around
  // every IPv4 rule, and nothing a public site needs.
  range('::ffff:0:0/96', 'ipv4InIpv6'),
  range('::/96', 'ipv4InIpv6'),
  range('::ffff:0:0:0/96', 'ipv4InIpv6'),
  range('64:ff9b::/96', 'ipv4InIpv6'),
  range('64:ff9b:1::/48', 'ipv4InIpv6'),
  range('2002::/16', 'ipv4InIpv6'),
  range('2001::/32', 'ipv4InIpv6'),
  range('fc00::/7', 'private'),
  range('fec0::/10', 'private'),
  range('fe80::/10', 'linkLocal'),
  range('ff00::/8', 'multicast'),
  range('100::/64', 'reserved'),
  range('2001::/23', 'reserved'),
  range('2001:db8::/32', 'reserved'),
  range('5f00::/16', 'reserved'),
];

/** The class of an IP address text, or null when it is an ordinary public address. */
export const classifyAddress = (address: string): AddressClass | null => {
  const text = address.replace(/^\[|\]$/g, '');
  const family = isIP(text);
  if (family === 4) return V4.find((r) => inRange(v4(text), r))?.cls ?? null;
  if (family !== 6) return 'invalid';
  const bytes = v6(text);
  if (!bytes) return 'invalid';

  return V6.find((r) => inRange(bytes, r))?.cls ?? null;
};
