import { describe, expect, it } from 'vitest';
import { detectFileType } from '../report-form/file-types.ts';
import { formatReceipt, NUMBER_DIGITS, newReceiptSecret, newReportNumber, parseReceipt, SECRET_DIGITS } from './receipt.ts';
import { delayFor, receiptFailed, receiptSucceeded, receiptWait, resetReceiptLimiter } from './receipt-limiter.ts';

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

describe('receipt check limiter (in memory)', () => {
  it('grows the wait after three failures and never locks out for more than five minutes', () => {
    expect([0, 1, 2].map(delayFor)).toEqual([0, 0, 0]);
    expect(delayFor(3)).toBe(2000);
    expect(delayFor(4)).toBe(4000);
    expect(delayFor(1000)).toBe(5 * 60 * 1000);
  });

  it('counts per report number and per connection, and a success clears the number', () => {
    resetReceiptLimiter();
    const now = 1_000_000;
    for (let i = 0; i < 3; i++) receiptFailed('11111111', 'a', now);
    expect(receiptWait('11111111', 'b', now)).toBe(2000);
    expect(receiptWait('22222222', 'a', now)).toBe(2000);
    expect(receiptWait('22222222', 'b', now)).toBe(0);
    expect(receiptWait('11111111', 'b', now + 2000)).toBe(0);
    receiptSucceeded('11111111');
    expect(receiptWait('11111111', 'b', now)).toBe(0);
    // Forgotten after 30 quiet minutes.
    expect(receiptWait('22222222', 'a', now + 31 * 60 * 1000)).toBe(0);
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
