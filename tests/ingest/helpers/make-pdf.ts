import PDFDocument from 'pdfkit';

/** A real PDF (pdfkit, standard Helvetica) with one paragraph per string. */
export function makePdf(paragraphs: string[]): Promise<Buffer> {
  return new Promise((resolvePdf, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Test article', CreationDate: new Date(Date.UTC(2024, 6, 28)) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolvePdf(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const p of paragraphs) doc.fontSize(11).text(p, { width: 480 }).moveDown();
    doc.end();
  });
}
