import { municipalityName } from '../../../app/cbs-municipalities.ts';
import { csvCell } from '../checklist/checklist-csv.ts';
import type { Dashboard } from './load-dashboard.ts';
import { formatTotal } from './suppress.ts';

/** The dashboard as CSV: the same suppressed numbers as on the page (a CSV never shows more). */
export const dashboardCsv = (d: Dashboard, title: string): string => {
  const rows: string[][] = [['gebied', 'cijfer', 'maand', 'gemeente', 'aantal']];
  for (const s of d.sections) {
    for (const f of s.figures) {
      if (!f.hasData) {
        rows.push([title, f.label.nl, '', '', 'nog geen gegevens']);
        continue;
      }
      rows.push([title, f.label.nl, `${d.months[0]}..${d.months[d.months.length - 1]}`, '', formatTotal(f.total, 'nl')]);
      for (const m of f.months) rows.push([title, f.label.nl, m.month, '', formatTotal(m.total, 'nl')]);
      for (const p of f.places) if (p.total.n > 0) rows.push([title, f.label.nl, '', `${municipalityName(p.code)} (${p.code})`, formatTotal(p.total, 'nl')]);
    }
  }

  return `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
};
