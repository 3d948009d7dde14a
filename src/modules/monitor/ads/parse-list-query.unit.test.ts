import { describe, expect, it } from 'vitest';
import { clampPage, listHref, MAX_PAGE, parseAdQuery, parseGroupQuery } from './parse-list-query.ts';

const known = { indicators: ['youth-language'], sources: ['3f2a9c1b-0000-4000-8000-000000000001'] };

describe('reading the list query strings', () => {
  it('takes valid filters, with the place in one spelling and a decimal comma', () => {
    const q = parseAdQuery({ plaats: " A'dam ", minscore: '2,5', signaal: 'youth-language', bron: known.sources[0], pagina: '3', onbekend: 'x' }, known);
    expect(q).toMatchObject({ invalid: false, page: 3, filters: { place: 'Amsterdam', minScore: 2.5, indicator: 'youth-language', sourceId: known.sources[0] } });
    expect(q.form.plaats).toBe("A'dam");
    expect(parseGroupQuery({ plaats: 'den-haag', mingrootte: '3', meer: '1' }).filters).toEqual({ city: 'Den Haag', minSize: 3, multiOnly: true });
    expect(parseAdQuery({ plaats: '', minscore: '', signaal: '', bron: '' }, known)).toMatchObject({ invalid: false, filters: {}, page: 1 });
  });

  it('gives the unfiltered first page for anything it does not understand', () => {
    const bad: unknown[] = [
      { pagina: ['1', '2'] },
      { pagina: '0' },
      { pagina: '12345678' },
      { pagina: { a: '1' } },
      { minscore: '1e3' },
      { minscore: '-1' },
      { signaal: 'bestaat-niet' },
      { bron: '3f2a9c1b-0000-4000-8000-000000000002' },
      { plaats: 'x'.repeat(101) },
      { plaats: '<script>' },
      { plaats: '\u202e\u200b' },
      'pagina=1',
      [1, 2],
    ];
    for (const query of bad) expect(parseAdQuery(query, known), JSON.stringify(query)).toEqual({ filters: {}, page: 1, invalid: true, form: {} });
    expect(parseGroupQuery({ meer: 'ja' }).invalid).toBe(true);
    expect(parseGroupQuery({ mingrootte: '1.5' }).invalid).toBe(true);
  });

  it('clamps pages and builds links that keep the filters', () => {
    expect(clampPage(1, 0)).toEqual({ page: 1, pages: 1, beyond: false });
    expect(clampPage(4, 120)).toEqual({ page: 3, pages: 3, beyond: true });
    expect(clampPage(9_999_999, 10_000_000)).toEqual({ page: MAX_PAGE, pages: MAX_PAGE, beyond: true });
    expect(listHref('/monitor', { plaats: "A'dam", minscore: '', signaal: 'youth-language' }, 2)).toBe('/monitor?plaats=A%27dam&signaal=youth-language&pagina=2');
    expect(listHref('/monitor/groepen', {}, 1)).toBe('/monitor/groepen');
  });
});
