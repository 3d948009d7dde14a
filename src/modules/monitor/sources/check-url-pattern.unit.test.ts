import { describe, expect, it } from 'vitest';
import { checkUrlPattern, compileUrlPattern } from './check-url-pattern.ts';
import { TEST_SITE_RULES } from './selector-rules.ts';

/** Patterns known to backtrack exponentially or polynomially (OWASP ReDoS list, safe-regex and recheck examples). */
const EVIL = [
  '(a+)+',
  '^(a+)+$',
  '(a*)*',
  '(.*)*',
  '(.+)+$',
  '(a|a)*',
  '(a|ab)*c',
  '(a|aa)+$',
  '(\\w|\\d)+',
  '(a?)*',
  '(a|)*b',
  '([a-zA-Z]+)*',
  '(x+x+)+y',
  '(\\w+\\d+)+',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(.*a){12}',
  '(a?){25}a{25}',
  '((a|a)b)*',
  '(.*,)*',
  '([^/]+/?)*',
  '\\d+\\d+$',
  '.*.*=.*',
  'a*a*b',
  '\\w+\\s?\\w+!',
  '(.*)x(.*)x(.*)y',
  '.*a.*a.*a',
  '^https?://([a-z0-9]+\\.)*example\\.org/(\\d+)+$',
];

const GOOD = [
  '^http://127.0.0.1:4321/(ads|ad/)',
  TEST_SITE_RULES.adUrlPattern,
  '^https?://[^/]+/ads\\?page=\\d+$',
  '.*',
  '/ad/.*',
  '[^/]+/[^/]+/[^/]+',
  '^https://www\\.example\\.org/(escort|advertentie)/[a-z0-9-]+-\\d{3,9}$',
  '/profiel/\\d+',
  '(?:nl|en)/ad/[^/?#]+$',
];

describe('URL patterns safe from catastrophic backtracking', () => {
  it.each(EVIL)('refuses %s', (p) => {
    expect(checkUrlPattern(p)).toBe('backtracking');
    expect(compileUrlPattern(p)).toBeNull();
  });

  it.each(GOOD)('accepts %s', (p) => {
    expect(checkUrlPattern(p)).toBeNull();
  });

  it('refuses invalid, too long, empty and unsupported patterns', () => {
    expect(checkUrlPattern('([')).toBe('invalid');
    expect(checkUrlPattern('a'.repeat(301))).toBe('too_long');
    expect(checkUrlPattern('  ')).toBe('empty');
    expect(checkUrlPattern('(a)\\1')).toBe('unsupported');
    expect(checkUrlPattern('(?<=x)a')).toBe('unsupported');
  });

  it('every accepted pattern stays fast on long hostile URLs', () => {
    const hostile = ['a', '/', '0', 'x/', 'a,', 'ab', '-'].map((s) => `http://example.org/${s.repeat(1000)}!`);
    for (const p of GOOD) {
      const re = new RegExp(p);
      const start = performance.now();
      for (const url of hostile) re.test(url);
      // A pattern that backtracks catastrophically on 1,000 characters does not finish in years, so
      // a generous limit catches it without failing on a loaded machine (quiet: well under 1 ms).
      expect(performance.now() - start, p).toBeLessThan(2_000);
    }
  });

  it('a sample of the refused patterns really is slow (the corpus is evil, not made up)', () => {
    const start = performance.now();
    /^(a+)+$/.test(`${'a'.repeat(22)}!`);
    expect(performance.now() - start).toBeGreaterThan(5);
  });
});

describe('crawl-time guard', () => {
  it('leaves out and logs a stored pattern that fails the check', async () => {
    const { compileSourcePatterns } = await import('../crawler/compile-source-patterns.ts');
    const warnings: unknown[] = [];
    const log = { warn: (o: unknown) => warnings.push(o) } as unknown as import('pino').Logger;
    const { allowed, adPattern } = compileSourcePatterns({ allowedUrlPatterns: ['^http://x/(ads|ad/)', '(a+)+$'], selectors: { ...TEST_SITE_RULES, adUrlPattern: '(.*)*' } }, log);
    expect(allowed.map(String)).toEqual([String(/^http:\/\/x\/(ads|ad\/)/)]);
    expect(adPattern.test('/ad/1')).toBe(false);
    expect(warnings).toHaveLength(2);
  });
});
