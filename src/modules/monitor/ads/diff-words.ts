export type WordChange = { kind: 'same' | 'added' | 'removed'; text: string };

/** Beyond this many differing words on each side the diff says "replaced" instead of aligning (time bound). */
const MAX_ALIGN = 1500;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * A word diff between two versions of an ad text: common words kept, removed and added words marked.
 * The common start and end are cut off first (an ad edit is usually small); the rest is aligned by
 * longest common subsequence, bounded so that a long rewritten text still costs little.
 */
export const diffWords = (before: string, after: string): WordChange[] => {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const out: WordChange[] = [];
  const push = (kind: WordChange['kind'], text: string) => {
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += ` ${text}`;
    else out.push({ kind, text });
  };
  if (start > 0) push('same', a.slice(0, start).join(' '));
  if (midA.length > MAX_ALIGN || midB.length > MAX_ALIGN) {
    if (midA.length > 0) push('removed', midA.join(' '));
    if (midB.length > 0) push('added', midB.join(' '));
  } else {
    // lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
    const n = midA.length;
    const m = midB.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    // On a tie the removed word comes first, as diffs usually read.
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push('same', midA[i++]!);
        j++;
      } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) push('removed', midA[i++]!);
      else push('added', midB[j++]!);
    }
  }
  if (endA < a.length) push('same', a.slice(endA).join(' '));

  return out;
};
