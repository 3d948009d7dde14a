import { describe, expect, it } from 'vitest';
import { DUTCH_PLACES } from './dutch-places.ts';
import { normalisePlace } from './normalise-place.ts';

describe('normalisePlace', () => {
  it.each([
    ['Amsterdam', 'Amsterdam'],
    ["A'dam", 'Amsterdam'],
    ['A’dam', 'Amsterdam'],
    ['Adam', 'Amsterdam'],
    ['ADAM', 'Amsterdam'],
    ['020', 'Amsterdam'],
    ['020?', 'Amsterdam'],
    ['Amsterdam-Noord', 'Amsterdam'],
    ['Amsterdam Zuid', 'Amsterdam'],
    ['omgeving Amsterdam', 'Amsterdam'],
    ['Regio 020', 'Amsterdam'],
    ['Amsterdam centrum', 'Amsterdam'],
    ['Centrum Amsterdam', 'Amsterdam'],
    ['Amsterdam e.o.', 'Amsterdam'],
    ['Amsterdam, Noord-Holland', 'Amsterdam'],
    ['Den Haag', 'Den Haag'],
    ["'s-Gravenhage", 'Den Haag'],
    ['s-Gravenhage', 'Den Haag'],
    ['Den-Haag', 'Den Haag'],
    ['DEN HAAG CENTRUM', 'Den Haag'],
    ['The Hague', 'Den Haag'],
    ['Den Bosch', "'s-Hertogenbosch"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['s Hertogenbosch', "'s-Hertogenbosch"],
    ["R'dam", 'Rotterdam'],
    ['rotterdam zuid', 'Rotterdam'],
    ['Utrecht Overvecht', 'Utrecht'],
    ['Súdwest-Fryslân', 'Sneek'],
    ['Sudwest Fryslan', 'Sneek'],
    ['Alphen a/d Rijn', 'Alphen aan den Rijn'],
    ['Bergen op Zoom', 'Bergen op Zoom'],
    ['Sittard', 'Sittard-Geleen'],
    ['Leeuwarden', 'Leeuwarden'],
    ['Middelburg', 'Middelburg'],
  ])('%s → %s', (raw, expected) => {
    expect(normalisePlace(raw)).toBe(expected);
  });

  it.each(['', '   ', 'Ergens', 'Den', 'Antwerpen', 'Thuis of hotel', 'x'.repeat(500)])('unknown or odd "%s" → null', (raw) => {
    expect(normalisePlace(raw)).toBeNull();
  });

  it('knows every provincial capital and at least a hundred places', () => {
    for (const capital of ['Groningen', 'Leeuwarden', 'Assen', 'Zwolle', 'Lelystad', 'Arnhem', 'Utrecht', 'Haarlem', 'Den Haag', 'Middelburg', "'s-Hertogenbosch", 'Maastricht']) {
      expect(normalisePlace(capital)).toBe(capital);
    }
    expect(DUTCH_PLACES.length).toBeGreaterThanOrEqual(100);
    for (const [canonical] of DUTCH_PLACES) expect(normalisePlace(canonical)).toBe(canonical);
  });
});
