import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyAddress } from './address-class.ts';
import { checkOutboundLiteral, guardedLookup, OutboundRefusal, parseRefusal, refusalOf, resolveOutbound } from './guard.ts';
import { outboundGet } from './outbound-get.ts';
import { describeRefusal } from './texts.ts';

const strict = { allowPrivate: false };

describe('address classes', () => {
  const cases: Array<[string, ReturnType<typeof classifyAddress>]> = [
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fc00::1', 'private'],
    ['fec0::1', 'private'],
    ['169.254.1.1', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['100.64.0.1', 'sharedCgnat'],
    ['100.127.255.254', 'sharedCgnat'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['::ffff:127.0.0.1', 'ipv4InIpv6'],
    ['::ffff:10.0.0.1', 'ipv4InIpv6'],
    ['::ffff:7f00:1', 'ipv4InIpv6'],
    ['0:0:0:0:0:ffff:a00:1', 'ipv4InIpv6'],
    ['::127.0.0.1', 'ipv4InIpv6'],
    ['::7f00:1', 'ipv4InIpv6'],
    ['64:ff9b::7f00:1', 'ipv4InIpv6'],
    ['2002:7f00:1::', 'ipv4InIpv6'],
    ['192.0.2.10', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['not-an-address', 'invalid'],
    ['8.8.8.8', null],
    ['93.184.216.34', null],
    ['172.32.0.1', null],
    ['100.128.0.1', null],
    ['2a00:1450:400e:80f::200e', null],
    ['2001:4860:4860::8888', null],
  ];
  it.each(cases)('%s is %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe('the outbound guard', () => {
  it('refuses every special address literal, also in the forms a URL parser accepts', async () => {
    for (const raw of [
      'http://127.0.0.1/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://[::1]/',
      'http://[::127.0.0.1]/',
      'http://[::ffff:10.0.0.1]/',
      'http://10.0.0.1/',
      'http://100.64.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
      'http://[fe80::1]/',
      'http://224.0.0.1/',
      'http://0.0.0.0/',
    ]) {
      const err = await resolveOutbound(raw, strict).catch((e: unknown) => e);
      expect(err, raw).toBeInstanceOf(OutboundRefusal);
      expect((err as OutboundRefusal).reason, raw).toBe('address');
      expect(() => checkOutboundLiteral(raw, strict), raw).toThrow(OutboundRefusal);
    }
  });

  it('refuses a DNS name that resolves to loopback, at resolution and in the connect-time lookup', async () => {
    const err = await resolveOutbound('http://localhost:9/', strict).catch((e: unknown) => e);
    expect(refusalOf(err)?.reason).toBe('address');
    expect(refusalOf(err)?.addressClass).toBe('loopback');
    const viaLookup = await new Promise<unknown>((resolve) => guardedLookup(strict)('localhost', { all: true }, (e) => resolve(e)));
    expect(refusalOf(viaLookup)?.addressClass).toBe('loopback');
  });

  it('refuses other schemes and credentials before any lookup', async () => {
    expect(refusalOf(await resolveOutbound('file:///etc/passwd', strict).catch((e: unknown) => e))?.reason).toBe('scheme');
    expect(refusalOf(await resolveOutbound('gopher://example.invalid/', strict).catch((e: unknown) => e))?.reason).toBe('scheme');
    expect(refusalOf(await resolveOutbound('http://user:pw@example.invalid/', strict).catch((e: unknown) => e))?.reason).toBe('credentials');
  });

  it('keeps the refusal readable through a wrapping error and as stored text, and says it in Dutch', () => {
    const original = new OutboundRefusal('address', 'loopback', '::1');
    const wrapped = new Error(`RequestError: ${original.message}`);
    expect(refusalOf(wrapped)?.address).toBe('::1');
    expect(parseRefusal(`skipped: ${original.message}`)?.addressClass).toBe('loopback');
    expect(describeRefusal(original, 'nl')).toBe(
      'Niet opgehaald: het adres ::1 hoort bij deze server zelf (loopback). Vangnet haalt alleen openbare webpagina’s op, nooit iets uit een intern of lokaal netwerk.',
    );
    expect(describeRefusal(original, 'en')).toContain('Not fetched');
  });
});

describe('outboundGet', () => {
  let server: http.Server;
  let base = '';
  const hits: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/to-file') {
        res.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      }
      if (req.url === '/hop') {
        res.writeHead(301, { location: '/robots.txt' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /x\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const opts = { allowPrivate: true, timeoutMs: 3000, maxBytes: 1024, maxRedirects: 3 };

  it('never connects to a loopback server without the test setting', async () => {
    const before = hits.length;
    const err = await outboundGet(`${base}/robots.txt`, { ...opts, allowPrivate: false }).catch((e: unknown) => e);
    expect(refusalOf(err)?.addressClass).toBe('loopback');
    expect(hits.length).toBe(before);
  });

  it('follows a redirect only after checking the next hop', async () => {
    expect((await outboundGet(`${base}/hop`, opts)).body).toContain('Disallow: /x');
    // Each hop is checked as a new URL (an address hop to loopback: monitor/crawler/netns-redirect.test.ts).
    const err = await outboundGet(`${base}/to-file`, opts).catch((e: unknown) => e);
    expect(refusalOf(err)?.reason).toBe('scheme');
  });

  it('stops reading at the size limit', async () => {
    const res = await outboundGet(`${base}/robots.txt`, { ...opts, maxBytes: 5 });
    expect(res.body).toBe('User-');
  });
});
