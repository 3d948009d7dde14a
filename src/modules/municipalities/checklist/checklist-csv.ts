import type { ChecklistAnswers } from './answers.ts';
import { answerLabels, THEMES } from './checklist-content.ts';

/** A cell that a spreadsheet will not run as a formula (=, +, -, @ first), quoted for CSV. */
export const csvCell = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

  return `"${safe.replace(/"/g, '""')}"`;
};

/** The answers as CSV (semicolon-separated, as Dutch spreadsheets expect), with a BOM for Excel. */
export const checklistCsv = (answers: ChecklistAnswers): string => {
  const rows = [['thema', 'vraag', 'antwoord', 'toelichting']];
  for (const theme of THEMES) {
    for (const q of theme.questions) {
      const a = answers[q.id];
      rows.push([theme.title.nl, q.text.nl, a?.answer ? (answerLabels[a.answer as keyof typeof answerLabels]?.nl ?? '') : '', a?.note ?? '']);
    }
  }

  return `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
};
