import type { Total } from '../dashboard/suppress.ts';

/**
 * A server-rendered bar chart (no JavaScript). Bars show the shown number (a lower bound for "≥",
 * nothing for "< 5"); the same numbers are in the table beside it, which is what screen readers use.
 */
export const BarChart = ({ id, title, desc, bars }: { id: string; title: string; desc: string; bars: { label: string; total: Total; text: string }[] }) => {
  const width = 640;
  const height = 180;
  const pad = 24;
  const max = Math.max(1, ...bars.map((b) => b.total.n));
  const step = (width - pad) / Math.max(1, bars.length);
  const barWidth = Math.max(2, step * 0.7);

  return (
    <svg class="vn-chart" viewBox={`0 0 ${width} ${height + pad}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <line x1={pad} y1={height} x2={width} y2={height} stroke="#595959" stroke-width="1" />
      {bars.map((b, i) => {
        const h = Math.round((b.total.n / max) * (height - 20));
        const x = pad + i * step;
        return (
          <g>
            <rect x={x} y={height - h} width={barWidth} height={h} fill={b.total.exact ? '#1f5f8b' : '#7fa7c4'} />
            <text x={x + barWidth / 2} y={height + 14} font-size="9" text-anchor="middle" fill="#1a1a1a">
              {b.label.slice(2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
