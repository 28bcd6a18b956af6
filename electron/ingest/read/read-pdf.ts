import { AppError } from '../../errors';
import { compactMeta, metaDay, metaText, type DocumentMeta } from './document-meta';
import { checkPdfInflatedSize } from './pdf-stream-budget';

/**
 * pdfjs-dist 6 calls Promise.withResolvers, which Node gained in 22; Electron's Node has it,
 * plain Node 20 (CLI, tests) does not. This module adds it when it loads, before it loads pdfjs.
 */
interface WithResolvers {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };
}

const P = Promise as unknown as WithResolvers;
if (typeof P.withResolvers !== 'function') {
  P.withResolvers = <T>() => {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

/**
 * PDFs: text only, through pdfjs-dist's legacy build with evaluation of font programs off
 * (isEvalSupported: false, the CVE-2024-4367 mitigation) and no fonts, images or network.
 * Lines are rebuilt from the text items' positions, and a paragraph's hard-wrapped lines
 * are joined again so sentences stay whole.
 */
interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

export const MAX_PDF_PAGES = 500;

export async function readPdf(buffer: Buffer, label: string): Promise<{ text: string; meta: DocumentMeta }> {
  if (buffer.subarray(0, 1024).indexOf('%PDF-') < 0) {
    throw new AppError('UNSUPPORTED_FORMAT', `${label} is not a PDF (it has no PDF header). Check the file, or import it with its real extension.`);
  }
  checkPdfInflatedSize(buffer, label);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs 6 has dropped the code path that compiled font programs with `new Function` (and
  // with it the option); isEvalSupported: false is still passed so an older build stays safe.
  const params = {
    data: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice(),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  };
  const task = pdfjs.getDocument(params as Parameters<typeof pdfjs.getDocument>[0]);
  try {
    const doc = await task.promise.catch((error: unknown) => {
      const name = (error as { name?: string }).name;
      if (name === 'PasswordException') throw new AppError('UNSUPPORTED_FORMAT', `${label} is password-protected. Save an unprotected copy and import that.`);
      throw new AppError('UNSUPPORTED_FORMAT', `${label} is a damaged PDF (${(error as Error).message}). Open it and save or print it to a new PDF.`);
    });
    if (doc.numPages > MAX_PDF_PAGES) throw new AppError('TOO_LARGE', `${label} has ${doc.numPages} pages; the limit is ${MAX_PDF_PAGES}. Import the relevant pages.`);
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      // A damaged page tree (a page that contains itself, a missing object) is the file's
      // fault, said as such, not an internal error.
      const content = await doc
        .getPage(n)
        .then(async (page) => {
          const text = await page.getTextContent();
          page.cleanup();
          return text;
        })
        .catch((error: unknown) => {
          throw new AppError('UNSUPPORTED_FORMAT', `${label} is a damaged PDF (page ${n}: ${(error as Error).message}). Open it and save or print it to a new PDF.`);
        });
      pages.push(pageText(content.items as TextItem[]));
    }
    const text = reflow(pages.join('\n\n'));
    if (!text.trim()) {
      throw new AppError('EMPTY_INPUT', `${label} has no text layer (it may be a scan). Run it through OCR first, or paste the text.`);
    }
    return { text, meta: await pdfMeta(doc) };
  } finally {
    await task.destroy();
  }
}

function pageText(items: TextItem[]): string {
  let out = '';
  let lastY: number | undefined;
  for (const item of items) {
    const y = item.transform?.[5];
    if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2 && !out.endsWith('\n')) out += '\n';
    out += item.str;
    if (item.hasEOL) out += '\n';
    if (y !== undefined) lastY = y;
  }
  return out;
}

/** Joins hard-wrapped lines of one paragraph; a blank line or a finished sentence ends it. */
export function reflow(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && line && !/[.!?:"')\]]$/.test(prev) && /^[\p{Ll}\d(,;"']/u.test(line)) {
      out[out.length - 1] = prev.endsWith('-') && /^\p{Ll}/u.test(line) ? prev.slice(0, -1) + line : `${prev} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  CreationDate?: unknown;
}

/** The Info dictionary's title, author and creation date (a damaged one gives no metadata). */
async function pdfMeta(doc: { getMetadata(): Promise<{ info: unknown }> }): Promise<DocumentMeta> {
  try {
    const info = ((await doc.getMetadata()).info ?? {}) as PdfInfo;
    const str = (v: unknown) => (typeof v === 'string' ? metaText(v) : undefined);
    return compactMeta({ title: str(info.Title), author: str(info.Author), published: metaDay(str(info.CreationDate)) });
  } catch {
    return {};
  }
}
