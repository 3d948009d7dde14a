import { describe, expect, it } from 'vitest';
import { findAdPhones as findPhones } from '../crawler/extract-ad-identifiers.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';
import { computeCrossAdFacts, factsForPhones } from './cross-ad-facts.ts';
import { ZLexicon } from './lexicon.ts';
import { LEXICON_V1 } from './lexicon-v1.ts';
import { scoreAd } from './score-ad.ts';

const score = (text: string, title = 'Advertentie') => scoreAd({ title, text, phones: findPhones(text) }, LEXICON_V1);

describe('scoreAd: explainable indicators', () => {
  it('the lexicon is valid, versioned data', () => {
    expect(ZLexicon.parse(LEXICON_V1).version).toBe('2026-12-02.1');
  });

  it('shows each fired indicator with its matched text and weight, and the total is their sum', () => {
    const s = score('Hoi, ik ben net 18 geworden 💗 en 24/7 beschikbaar, alles mag. Bel nul zes 12 34 56 78');
    const byId = new Map(s.fired.map((f) => [f.id, f]));
    expect(byId.get('youth-language')?.matches).toEqual(['net 18 geworden']);
    expect(byId.get('youth-emoji')?.matches).toEqual(['💗']);
    expect(byId.get('always-available')?.matches).toEqual(['24/7']);
    expect(byId.get('no-condom')?.matches).toEqual(['alles mag']);
    expect(byId.get('obscured-phone')?.matches[0]).toContain('+31612345678');
    expect(s.total).toBe(3 + 2 + 1.5 + 2 + 2);
    expect(s.lexiconVersion).toBe(LEXICON_V1.version);
  });

  it('matches whole words only, in Dutch and English', () => {
    expect(score('jongeren en jongens welkom').fired).toEqual([]);
    expect(score('Young and new in town').fired.map((f) => f.id)).toEqual(['youth-language', 'new-in-town']);
  });

  it('weak indicators weigh little: "nieuw in de stad" alone stays below one point', () => {
    const s = score('Nieuw in de stad, bel 06-12345678');
    expect(s.fired.map((f) => f.id)).toEqual(['new-in-town']);
    expect(s.total).toBeLessThan(1);
  });

  it('origin is shown but never scored, also not in combination', () => {
    const alone = score('Roemeense dame, bel 06-12345678');
    expect(alone.fired).toMatchObject([{ id: 'origin-mention', weight: 0, shownOnly: true, matches: ['Roemeense'] }]);
    expect(alone.total).toBe(0);
    const withOther = score('Roemeense dame, 24/7 beschikbaar');
    const without = score('Lieve dame, 24/7 beschikbaar');
    expect(withOther.total).toBe(without.total);
  });

  it('third person needs two pronouns', () => {
    expect(score('Zij ontvangt je graag en haar kamer is klaar').fired.map((f) => f.id)).toEqual(['third-person']);
    expect(score('Kom naar haar huis').fired).toEqual([]);
  });

  it('cross-ad: the same phone with many names, in many cities, in many ads per week', () => {
    const ads = ['Lisa', 'Sanne', 'Eva'].map((name, i) => ({
      phones: ['+31612340001'],
      name,
      city: ['Utrecht', 'Breda', 'Zwolle'][i] ?? null,
      postedAt: new Date(Date.UTC(2026, 10, 1 + i)),
    }));
    const facts = computeCrossAdFacts(ads);
    const s = scoreAd({ title: '', text: 'hoi', phones: [], crossAd: factsForPhones(facts, ['+31612340001']) }, LEXICON_V1);
    expect(s.fired.map((f) => f.id)).toEqual(['phone-many-names', 'phone-many-cities']);
    expect(s.fired[0]?.matches).toEqual(['+31612340001: 3 namen']);
  });

  it('finds every planted indicator in the generated corpus', () => {
    const ads = generateCorpus({ seed: 11, operators: 30, singles: 100, edits: 1, insertion: false });
    const missed: string[] = [];
    for (const ad of ads) {
      const fired = new Set(score(ad.text, ad.title).fired.map((f) => f.id));
      for (const id of ad.truth.planted) if (!fired.has(id)) missed.push(`${id}: ${ad.text}`);
    }
    expect(missed).toEqual([]);
  });
});
