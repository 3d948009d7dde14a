import PDFDocument from 'pdfkit';
import { pick } from '../../../web/i18n.ts';
import type { HandoverContent } from './handover-content.ts';
import { casesLabels } from '../texts.ts';

/**
 * The standard PDF fonts only know WinAnsi (Latin-1 plus a few signs). Anything else — emoji, other
 * scripts, control characters typed into a form — becomes '?', so odd text can never break the PDF.
 * The exact text stays in dossier.json next to it.
 */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export const pdfSafe = (text: string): string =>
  [...text.normalize('NFC')].map((c) => (c === '\n' || (c >= ' ' && c <= '~') || (c >= '\u00A0' && c <= '\u00FF') || WIN_ANSI_EXTRA.includes(c) ? c : '?')).join('');

const nlDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const when = (iso: string) => nlDate.format(new Date(iso));

/** A tagged (PDF/UA-style structure), Dutch PDF of the handover: headings, paragraphs, in reading order. */
export const renderHandoverPdf = (content: HandoverContent): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const l = pick(casesLabels, 'nl');
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      tagged: true,
      lang: 'nl-NL',
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: pdfSafe(`Overdrachtsdossier: ${content.dossier.title}`), Author: 'Vangnet', Subject: 'Overdracht aan politie/OM', CreationDate: new Date(content.generatedAt) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const root = doc.struct('Document');
    doc.addStructure(root);
    const h1 = (text: string) => root.add(doc.struct('H1', {}, () => {
      doc.font('Helvetica-Bold').fontSize(18).text(pdfSafe(text)).moveDown(0.5);
    }));
    const h2 = (text: string) => root.add(doc.struct('H2', {}, () => {
      doc.font('Helvetica-Bold').fontSize(13).moveDown(0.6).text(pdfSafe(text)).moveDown(0.2);
    }));
    const p = (text: string) => root.add(doc.struct('P', {}, () => {
      doc.font('Helvetica').fontSize(10).text(pdfSafe(text || '—')).moveDown(0.2);
    }));
    const list = (items: string[]) => {
      if (items.length === 0) return p('Niets vastgelegd.');
      const l2 = doc.struct('L');
      root.add(l2);
      for (const item of items) l2.add(doc.struct('LI', {}, () => {
        doc.font('Helvetica').fontSize(10).text(pdfSafe(`• ${item}`), { indent: 8 });
      }));
      l2.end();
    };

    h1(`Overdrachtsdossier: ${content.dossier.title}`);
    p(`Opgesteld op ${when(content.generatedAt)} voor: ${content.recipient}. Grondslag: ${content.basisText}.`);
    p(`Status: ${l.status[content.dossier.status] ?? content.dossier.status} · Prioriteit: ${l.priority[content.dossier.priority] ?? content.dossier.priority}`);

    h2('Samenvatting');
    p(`Vermoeden: ${l.suspicion[content.dossier.suspicion] ?? content.dossier.suspicion}`);
    p(content.dossier.summary);

    h2('Meldingen');
    list(content.reports.map((r) => `${r.number}, ontvangen ${when(r.receivedAt)}`));
    if (content.reporterIdentities) {
      h2('Melder (met toestemming van de melder)');
      list(content.reporterIdentities.map((r) => `${r.report}: ${Object.entries(r.identity).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}`));
    } else {
      p('De identiteit van de melder staat niet in dit dossier: de melder gaf daar geen toestemming voor.');
    }

    h2('Personen');
    list(content.people.map((s) => [l.role[s.role] ?? s.role, s.name, s.aliases && `bijnamen: ${s.aliases}`, s.age && `leeftijd: ${s.age}`, s.place, s.description, s.mergedInto && `samengevoegd met ${s.mergedInto}`].filter(Boolean).join(' · ')));

    h2('Signalen');
    list(content.signals.map((s) => `${l.category[s.category] ?? s.category} — ${l.kind[s.kind] ?? s.kind}: ${s.text} (bron: ${s.source}${s.observedOn ? `, ${s.observedOn}` : ''}; vastgelegd door ${s.recordedBy})`));

    h2('Beoordeling: de drie voorwaarden');
    list(content.criteria.map((c) => `${l.criterion[c.criterion] ?? c.criterion} ${l.criterionState[c.state] ?? c.state}.${c.evidence ? ` Onderbouwing: ${c.evidence}` : ''}`));

    // A plain apostrophe: text copied or read aloud from the PDF lost the typographic one (“risicos”).
    h2("Weging van de risico's");
    list(content.risks.map((r) => `${l.risk[r.risk] ?? r.risk}: ${l.severity[r.severity] ?? r.severity}.${r.nature ? ` Aard: ${r.nature}.` : ''}${r.reason ? ` Reden: ${r.reason}` : ''}`));

    h2('Stappenplan');
    list(content.plan.map((s) => `${l.step[String(s.step)] ?? s.step}: ${l.stepState[s.state] ?? s.state}${s.who ? `, ${s.who}` : ''}${s.doneOn ? `, ${s.doneOn}` : ''}${s.decision ? ` — ${s.decision}` : ''}`));

    h2('Tijdlijn');
    list(content.timeline.map((e) => `${when(e.at)} · ${l.event[e.kind.split(':')[0] === 'event' ? (e.kind.split(':')[1] ?? '') : (e.kind.split(':')[0] ?? '')] ?? e.kind}${e.actor ? ` · ${e.actor}` : ''}${e.text && !e.kind.startsWith('event:') ? ` — ${e.text}` : ''}`));

    h2('Bewijsstukken (SHA-256 bij vastleggen)');
    list(content.evidence.map((e) => `${e.title} — ${e.kind}, ${e.sizeBytes} bytes, vastgelegd ${when(e.capturedAt)} door ${e.addedBy}${e.locked ? ' (vergrendeld: alleen hash bewaard)' : ''}. SHA-256: ${e.sha256}`));
    p('De bestanden zelf staan in de map evidence/ van dit pakket. manifest.json noemt van elk bestand de SHA-256; manifest.sig is de Ed25519-handtekening. Controleer met: vangnet verify-package <bestand.zip>.');

    root.end();
    doc.end();
  });
