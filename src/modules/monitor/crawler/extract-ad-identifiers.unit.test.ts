import { describe, expect, it } from 'vitest';
import { findAdPhones as findPhones } from './extract-ad-identifiers.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

describe('phones of an ad (the shared extractor, with isObfuscatedPhone)', () => {
  it('reads plain and obfuscated fictitious numbers', () => {
    expect(findPhones('bel 06-12345678')).toMatchObject([{ e164: '+31612345678', obfuscated: false }]);
    expect(findPhones('app +31 6 1234 5678 nu')).toMatchObject([{ e164: '+31612345678', obfuscated: false }]);
    expect(findPhones('nul zes 12 34 vijf 6 78')).toMatchObject([{ e164: '+31612345678', obfuscated: true }]);
    expect(findPhones('O6 l234 5678')).toMatchObject([{ e164: '+31612345678', obfuscated: true }]);
    expect(findPhones('0*6*1*2*3*4*5*6*7*8')).toMatchObject([{ e164: '+31612345678', obfuscated: true }]);
    expect(findPhones('ik ben een lieve dame van 23')).toEqual([]);
    // Written plainly once: not hidden, even if also decorated elsewhere in the ad.
    expect(findPhones('nul zes 12 34 56 78 of gewoon 06-12345678')).toMatchObject([{ e164: '+31612345678', obfuscated: false }]);
  });

  it('finds the ground-truth phone of every generated ad', () => {
    const ads = generateCorpus({ seed: 3, operators: 40, singles: 100, edits: 1, insertion: true });
    const missed = ads.filter((a) => !findPhones(a.text).some((p) => p.e164 === a.truth.phonesE164[0]));
    expect(missed.map((a) => a.text)).toEqual([]);
    const wrongFlag = ads.filter((a) => findPhones(a.text).find((p) => p.e164 === a.truth.phonesE164[0])?.obfuscated !== a.truth.obfuscatedPhone);
    expect(wrongFlag.map((a) => `${a.truth.phoneStyle}: ${a.phone}`)).toEqual([]);
  });
});
