import PDFDocument from 'pdfkit';
import { pdfSafe } from '../../cases/index.ts';
import type { Answer } from './build-answer.ts';
import { answerText } from './answer-texts.ts';

/** A value of the person's data as one line of text (lists joined, objects as "key: value"). */
const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map(show).join('; ');
  if (typeof v === 'object') return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}: ${show(x)}`).join(', ');
  return String(v);
};

/**
 * The answer to the person as a tagged PDF (structure tree, Dutch, English under each heading):
 * headings, paragraphs and lists in reading order, like the handover PDF (cases/handover). The
 * exact data is in the JSON export next to it; the PDF's standard fonts turn other scripts into '?'.
 */
export const renderAnswerPdf = (answer: Answer): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const t = answerText;
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      tagged: true,
      lang: 'nl-NL',
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: t.title.nl, Author: 'Vangnet', Subject: t.subject, CreationDate: new Date(`${answer.request.answeredOn}T12:00:00Z`) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const root = doc.struct('Document');
    doc.addStructure(root);
    const h = (tag: 'H1' | 'H2', text: string, size: number) =>
      root.add(
        doc.struct(tag, {}, () => {
          doc.font('Helvetica-Bold').fontSize(size).moveDown(tag === 'H1' ? 0 : 0.6).text(pdfSafe(text)).moveDown(0.3);
        }),
      );
    const p = (text: string, italic = false) =>
      root.add(
        doc.struct('P', {}, () => {
          doc.font(italic ? 'Helvetica-Oblique' : 'Helvetica').fontSize(10).text(pdfSafe(text || '—')).moveDown(0.2);
        }),
      );
    const both = (x: { nl: string; en: string }) => {
      p(x.nl);
      p(x.en, true);
    };
    const list = (items: string[]) => {
      const l = doc.struct('L');
      root.add(l);
      for (const item of items)
        l.add(
          doc.struct('LI', {}, () => {
            doc.font('Helvetica').fontSize(10).text(pdfSafe(`• ${item}`), { indent: 8 });
          }),
        );
      l.end();
    };

    h('H1', `${t.title.nl} / ${t.title.en}`, 18);
    both(t.intro(answer.request.kind, answer.request.receivedOn, answer.request.answeredOn));
    h('H2', `${t.givenTitle.nl} / ${t.givenTitle.en}`, 13);
    if (answer.given.length === 0) both(t.nothingGiven);
    answer.given.forEach((r, i) => {
      h('H2', `${i + 1}. ${t.recordType(r.type).nl} (${r.date}) / ${t.recordType(r.type).en}`, 11);
      both(r.purpose);
      if (r.role === 'named') both(t.namedNote);
      list(Object.entries(r.data).map(([k, v]) => `${k}: ${show(v)}`));
    });
    h('H2', `${t.otherTitle.nl} / ${t.otherTitle.en}`, 13);
    both(t.counts(answer.corrected, answer.restricted, answer.erased));
    if (answer.refusedGrounds.length > 0) {
      both(t.refusedIntro);
      list(answer.refusedGrounds.map((g) => `${t.ground(g).nl} / ${t.ground(g).en}`));
    }
    h('H2', `${t.rightsTitle.nl} / ${t.rightsTitle.en}`, 13);
    both(t.rights);
    doc.end();
  });
