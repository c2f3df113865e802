import type PDFKit from 'pdfkit';
import type { ReadableExport, ReadableFact } from './readable-export.service';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const labelOf = (fact: { label: string; en: string | null }) => (fact.en ? `${fact.label} / ${fact.en}` : fact.label);

const INTRO =
  'Nach Art. 15 DSGVO haben Sie das Recht zu erfahren, welche Daten über Sie gespeichert sind, wozu, auf welcher Rechtsgrundlage, ' +
  'an wen sie gehen und wie lange sie aufbewahrt werden. Hier steht alles, was der Integrations-Hub über Sie gespeichert hat. ' +
  'Sie können die Berichtigung (Art. 16), die Löschung (Art. 17) oder die Einschränkung (Art. 18) verlangen und sich bei der ' +
  'Aufsichtsbehörde beschweren (Art. 77): dem Landesbeauftragten für den Datenschutz und die Informationsfreiheit Baden-Württemberg.';

/** The readable export as one self-contained HTML page (no scripts, no external resources). */
export function readableExportHtml(document: ReadableExport): string {
  const parts: string[] = [
    '<!doctype html><html lang="de"><head><meta charset="utf-8">',
    `<title>Auskunft nach Art. 15 DSGVO: ${escape(document.subjectName)}</title>`,
    '<style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto;line-height:1.4}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{width:40%;font-weight:normal;color:#444}.meta{color:#444;font-size:.9rem}</style>',
    '</head><body>',
    `<h1>Auskunft nach Art. 15 DSGVO</h1><p><strong>${escape(document.subjectName)}</strong><br>Stelle: ${escape(document.agencyName)}<br>Stand: ${escape(document.exportedAt)}</p>`,
    `<p>${escape(INTRO)}</p>`,
  ];
  for (const section of document.sections) {
    parts.push(`<section><h2>${escape(labelOf({ label: section.title, en: section.en }))}</h2>`);
    parts.push(`<p class="meta">Zweck: ${escape(section.purpose)}<br>Rechtsgrundlage: ${escape(section.legalBasis.join('; '))}<br>Empfänger: ${escape(section.recipients.join('; '))}<br>Speicherdauer: ${escape(section.retention)}</p>`);
    if (section.rows.length === 0) parts.push('<p>Keine Einträge.</p>');
    for (const row of section.rows) parts.push(`<table>${row.map((fact: ReadableFact) => `<tr><th>${escape(labelOf(fact))}</th><td>${escape(fact.value)}</td></tr>`).join('')}</table>`);
    parts.push('</section>');
  }
  parts.push('<section><h2>Wer Ihre Daten wann und wozu verarbeitet hat</h2>');
  if (document.processing.length === 0) parts.push('<p>Keine Einträge.</p>');
  else {
    parts.push('<table><tr><th>Zeitpunkt</th><th>Wer</th><th>Vorgang</th><th>Zweck</th><th>Was</th></tr>');
    for (const entry of document.processing) parts.push(`<tr><td>${escape(entry.when)}</td><td>${escape(entry.who)}</td><td>${escape(entry.action)}</td><td>${escape(entry.purpose)}</td><td>${escape(entry.what)}</td></tr>`);
    parts.push('</table>');
  }
  if (document.processingTruncated) parts.push('<p>Es gibt weitere, ältere Einträge; die Datenschutzbeauftragte der Stelle gibt sie Ihnen auf Nachfrage.</p>');
  parts.push('</section></body></html>');
  return parts.join('\n');
}

/**
 * The same as a PDF (pdfkit, standard fonts: Latin script with German umlauts; characters outside
 * WinAnsi, e.g. Arabic script in a name, do not render there, use the HTML page).
 */
export async function readableExportPdf(document: ReadableExport): Promise<Buffer> {
  // Loaded at the first export, not at start-up (pdfkit and its fonts take a good tenth of a second).
  const { default: PDFDocument }: { default: typeof PDFKit } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Auskunft nach Art. 15 DSGVO: ${document.subjectName}`, Author: document.agencyName } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.font('Helvetica-Bold').fontSize(16).text('Auskunft nach Art. 15 DSGVO');
    pdf.fontSize(13).text(document.subjectName);
    pdf.font('Helvetica').fontSize(10).text(`Stelle: ${document.agencyName}`).text(`Stand: ${document.exportedAt}`).moveDown();
    pdf.fontSize(9).text(INTRO).moveDown();
    for (const section of document.sections) {
      pdf.font('Helvetica-Bold').fontSize(12).text(labelOf({ label: section.title, en: section.en }));
      pdf.font('Helvetica').fontSize(8).fillColor('#444')
        .text(`Zweck: ${section.purpose}`).text(`Rechtsgrundlage: ${section.legalBasis.join('; ')}`)
        .text(`Empfänger: ${section.recipients.join('; ')}`).text(`Speicherdauer: ${section.retention}`).fillColor('black').moveDown(0.5);
      if (section.rows.length === 0) pdf.fontSize(10).text('Keine Einträge.');
      for (const row of section.rows) {
        for (const fact of row) pdf.fontSize(10).font('Helvetica-Bold').text(`${labelOf(fact)}: `, { continued: true }).font('Helvetica').text(fact.value);
        pdf.moveDown(0.5);
      }
      pdf.moveDown();
    }
    pdf.font('Helvetica-Bold').fontSize(12).text('Wer Ihre Daten wann und wozu verarbeitet hat').font('Helvetica').fontSize(9);
    if (document.processing.length === 0) pdf.text('Keine Einträge.');
    for (const entry of document.processing) pdf.text(`${entry.when}: ${entry.who}, ${entry.action}, Zweck: ${entry.purpose}${entry.what ? ` (${entry.what})` : ''}`);
    pdf.end();
  });
}
