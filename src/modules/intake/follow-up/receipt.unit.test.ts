import { describe, expect, it } from 'vitest';
import { detectFileType } from '../report-form/file-types.ts';
import { formatReceipt, NUMBER_DIGITS, newReceiptSecret, newReportNumber, parseReceipt, SECRET_DIGITS } from './receipt.ts';

describe('receipt', () => {
  it('has at least 80 bits of secret, in digits only', () => {
    expect(SECRET_DIGITS * Math.log2(10)).toBeGreaterThanOrEqual(80);
    const secret = newReceiptSecret();
    expect(secret).toMatch(new RegExp(`^[0-9]{${SECRET_DIGITS}}$`));
    expect(newReportNumber()).toMatch(new RegExp(`^[1-9][0-9]{${NUMBER_DIGITS - 1}}$`));
  });

  it('reads back what a person types, with or without spaces and dashes', () => {
    const receipt = formatReceipt('12345678', '1234567890123456789012345');
    expect(receipt).toBe('12345678-12345-67890-12345-67890-12345');
    const want = { number: '12345678', secret: '1234567890123456789012345' };
    expect(parseReceipt(receipt)).toEqual(want);
    expect(parseReceipt(' 1234 5678 12345 67890 12345 67890 12345 ')).toEqual(want);
    expect(parseReceipt('12345678.12345.67890.12345.67890.12345')).toEqual(want);
    expect(parseReceipt('12345678-12345')).toBeNull();
    expect(parseReceipt('abcdefgh-12345-67890-12345-67890-12345')).toBeNull();
    expect(parseReceipt('1'.repeat(500))).toBeNull();
  });
});

describe('file type by content', () => {
  it('trusts the first bytes, never the name', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('jpeg');
    expect(detectFileType(Buffer.from('Gewone tekst met een telefoonnummer 06-12340000\n'))).toBe('text');
    expect(detectFileType(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x00]))).toBeNull();
    expect(detectFileType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('evil.exe')]))).toBeNull();
    expect(detectFileType(Buffer.alloc(0))).toBeNull();
  });
});
