import { describe, expect, it } from 'vitest';
import { candidatePrefixes, handleLikeness, handleSkeleton, oneEditApart } from './handle-likeness.ts';

describe('near-identical handles', () => {
  it('makes a skeleton: lower case, no . _ -, no trailing digits', () => {
    expect(handleSkeleton('Kevin_010')).toBe('kevin');
    expect(handleSkeleton('k.e-v_i.n')).toBe('kevin');
    expect(handleSkeleton('010kevin')).toBe('010kevin');
  });

  it('tells one edit apart from two', () => {
    expect(oneEditApart('rico_test', 'rico_tests')).toBe(true);
    expect(oneEditApart('rico_test', 'rica_test')).toBe(true);
    expect(oneEditApart('rico_test', 'rco_test')).toBe(true);
    expect(oneEditApart('rico_test', 'rico_test')).toBe(false);
    expect(oneEditApart('rico_test', 'rica_tess')).toBe(false);
    expect(oneEditApart('abc', 'abcde')).toBe(false);
  });

  it('says why two account keys look alike, on the same platform only', () => {
    expect(handleLikeness('instagram:kboy_010', 'instagram:kboy.1')).toBe('skeleton');
    expect(handleLikeness('instagram:kboy_010', 'instagram:kboy_010')).toBeNull();
    expect(handleLikeness('instagram:kboy_010', 'snapchat:kboy_010')).toBeNull();
    expect(handleLikeness('snapchat:ricotest', 'snapchat:ricotset')).toBeNull();
    expect(handleLikeness('snapchat:ricotest', 'snapchat:ricotesr')).toBe('one_edit');
    // Too short to mean anything.
    expect(handleLikeness('tiktok:jo1', 'tiktok:jo2')).toBeNull();
    expect(handleLikeness('tiktok:anna', 'tiktok:anne')).toBeNull();
  });

  it('looks candidates up by a few key prefixes', () => {
    expect(candidatePrefixes('instagram:k.boy')).toEqual(['instagram:k.', 'instagram:kb', 'instagram:k_', 'instagram:k-']);
    expect(candidatePrefixes('instagram:x')).toEqual(['instagram:x.', 'instagram:x_', 'instagram:x-']);
  });
});
