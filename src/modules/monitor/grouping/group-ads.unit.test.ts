import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../testing/generate-corpus.ts';
import { deriveTemplate, templateText } from './derive-template.ts';
import { groupAds } from './group-ads.ts';
import { joinOperators } from './join-operators.ts';
import { pairF1 } from './pair-f1.ts';
import { tokeniseAd } from './tokenise-ad.ts';
import { addTokens, createTokenStore } from './token-store.ts';

const group = (texts: string[]) => {
  const store = createTokenStore();
  for (const t of texts) addTokens(store, tokeniseAd(t).masked);
  return groupAds(store);
};

describe('template grouping', () => {
  it('masks names, places, phone numbers (also obfuscated) and emoji before comparing', () => {
    const a = tokeniseAd('Hoi 😘 ik ben Lisa uit Utrecht, bel 06 12 34 56 78');
    const b = tokeniseAd('Hoi ik ben Sanne uit Breda, bel nul zes 1234 5678 🔥');
    expect(a.masked).toEqual(b.masked);
    expect(a.masked).toContain('⟨naam⟩');
    expect(a.masked).toContain('⟨plaats⟩');
  });

  for (const edits of [1, 2, 3]) {
    it(`groups copies with ${edits} word edits plus an insertion: pair-F1 ≥ 0.95`, () => {
      const ads = generateCorpus({ seed: 100 + edits, operators: 60, singles: 300, edits, insertion: true });
      const r = group(ads.map((a) => a.text));
      const f = pairF1(r.labels, ads.map((a) => a.truth.groupId));
      expect(f.f1).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('keeps unrelated single ads apart', () => {
    const ads = generateCorpus({ seed: 5, operators: 0, singles: 300, edits: 0, insertion: false });
    expect(group(ads.map((a) => a.text)).stats.groups).toBe(0);
  });

  it('derives the shared template with the varying slots marked', () => {
    const ads = generateCorpus({ seed: 9, operators: 1, singles: 0, edits: 2, insertion: true, maxCopies: 12 });
    const first = ads.filter((a) => a.truth.groupId === ads[0]!.truth.groupId);
    const t = deriveTemplate(first.map((a) => tokeniseAd(a.text)));
    const text = templateText(t.segments);
    expect(text).toContain('{naam}');
    expect(text).toContain('{plaats}');
    expect(text).toContain('{nummer}');
    const nameSlot = t.segments.find((s) => s.kind === 'slot' && s.slot === 'naam');
    expect(nameSlot?.kind === 'slot' && nameSlot.examples.length).toBeGreaterThan(0);
    // Most of the template is fixed text.
    const fixedWords = t.segments.filter((s) => s.kind === 'fixed').reduce((n, s) => n + (s.kind === 'fixed' ? s.text.split(' ').length : 0), 0);
    expect(fixedWords).toBeGreaterThan(first[0]!.text.split(' ').length / 2);
  });

  it('joins groups that share a phone into one operator', () => {
    const ops = joinOperators([
      { key: 'g1', identifiers: ['+31612340001'] },
      { key: 'g2', identifiers: ['+31612340002', '+31612340001'] },
      { key: 'g3', identifiers: ['+31612340003'] },
    ]);
    expect(ops.get('g2')).toBe('g1');
    expect(ops.get('g3')).toBe('g3');
  });
});
