import { catalog, type Lang, pick } from '../../web/i18n.ts';
import type { AddressClass } from './address-class.ts';
import type { OutboundRefusal } from './guard.ts';

/** Why the outbound guard did not fetch an address, in plain words. */
export const outboundTexts = catalog({
  nl: {
    invalidUrl: 'Dit is geen geldig webadres.',
    scheme: 'Vangnet haalt alleen adressen op die beginnen met http:// of https://.',
    credentials: 'Een adres met een gebruikersnaam of wachtwoord erin wordt niet opgehaald.',
    dnsFailed: 'De naam van deze website is niet gevonden.',
    address: (address: string, kind: string) =>
      `Niet opgehaald: het adres ${address} hoort bij ${kind}. Vangnet haalt alleen openbare webpagina’s op, nooit iets uit een intern of lokaal netwerk.`,
    classes: {
      unspecified: 'geen echt adres (0.0.0.0 of ::)',
      loopback: 'deze server zelf (loopback)',
      private: 'een intern netwerk',
      linkLocal: 'een lokaal netwerkdeel (link-local)',
      sharedCgnat: 'het interne netwerk van een provider (CGNAT)',
      multicast: 'een groepsadres (multicast)',
      metadata: 'de metadatadienst van een cloudserver',
      ipv4InIpv6: 'een IPv4-adres dat als IPv6 is geschreven',
      reserved: 'een gereserveerd adresblok',
      invalid: 'geen geldig adres',
    },
  },
  en: {
    invalidUrl: 'This is not a valid web address.',
    scheme: 'Vangnet only fetches addresses that start with http:// or https://.',
    credentials: 'An address with a user name or password in it is not fetched.',
    dnsFailed: 'The name of this website was not found.',
    address: (address: string, kind: string) =>
      `Not fetched: the address ${address} belongs to ${kind}. Vangnet only fetches public web pages, never anything on an internal or local network.`,
    classes: {
      unspecified: 'no real address (0.0.0.0 or ::)',
      loopback: 'this server itself (loopback)',
      private: 'an internal network',
      linkLocal: 'a local network segment (link-local)',
      sharedCgnat: 'a provider’s internal network (CGNAT)',
      multicast: 'a group address (multicast)',
      metadata: 'the metadata service of a cloud server',
      ipv4InIpv6: 'an IPv4 address written as IPv6',
      reserved: 'a reserved address block',
      invalid: 'no valid address',
    },
  },
});

export const describeRefusal = (refusal: OutboundRefusal, lang: Lang): string => {
  const t = pick(outboundTexts, lang);
  if (refusal.reason !== 'address') return t[refusal.reason];
  const cls: AddressClass = refusal.addressClass ?? 'invalid';

  return t.address(refusal.address ?? '?', t.classes[cls]);
};
