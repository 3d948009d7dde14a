import type { Block } from '../pages/blocks.ts';
import { parseInline } from '../pages/blocks.ts';

/** Inline text: only text, <strong> and <a> ever come out, and JSX escapes every character typed. */
export const InlineText = ({ text }: { text: string }) => (
  <>
    {parseInline(text).map((part) => {
      if (part.kind === 'strong') return <strong>{part.text}</strong>;
      if (part.kind === 'link') {
        const external = /^https?:/.test(part.href);
        return (
          <a class="utrecht-link" href={part.href} rel={external ? 'noreferrer' : undefined}>
            {part.text}
          </a>
        );
      }
      return part.text;
    })}
  </>
);

const BlockView = ({ block }: { block: Block }) => {
  if (block.type === 'heading')
    return (
      <h2 class="utrecht-heading-2">
        <InlineText text={block.text} />
      </h2>
    );
  if (block.type === 'list')
    return (
      <ul class="utrecht-unordered-list">
        {block.items.map((item) => (
          <li>
            <InlineText text={item} />
          </li>
        ))}
      </ul>
    );
  if (block.type === 'cta')
    return (
      <p class="utrecht-paragraph">
        <a class="vn-cta" href={block.href} rel={/^https?:/.test(block.href) ? 'noreferrer' : undefined}>
          {block.label}
        </a>
      </p>
    );
  if (block.type === 'faq')
    return (
      <details class="vn-faq">
        <summary>
          <InlineText text={block.question} />
        </summary>
        <p class="utrecht-paragraph">
          <InlineText text={block.answer} />
        </p>
      </details>
    );

  return (
    <p class="utrecht-paragraph">
      <InlineText text={block.text} />
    </p>
  );
};

export const Blocks = ({ blocks }: { blocks: readonly Block[] }) => (
  <>
    {blocks.map((block) => (
      <BlockView block={block} />
    ))}
  </>
);
