import { describe, expect, it } from 'vitest';
import { matchGroups } from './match-groups.ts';

describe('matchGroups', () => {
  it('gives each new group the old id it shares most ads with, each old id once, and new groups null', () => {
    const old = new Map([
      ['a1', 'G1'],
      ['a2', 'G1'],
      ['a3', 'G1'],
      ['b1', 'G2'],
      ['b2', 'G2'],
    ]);
    // G1 split in two: the bigger part keeps G1; G2 grew by one ad; c* is a new operator.
    const kept = matchGroups(old, [{ adIds: ['a3', 'x'] }, { adIds: ['a1', 'a2'] }, { adIds: ['b1', 'b2', 'b3'] }, { adIds: ['c1', 'c2'] }]);
    expect(kept).toEqual([null, 'G1', 'G2', null]);
  });

  it('breaks ties the same way every time (lower old id, then earlier group)', () => {
    const old = new Map([
      ['a', 'G2'],
      ['b', 'G1'],
    ]);
    expect(matchGroups(old, [{ adIds: ['a', 'b'] }])).toEqual(['G1']);
    expect(matchGroups(old, [{ adIds: ['a'] }, { adIds: ['a'] }])).toEqual(['G2', null]);
  });
});
