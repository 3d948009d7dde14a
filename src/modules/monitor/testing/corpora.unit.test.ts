import { describe, expect, it } from 'vitest';
import { LEXICON_V1 } from '../indicators/lexicon-v1.ts';
import { scoreAd } from '../indicators/score-ad.ts';
import { CORPORA, CORPUS_NAMES, toEval } from './corpora.ts';

const sentencesOf = (text: string) => text.split('. ').slice(1, -1);

describe('the test corpora', () => {
  for (const name of CORPUS_NAMES) {
    it(`${name}: same seed, same ads; copies of a template share a group and an operator; fictitious numbers only`, () => {
      const a = [...CORPORA[name](400, 2, 7)];
      const b = [...CORPORA[name](400, 2, 7)];
      expect(a.map((x) => x.text)).toEqual(b.map((x) => x.text));
      const groups = new Map<string, string>();
      for (const ad of a) {
        expect(groups.get(ad.truth.groupId) ?? ad.truth.operatorId).toBe(ad.truth.operatorId);
        groups.set(ad.truth.groupId, ad.truth.operatorId);
        // Fictitious: every number lies in the 06-12xx blocks the generators use.
        for (const p of ad.truth.phonesE164) expect(p).toMatch(/^\+31612\d{6}$/);
      }
      expect(groups.size).toBeLessThan(a.length * 0.8);
      const { ad, truth } = toEval(a[0]!);
      expect(truth.id).toBe(ad.id);
    });
  }

  it('pooled: the sentences of a template are also used by unrelated advertisers', () => {
    const ads = [...CORPORA.pooled(1500, 0, 3)];
    const operatorsOf = new Map<string, Set<string>>();
    for (const ad of ads) for (const s of sentencesOf(ad.text)) operatorsOf.set(s, (operatorsOf.get(s) ?? new Set()).add(ad.truth.operatorId));
    const shared = [...operatorsOf.values()].filter((ops) => ops.size >= 5).length;
    expect(shared).toBeGreaterThan(20);
  });

  it('short: ads are about 20–40 words (15–50), most of them stock phrases', () => {
    const ads = [...CORPORA.short(300, 0, 3)];
    for (const ad of ads.slice(0, 100)) {
      const words = ad.text.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(15);
      expect(words).toBeLessThanOrEqual(50);
    }
  });

  it('reuse: popular sentences are used by many unrelated advertisers, and no lexicon cue fires (the truth plants none)', () => {
    const ads = [...CORPORA.reuse(1500, 1, 3)];
    const operatorsOf = new Map<string, Set<string>>();
    for (const ad of ads) for (const s of sentencesOf(ad.text)) operatorsOf.set(s.toLowerCase().replace(/[!.]+$/, ''), (operatorsOf.get(s.toLowerCase().replace(/[!.]+$/, '')) ?? new Set()).add(ad.truth.operatorId));
    expect([...operatorsOf.values()].filter((ops) => ops.size >= 20).length).toBeGreaterThan(4);
    const fired = ads.filter((ad) => scoreAd({ title: ad.title, text: ad.text, phones: [] }, LEXICON_V1).fired.length > 0);
    expect(fired.length).toBe(0);
  });
});
