import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const PERIOD = 30;

const totpFor = (base32: string, label = '') =>
  new TOTP({ issuer: 'Vangnet', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(base32) });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** Groups of four for typing the secret by hand into an authenticator app. */
export const formatSecretForHumans = (base32: string): string => base32.match(/.{1,4}/g)?.join(' ') ?? base32;

export const totpUri = (base32: string, email: string): string => totpFor(base32, email).toString();

export const totpQrSvg = (uri: string): Promise<string> => QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

/**
 * Checks a code within one step either side. Returns the time step it matched, or null. The caller
 * refuses a step that is not newer than the last one used, so a code works only once.
 */
export const checkTotp = (base32: string, code: string, now = Date.now()): number | null => {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(base32).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;

  return Math.floor(now / 1000 / PERIOD) + delta;
};

/** For tests and the demo: the code an authenticator app would show now. */
export const currentTotp = (base32: string, now = Date.now()): string => totpFor(base32).generate({ timestamp: now });
