import type { Child } from 'hono/jsx';

/**
 * Every table on a staff page goes in here (issue 14 finding 17). On a 360 px phone a wide table
 * scrolls sideways inside this region instead of making the whole page wider. A keyboard user must
 * be able to scroll it too, so the region can take focus (tabindex 0); a focusable region needs a
 * name, which is the table's heading (labelledBy: its id) or a label of its own.
 */
export const TableRegion = ({ label, labelledBy, children }: ({ label: string; labelledBy?: undefined } | { labelledBy: string; label?: undefined }) & { children: Child }) => (
  <div class="vn-table-wrap" tabindex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
    {children}
  </div>
);
