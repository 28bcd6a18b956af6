import { Unzlib } from 'fflate';
import { AppError } from '../../errors';
import { formatBytes } from './decode-text';

/**
 * A decompression budget for PDFs, checked before pdf.js sees the file. pdf.js inflates a
 * content stream whole, in typed arrays outside the V8 heap (so the reader worker's heap limit
 * does not bound it): a 1 MB PDF holding a 1 GB stream took 2.2 GB and 17 s. Here every
 * compressed stream that text extraction may decode (content, object, font and form streams;
 * images are skipped: pdf.js does not decode them for text) is inflated in small slices and
 * counted, and the file is refused as soon as the total passes the budget; nothing inflated
 * is kept. fflate's streaming Unzlib is used because it inflates slice by slice in this thread
 * (node:zlib has no synchronous streaming form).
 *
 * The stream dictionary is read from the text between the object header and `stream`; the
 * data's length from a direct or an indirect /Length (else up to `endstream`). ASCIIHex and
 * ASCII85 layers before Flate are undone first, so a filter chain cannot hide a bomb.
 */
export const MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024;

/** Compressed bytes pushed per step: bounds what one step can inflate to (~1032x, deflate's maximum ratio). */
const SLICE = 16 * 1024;

export function checkPdfInflatedSize(pdf: Buffer, label: string, budget = MAX_PDF_INFLATED_BYTES): void {
  const text = pdf.toString('latin1');
  const lengths = indirectLengths(text);
  let total = 0;
  const stream = /\bstream\r?\n/g;
  for (let m = stream.exec(text); m; m = stream.exec(text)) {
    const start = m.index + m[0].length;
    const header = text.lastIndexOf(' obj', m.index);
    const dict = text.slice(header < 0 ? Math.max(0, m.index - 4096) : header, m.index);
    const filters = filtersOf(dict);
    if (!filters.includes('FlateDecode') || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    const end = dataEnd(text, dict, start, lengths);
    total += inflatedSize(decodeLayers(pdf.subarray(start, end), filters), budget - total);
    if (total > budget) {
      throw new AppError(
        'TOO_LARGE',
        `${label} unpacks to more than ${formatBytes(budget)} of page data, far more than its text needs; it may be built to exhaust memory. Open it in a PDF program and print it to a new PDF, or paste its text.`,
      );
    }
    stream.lastIndex = end;
  }
}

function filtersOf(dict: string): string[] {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!m) return [];
  return [...m[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((f) => ({ Fl: 'FlateDecode', AHx: 'ASCIIHexDecode', A85: 'ASCII85Decode' })[f[1]!] ?? f[1]!);
}

/** "N G obj <integer> endobj" objects, for /Length N G R. */
function indirectLengths(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/\b(\d+)\s+(\d+)\s+obj\s*(\d+)\s*endobj/g)) out.set(`${m[1]} ${m[2]}`, Number(m[3]));
  return out;
}

function dataEnd(text: string, dict: string, start: number, lengths: Map<string, number>): number {
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const indirect = /\/Length\s+(\d+)\s+(\d+)\s+R/.exec(dict);
  const length = indirect ? lengths.get(`${indirect[1]} ${indirect[2]}`) : direct ? Number(direct[1]) : undefined;
  if (length !== undefined && start + length <= text.length) return start + length;
  const end = text.indexOf('endstream', start);
  return end < 0 ? text.length : end;
}

/** Undoes the ASCII layers that come before Flate in the filter chain. */
function decodeLayers(data: Uint8Array, filters: readonly string[]): Uint8Array {
  let out = data;
  for (const filter of filters) {
    if (filter === 'FlateDecode') break;
    if (filter === 'ASCIIHexDecode') out = asciiHex(out);
    else if (filter === 'ASCII85Decode') out = ascii85(out);
    else break; // another layer first (LZW, a crypt filter): left to pdf.js and the reader's own budget
  }
  return out;
}

/** Bytes the zlib data inflates to, counting stops just past `remaining`; damaged data counts what came out. */
function inflatedSize(data: Uint8Array, remaining: number): number {
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && size <= remaining; at += SLICE) {
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    }
  } catch {
    // A damaged stream: pdf.js decodes what it can, which is what was counted.
  }
  return size;
}

function asciiHex(data: Uint8Array): Uint8Array {
  const digits = Buffer.from(data).toString('latin1').split('>')[0]!.replace(/[^0-9A-Fa-f]/g, '');
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}

function ascii85(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1').split('~>')[0]!.replace(/[^!-uz]/g, '');
  const zeros = text.split('z').length - 1;
  const out = Buffer.alloc(zeros * 4 + Math.ceil((text.length - zeros) / 5) * 4);
  let size = 0;
  let value = 0;
  let digits = 0;
  const emit = (count: number) => {
    for (let i = 0; i < count; i++) out[size++] = Math.floor(value / 256 ** (3 - i)) % 256;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7a && digits === 0) {
      size += 4; // "z": four zero bytes (the buffer starts zeroed)
      continue;
    }
    value = value * 85 + (c - 33);
    if (++digits === 5) {
      emit(4);
      value = 0;
      digits = 0;
    }
  }
  if (digits > 1) {
    const count = digits - 1;
    for (; digits < 5; digits++) value = value * 85 + 84;
    emit(count);
  }
  return out.subarray(0, size);
}
