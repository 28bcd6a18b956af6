import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../../electron/ingest/read/read-document';
import { checkPdfInflatedSize, MAX_PDF_INFLATED_BYTES } from '../../electron/ingest/read/pdf-stream-budget';
import { makePdf } from './helpers/make-pdf';

/** A one-page PDF whose content stream is `content`, stored with the given filter chain. */
function pdfWithContent(content: Buffer, filters: 'flate' | 'a85-flate' | 'indirect-length'): Buffer {
  let data = deflateSync(content, { level: 9 });
  let filter = '/FlateDecode';
  if (filters === 'a85-flate') {
    data = Buffer.from(ascii85(data), 'latin1');
    filter = '[/ASCII85Decode /FlateDecode]';
  }
  const length = filters === 'indirect-length' ? '6 0 R' : String(data.length);
  const parts: Array<string | Buffer> = [];
  const offsets: number[] = [];
  let size = 0;
  const add = (p: string | Buffer) => {
    parts.push(p);
    size += typeof p === 'string' ? Buffer.byteLength(p, 'latin1') : p.length;
  };
  add('%PDF-1.4\n');
  const objects: Array<Array<string | Buffer>> = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'],
    [`<< /Length ${length} /Filter ${filter} >>\nstream\n`, data, '\nendstream'],
    ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'],
    [String(data.length)],
  ];
  objects.forEach((o, i) => {
    offsets.push(size);
    add(`${i + 1} 0 obj\n`);
    o.forEach(add);
    add('\nendobj\n');
  });
  const xref = size;
  add(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}

function ascii85(data: Buffer): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, i, i + 4);
    let value = chunk.readUInt32BE(0);
    const digits: string[] = [];
    for (let d = 0; d < 5; d++) {
      digits.unshift(String.fromCharCode(33 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, Math.min(4, data.length - i) + 1).join('');
  }
  return `${out}~>`;
}

/** Page text followed by `padding` bytes of spaces: valid content that inflates to that size. */
function content(padding: number): Buffer {
  return Buffer.concat([Buffer.from('BT /F1 12 Tf 72 720 Td (Minister met counterpart) Tj ET\n'), Buffer.alloc(padding, 0x20)]);
}

describe('PDF decompression budget', () => {
  it('refuses, in words, a PDF whose content stream inflates past the budget, before pdf.js decodes it', async () => {
    const bomb = pdfWithContent(content(MAX_PDF_INFLATED_BYTES + 1024 * 1024), 'flate');
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readDocumentBytes('bomb.pdf', bomb)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/^bomb\.pdf unpacks to more than 256\.0 MB of page data.*print it to a new PDF/),
    });
  });

  it('sees through an ASCII85 layer and an indirect /Length', () => {
    const budget = 4 * 1024 * 1024;
    for (const kind of ['a85-flate', 'indirect-length'] as const) {
      expect(() => checkPdfInflatedSize(pdfWithContent(content(budget * 2), kind), `${kind}.pdf`, budget)).toThrow(/unpacks to more than 4\.0 MB/);
      expect(() => checkPdfInflatedSize(pdfWithContent(content(budget / 2), kind), `${kind}.pdf`, budget)).not.toThrow();
    }
  });

  it('still reads an ordinary PDF, and one whose stream is just under the budget', async () => {
    const ordinary = await makePdf(['The ministers met in Vientiane on 27 July 2024 and discussed maritime security.']);
    expect((await readDocumentBytes('ordinary.pdf', ordinary)).text).toContain('Vientiane on 27 July 2024');
    const near = pdfWithContent(content(8 * 1024 * 1024), 'a85-flate');
    expect((await readDocumentBytes('near.pdf', near)).text).toContain('Minister met counterpart');
  });
});
