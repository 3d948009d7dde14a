import { describe, expect, it } from 'vitest';
import { figureFromCells } from '../../../app/figures.ts';
import { addUp, formatCell, formatTotal, publishCells, splitLeaks } from './suppress.ts';

const label = { nl: 'x', en: 'x' };
const v = (value: number) => ({ key: 'p', value, state: value < 5 ? ('small' as const) : ('exact' as const) });

describe('small-cell suppression', () => {
  it('shows cells under 5 (zero too) as "< 5" and adds totals up from shown cells only', () => {
    const reports = figureFromCells('r', label, [
      { municipality: 'GM0153', month: '2026-03', n: 6 },
      { municipality: 'GM0164', month: '2026-03', n: 4 },
      { municipality: 'GM0141', month: '2026-03', n: 1 },
    ]);
    const cells = publishCells([reports], ['GM0153', 'GM0164', 'GM0141', 'GM0363'], ['2026-03']);
    const at = (m: string) => cells.get('r')?.get(m)?.get('2026-03');
    expect(formatCell(at('GM0153'), 'nl')).toBe('6');
    expect(formatCell(at('GM0164'), 'nl')).toBe('< 5');
    expect(formatCell(at('GM0141'), 'nl')).toBe('< 5');
    expect(formatCell(at('GM0363'), 'nl')).toBe('< 5');
    // The region total never says 11: 11 − 6 would give Hengelo + Almelo.
    const region = addUp(['GM0153', 'GM0164', 'GM0141'].map(at));
    expect(region.exact).toBe(false);
    expect(formatTotal(region, 'nl')).toBe('≥ 6');
    expect(formatTotal(addUp([at('GM0164'), at('GM0141')]), 'nl')).toBe('kleine of niet getoonde aantallen');
    expect(formatTotal(addUp([at('GM0153')]), 'nl')).toBe('6');
  });

  it('finds a small part given away by a shown total and shown parts', () => {
    // 6 = 5 + 1 + 0…: with the total and the 5 shown, the 1 is at most 1.
    expect(splitLeaks(v(6), [v(5), v(1), v(0)])).toBe(true);
    // 30 = 10 + 10 + 4 + 3 + 3: the three small ones add up to 10, so each is at least 2.
    expect(splitLeaks(v(30), [v(10), v(10), v(4), v(3), v(3)])).toBe(true);
    // 24 = 10 + 10 + 2 + 1 + 1 + 0: the small ones add up to 4; each can still be anything from 0 to 4.
    expect(splitLeaks(v(24), [v(10), v(10), v(2), v(1), v(1), v(0)])).toBe(false);
    // A small total: its parts are all small, nothing more can be learnt.
    expect(splitLeaks(v(3), [v(2), v(1)])).toBe(false);
    // Not exhaustive: 6 reports of which 5 urgent pins the rest (1) exactly.
    expect(splitLeaks(v(6), [v(5), { key: null, value: 1, state: 'unpublished' }])).toBe(true);
  });

  it('withholds a split that would leak, and keeps the total', () => {
    const all = figureFromCells('r', label, [{ municipality: 'GM0153', month: '2026-03', n: 6 }]);
    const family = figureFromCells('r.family', label, [{ municipality: 'GM0153', month: '2026-03', n: 5 }], { key: 'r', split: 'kind', exhaustive: true });
    const victim = figureFromCells('r.victim', label, [{ municipality: 'GM0153', month: '2026-03', n: 1 }], { key: 'r', split: 'kind', exhaustive: true });
    const cells = publishCells([all, family, victim], ['GM0153'], ['2026-03']);
    const at = (k: string) => cells.get(k)?.get('GM0153')?.get('2026-03');
    expect(formatCell(at('r'), 'nl')).toBe('6');
    expect(formatCell(at('r.family'), 'nl')).toBe('niet getoond');
    expect(formatCell(at('r.victim'), 'nl')).toBe('niet getoond');
  });
});
