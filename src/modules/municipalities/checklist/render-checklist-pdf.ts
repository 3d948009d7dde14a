import PDFDocument from 'pdfkit';
import { pdfSafe } from '../../cases/index.ts';
import type { ChecklistAnswers, ThemeSummary } from './answers.ts';
import { answerLabels, questionById } from './checklist-content.ts';
import type { ActionRow } from '../queries.ts';

export type ChecklistReport = {
  /** "Gemeente Voorbeeld, 2026" for a saved assessment; a neutral title for the public checklist. */
  heading: string;
  generatedAt: Date;
  answers: ChecklistAnswers;
  summary: ThemeSummary[];
  actions?: ActionRow[];
};

const nlDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const ACTION_STATUS: Record<string, string> = { todo: 'nog te doen', doing: 'bezig', done: 'klaar' };

/**
 * The checklist as a tagged Dutch PDF (PDF/UA-style structure: Document, H1, H2, H3, P, L/LI in
 * reading order; language nl-NL; title shown). Standard fonts, so odd typed text becomes '?' (pdfSafe).
 */
export const renderChecklistPdf = (report: ChecklistReport): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      tagged: true,
      lang: 'nl-NL',
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: pdfSafe(`Checklist loverboyproblematiek: ${report.heading}`), Author: 'Vangnet', Subject: 'Checklist voor gemeenten (NJi)', CreationDate: report.generatedAt },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const root = doc.struct('Document');
    doc.addStructure(root);
    const heading = (tag: 'H1' | 'H2' | 'H3', size: number, text: string) =>
      root.add(doc.struct(tag, {}, () => {
        doc.font('Helvetica-Bold').fontSize(size).moveDown(tag === 'H1' ? 0 : 0.5).text(pdfSafe(text)).moveDown(0.2);
      }));
    const p = (text: string) => root.add(doc.struct('P', {}, () => {
      doc.font('Helvetica').fontSize(10).text(pdfSafe(text)).moveDown(0.2);
    }));
    const list = (items: string[]) => {
      if (items.length === 0) return p('Geen.');
      const l = doc.struct('L');
      root.add(l);
      for (const item of items) l.add(doc.struct('LI', {}, () => {
        doc.font('Helvetica').fontSize(10).text(pdfSafe(`• ${item}`), { indent: 8 });
      }));
      l.end();
    };
    const line = (id: string) => {
      const a = report.answers[id];
      const label = a?.answer ? (answerLabels[a.answer as keyof typeof answerLabels]?.nl ?? '') : 'geen antwoord';
      return `${questionById(id)?.text.nl ?? id} — ${label}${a?.note ? `. Toelichting: ${a.note}` : ''}`;
    };

    heading('H1', 18, `Checklist loverboyproblematiek: ${report.heading}`);
    p(`Gemaakt op ${nlDate.format(report.generatedAt)}. Deze checklist volgt "Hoe pak je loverboyproblematiek aan? Checklist voor gemeenten" van het Nederlands Jeugdinstituut.`);
    const totals = report.summary.reduce((acc, s) => ({ ok: acc.ok + s.inOrder.length, action: acc.action + s.needsAction.length, open: acc.open + s.open.length }), { ok: 0, action: 0, open: 0 });
    p(`In totaal: ${totals.ok} op orde, ${totals.action} actie nodig, ${totals.open} nog niet beantwoord.`);
    for (const s of report.summary) {
      heading('H2', 14, s.theme.title.nl);
      heading('H3', 11, `Op orde (${s.inOrder.length})`);
      list(s.inOrder.map(line));
      heading('H3', 11, `Actie nodig (${s.needsAction.length})`);
      list(s.needsAction.map(line));
      if (s.open.length > 0) {
        heading('H3', 11, `Nog niet beantwoord (${s.open.length})`);
        list(s.open.map(line));
      }
      if (s.needsAction.length > 0) {
        heading('H3', 11, 'Wat kunt u doen?');
        list(s.theme.advice.map((a) => a.nl));
      }
    }
    if (report.actions) {
      heading('H2', 14, 'Actieplan');
      list(report.actions.map((a) => `${a.action} — eigenaar: ${a.owner}${a.dueOn ? `, klaar op ${a.dueOn}` : ''}, ${ACTION_STATUS[a.status] ?? a.status} (vraag: ${questionById(a.questionId)?.text.nl ?? a.questionId})`));
    }

    root.end();
    doc.end();
  });
