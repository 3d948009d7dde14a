/**
 * The content of an information page as structured blocks, written by staff in a small Markdown
 * dialect in one text field per language:
 *
 *   ## Kop                          → heading
 *   Gewone tekst met **vet** en [een link](/melden)   → text
 *   - punt één                      → list (every line starts with "- ")
 *   >> Meld het online | /melden    → call to action (label | link)
 *   ?? Mag ik anoniem melden?       → question and answer (the lines after the first are the answer)
 *
 * Blocks are separated by an empty line. There is no way to write HTML: text is only ever text,
 * rendered by the JSX escaper (views/blocks.tsx), and links keep only safe schemes. That is why no
 * HTML sanitiser is needed — nothing the editor types is ever passed on as markup.
 */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'cta'; label: string; href: string }
  | { type: 'faq'; question: string; answer: string };

export type LangContent = { title: string; summary: string; source: string; blocks: Block[] };

export type PageContent = { nl: LangContent; en: LangContent };

export const LIMITS = { title: 200, summary: 600, source: 50_000, blocks: 300, reason: 500 } as const;

/** A link target an editor may use: a path on this site, a web address, a phone number or e-mail. */
export const safeHref = (href: string): string | null => {
  const h = href.trim();
  if (/^\/(?!\/)[^\s\\<>"']*$/.test(h)) return h;
  if (/^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[^\s<>"'\\]*)?$/i.test(h)) return h;
  if (/^tel:\+?[0-9][0-9 -]{1,20}$/.test(h)) return h.replace(/ /g, '');
  if (/^mailto:[^\s@<>"']+@[^\s@<>"']+$/.test(h)) return h;

  return null;
};

const parseBlock = (chunk: string): Block => {
  const lines = chunk.split('\n').map((l) => l.trim());
  const first = lines[0] ?? '';
  if (first.startsWith('## ') && lines.length === 1) return { type: 'heading', text: first.slice(3).trim() };
  if (first.startsWith('>> ') && lines.length === 1) {
    const [label = '', href = ''] = first.slice(3).split('|').map((s) => s.trim());
    const safe = safeHref(href);
    if (label && safe) return { type: 'cta', label, href: safe };
  }
  if (first.startsWith('?? ')) return { type: 'faq', question: first.slice(3).trim(), answer: lines.slice(1).join(' ').trim() };
  if (lines.every((l) => l.startsWith('- '))) return { type: 'list', items: lines.map((l) => l.slice(2).trim()) };

  return { type: 'text', text: lines.join(' ') };
};

/** Source text to blocks. Never fails: what is not a known block is text. */
export const parseBlocks = (source: string): Block[] =>
  source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .map(parseBlock);

/** Blocks back to source (for default content written as blocks). */
export const blocksToSource = (blocks: readonly Block[]): string =>
  blocks
    .map((b) => {
      if (b.type === 'heading') return `## ${b.text}`;
      if (b.type === 'list') return b.items.map((i) => `- ${i}`).join('\n');
      if (b.type === 'cta') return `>> ${b.label} | ${b.href}`;
      if (b.type === 'faq') return `?? ${b.question}\n${b.answer}`;
      return b.text;
    })
    .join('\n\n');

export type Inline = { kind: 'text'; text: string } | { kind: 'strong'; text: string } | { kind: 'link'; text: string; href: string };

/** Inline Markdown: **bold** and [text](link). Anything else, and any unsafe link, stays plain text. */
export const parseInline = (text: string): Inline[] => {
  const out: Inline[] = [];
  const re = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] });
    else {
      const href = safeHref(m[3] ?? '');
      out.push(href ? { kind: 'link', text: m[2] ?? '', href } : { kind: 'text', text: m[0] });
    }
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });

  return out;
};

/** Every link target in the content (the link checker reads these). */
export const linksOf = (blocks: readonly Block[]): string[] => {
  const hrefs: string[] = [];
  const fromText = (t: string) => {
    for (const i of parseInline(t)) if (i.kind === 'link') hrefs.push(i.href);
  };
  for (const b of blocks) {
    if (b.type === 'cta') hrefs.push(b.href);
    if (b.type === 'text' || b.type === 'heading') fromText(b.text);
    if (b.type === 'list') b.items.forEach(fromText);
    if (b.type === 'faq') {
      fromText(b.question);
      fromText(b.answer);
    }
  }

  return hrefs;
};

/** Plain words of the content, for search. */
export const plainText = (c: LangContent): string =>
  [
    c.title,
    c.summary,
    ...c.blocks.flatMap((b) => {
      if (b.type === 'list') return b.items;
      if (b.type === 'cta') return [b.label];
      if (b.type === 'faq') return [b.question, b.answer];
      return [b.text];
    }),
  ]
    .join(' ')
    .replace(/\*\*|\[|\]\([^)]*\)/g, ' ');
