import PDFDocument from 'pdfkit';
import { pdfSafe } from '../../cases/index.ts';
import type { PoliceContent } from './police-content.ts';

const KIND: Record<string, string> = { ad_text: 'advertentietekst', age_disclosure: 'leeftijd noemen', clarification: 'verduidelijking', warning: 'waarschuwing', help_only: 'alleen hulp', closing: 'afsluitende zin' };
const REVIEW: Record<string, string> = { warning: 'Waarschuwing', notification: 'Politiemelding' };
const DECISION: Record<string, string> = { approved: 'goedgekeurd', rejected: 'afgewezen' };

/** UTC as written in the JSON, readable: "2027-03-02 10:00:00 UTC". */
const utc = (iso: string | null) => (iso ? `${iso.replace('T', ' ').slice(0, 19)} UTC` : '—');

/**
 * The police notification as a tagged Dutch PDF (structure tree, headings, paragraphs and lists in
 * reading order), like the handover PDF (cases/handover). It reads the same content object as
 * politiemelding.json; the explicit age disclosure stands out in bold and is named in words, so a
 * screen reader hears it too. The standard fonts turn other scripts into '?': the exact text is in
 * the JSON and transcript.txt next to it.
 */
export const renderPolicePdf = (c: PoliceContent, created: Date): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      tagged: true,
      lang: 'nl-NL',
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: 'Politiemelding lokprofiel', Author: 'Vangnet', Subject: 'Signaal aan de politie na een waarschuwing (art. 251 Sr)', CreationDate: created },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const root = doc.struct('Document');
    doc.addStructure(root);
    const h = (tag: 'H1' | 'H2', text: string) =>
      root.add(
        doc.struct(tag, {}, () => {
          doc.font('Helvetica-Bold').fontSize(tag === 'H1' ? 18 : 13).moveDown(tag === 'H1' ? 0 : 0.6).text(pdfSafe(text)).moveDown(0.3);
        }),
      );
    const p = (text: string) =>
      root.add(
        doc.struct('P', {}, () => {
          doc.font('Helvetica').fontSize(10).text(pdfSafe(text || '—')).moveDown(0.2);
        }),
      );
    const list = (items: { text: string; bold?: boolean }[]) => {
      if (items.length === 0) return p('Niets vastgelegd.');
      const l = doc.struct('L');
      root.add(l);
      for (const item of items)
        l.add(
          doc.struct('LI', {}, () => {
            doc.font(item.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).text(pdfSafe(`• ${item.text}`), { indent: 8 }).moveDown(0.15);
          }),
        );
      l.end();
    };
    const who = (id: string | null) => (id ? (c.staff[id] ?? id) : '—');
    const conv = c.conversation;

    h('H1', 'Politiemelding lokprofiel');
    p(c.framing);
    p(`Kenmerk van de politie: ${conv.policeReference ?? '—'}. Gesprek ${conv.id}. Opgesteld ${utc(created.toISOString())}.`);

    h('H2', 'Het gesprek');
    list([
      { text: `Platform: ${conv.platform}` },
      { text: `Opgegeven leeftijd van het lokprofiel (vast voor dit gesprek): ${conv.statedAge}` },
      { text: `Eerste bericht van de afzender: ${utc(conv.openedAt)} (het lokprofiel begint nooit zelf)` },
      { text: `Expliciete leeftijdsmelding: ${utc(conv.disclosedAt)}, bericht ${conv.disclosureMessageId ?? '—'}` },
      { text: `Waarschuwing verstuurd: ${utc(conv.warnedAt)}` },
      { text: `Bewijs vastgezet: ${utc(conv.frozenAt)}, SHA-256 van de keten ${conv.frozenHash ?? '—'}` },
      { text: `Herhaalde afzender (ook bij een ander lokprofiel): ${conv.repeatResponder ? 'ja' : 'nee'}` },
      { text: `Beeld ontvangen: ${conv.imageReceived ? 'ja — niet opgeslagen, niet geopend, alleen naam en grootte vastgelegd' : 'nee'}` },
    ]);

    h('H2', 'Het lokprofiel zoals gepubliceerd');
    const d = c.decoyAsPublished;
    if (d) {
      list([
        { text: `${d.name}: ${d.platform}, ${d.handle}, ${d.url}` },
        { text: `Opgegeven leeftijd: ${d.statedAge}` },
        { text: `Gepubliceerde tekst (script ${d.adScriptVersionId}, versie ${d.adScriptVersion ?? '?'}): ${d.text ?? '—'}` },
        { text: `Beeld: ${d.imageProvenance === 'adult_model' ? `volwassen model met toestemming (${d.imageConsentRef ?? ''}); Vangnet bewaart geen beeld` : 'geen beeld'}` },
        { text: `Live vanaf ${utc(d.liveFrom)}${d.endedAt ? `, beëindigd ${utc(d.endedAt)}` : ''}` },
        { text: `Juridische notitie: ${d.legalBasisNote}` },
      ]);
    } else p('Het profiel bestaat niet meer.');

    h('H2', 'De afzender');
    const r = c.responder;
    list(
      [
        { text: `Naam of handle: ${r.handle}` },
        r.url ? { text: `Profiellink: ${r.url}` } : null,
        r.phone ? { text: `Telefoonnummer: ${r.phone}` } : null,
        r.email ? { text: `E-mailadres: ${r.email}` } : null,
      ].filter((x): x is { text: string } => x !== null),
    );
    p(`Hoe verkregen: ${r.howObtained}`);

    h('H2', 'Volledig gesprek');
    p('Tijden in UTC. AFZENDER is de man die reageerde, LOKPROFIEL het lokprofiel. De expliciete leeftijdsmelding staat vet en is benoemd.');
    list(
      c.transcript.map((m) => ({
        bold: m.isDisclosure,
        text: [
          `#${m.seq}`,
          utc(m.at),
          m.direction === 'in' ? 'AFZENDER' : 'LOKPROFIEL',
          m.isDisclosure ? 'EXPLICIETE LEEFTIJDSMELDING:' : '',
          m.afterWarning ? '(na de waarschuwing, niet beantwoord)' : '',
          m.text.replace(/\s+/g, ' '),
          m.media ? `[beeld niet opgeslagen: ${m.media.name}, ${m.media.type ?? ''}, ${m.media.size ?? 0} bytes]` : '',
          m.scriptVersionId ? `— script ${m.scriptVersionId}, goedgekeurd door ${who(m.approverId)}` : '',
          `— bericht-id ${m.platformMessageId}, SHA-256 ${m.sha256}`,
        ]
          .filter(Boolean)
          .join(' '),
      })),
    );

    h('H2', 'Bewijs van passiviteit: gebruikte scripts');
    p(c.passivity.statement);
    list(c.passivity.templates.map((s) => ({ text: `${s.id}: ${KIND[s.kind] ?? s.kind}, variant ${s.variant}, versie ${s.version}, goedgekeurd ${utc(s.approvedAt)} door ${who(s.approvedBy)}` })));

    h('H2', 'Vier ogen');
    list(
      c.fourEyes.map((f) => ({
        text: `${REVIEW[f.kind] ?? f.kind}: voorgesteld door ${who(f.proposedBy)} op ${utc(f.proposedAt)}; ${f.decision ? `${DECISION[f.decision] ?? f.decision} door ${who(f.decidedBy)} op ${utc(f.decidedAt)}: ${f.reason ?? ''}` : 'nog niet besloten'}. ${Object.entries(f.details)
          .filter(([, v]) => v)
          .map(([k, v]) => `${k}: ${v}`)
          .join('; ')}`,
      })),
    );

    h('H2', 'Bewaarketen');
    list(c.custodyLog.map((e) => ({ text: `${e.seq}. ${utc(e.at)} ${e.actor}: ${e.action} (hash ${e.hash})` })));

    h('H2', 'Controle');
    p('manifest.json noemt van elk bestand in dit pakket de SHA-256; manifest.sig is de Ed25519-handtekening. Controleer met: vangnet verify-package <bestand.zip>. De exacte tekst van elk bericht staat in politiemelding.json en transcript.txt.');

    root.end();
    doc.end();
  });
