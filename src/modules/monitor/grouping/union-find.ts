/** Disjoint sets over 0..n-1 with path halving and union by size. */
export type UnionFind = { find: (a: number) => number; union: (a: number, b: number) => boolean };

export const createUnionFind = (n: number): UnionFind => {
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (a: number): number => {
    let x = a;
    while (parent[x] !== x) {
      const p = parent[x] as number;
      parent[x] = parent[p] as number;
      x = parent[x] as number;
    }

    return x;
  };

  return {
    find,
    union: (a, b) => {
      let ra = find(a);
      let rb = find(b);
      if (ra === rb) return false;
      if ((size[ra] as number) < (size[rb] as number)) [ra, rb] = [rb, ra];
      parent[rb] = ra;
      size[ra] = (size[ra] as number) + (size[rb] as number);
      return true;
    },
  };
};
