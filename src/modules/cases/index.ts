export { pdfSafe } from './render-handover-pdf.ts';
