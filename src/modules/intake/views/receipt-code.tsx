/**
 * A receipt code shown once: each group in its own span that never wraps (theme.css .vn-receipt),
 * with a break chance only between groups, so at 360 px a group is never cut in half.
 */
export const ReceiptCode = ({ receipt }: { receipt: string }) => {
  const groups = receipt.split('-');

  return (
    <code class="vn-secret vn-receipt" data-testid="receipt">
      {groups.map((g, i) => (
        <>
          <span>{i < groups.length - 1 ? `${g}-` : g}</span>
          {i < groups.length - 1 ? <wbr /> : null}
        </>
      ))}
    </code>
  );
};

/** The receipt as typed back: the code element's text without the group markup. */
export const receiptText = (html: string): string | undefined => {
  const inner = /data-testid="receipt"[^>]*>(.*?)<\/code>/s.exec(html)?.[1];

  return inner?.replace(/<[^>]*>/g, '') || undefined;
};
