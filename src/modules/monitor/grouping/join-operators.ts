import { createUnionFind } from './union-find.ts';

/**
 * Joins groups that share an identifier (a phone number, e-mail, handle) into one operator view.
 * Returns, per group key, the key of its operator (the first group key of the component).
 * A suggestion for an analyst, never an automatic merge of persons.
 */
export const joinOperators = (groups: ReadonlyArray<{ key: string; identifiers: readonly string[] }>): Map<string, string> => {
  const uf = createUnionFind(groups.length);
  const firstWith = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const id of g.identifiers) {
      const seen = firstWith.get(id);
      if (seen === undefined) firstWith.set(id, i);
      else uf.union(seen, i);
    }
  });
  const out = new Map<string, string>();
  const rootKey = new Map<number, string>();
  groups.forEach((g, i) => {
    const root = uf.find(i);
    if (!rootKey.has(root)) rootKey.set(root, g.key);
    out.set(g.key, rootKey.get(root) as string);
  });

  return out;
};
