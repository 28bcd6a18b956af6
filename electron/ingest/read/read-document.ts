import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { stripControlCharacters } from '../../../common/primitives';
import { AppError } from '../../errors';
import { decodeText, formatBytes, MAX_TEXT_BYTES } from './decode-text';
import { MAX_BODY_CHARS } from '../../library/summaries';
import type { DocumentMeta } from './document-meta';
import { readPdf } from './read-pdf';

/**
 * One file in, its text out: the reader is chosen by extension and the content is checked
 * against it (a .pdf must be a PDF, a .docx a zip), sizes are checked from the file system
 * before anything is read, and every refusal is an AppError naming the file and what to do.
 */
export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export interface ReadDocument {
  text: string;
  format: DocumentFormat;
  fileName: string;
  /** What the file declares about itself (HTML meta, Word core properties, PDF Info). */
  meta: DocumentMeta;
}

const FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

export const LIMITS: Record<DocumentFormat, number> = {
  txt: MAX_TEXT_BYTES,
  md: MAX_TEXT_BYTES,
  html: 20 * 1024 * 1024,
  docx: 50 * 1024 * 1024,
  pdf: 50 * 1024 * 1024,
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

export function formatOf(path: string): DocumentFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

export async function readDocument(path: string): Promise<ReadDocument> {
  const fileName = basename(path);
  const format = formatOf(path);
  if (!format) {
    const ext = extname(path) || '(no extension)';
    throw new AppError('UNSUPPORTED_FORMAT', `${fileName}: ${ext} files are not supported. Import .txt, .md, .html, .docx or .pdf.`);
  }
  return parseDocument(readBounded(path, LIMITS[format]), fileName, format);
}

/** Bytes that did not come from a path (a file dropped on the window): same checks, same readers. */
export async function readDocumentBytes(fileName: string, bytes: Buffer): Promise<ReadDocument> {
  const format = formatOf(fileName);
  if (!format) {
    throw new AppError('UNSUPPORTED_FORMAT', `${fileName}: ${extname(fileName) || '(no extension)'} files are not supported. Import .txt, .md, .html, .docx or .pdf.`);
  }
  checkSize(fileName, bytes, format);
  return parseDocument(bytes, fileName, format);
}

/** Refuses bytes that are empty or over the limit for their format (readBounded's checks, for bytes in hand). */
export function checkSize(fileName: string, bytes: Buffer, format: DocumentFormat): void {
  if (bytes.length === 0) throw new AppError('EMPTY_INPUT', `${fileName} is empty (0 bytes): there is nothing to import.`);
  if (bytes.length > LIMITS[format]) {
    throw new AppError('TOO_LARGE', `${fileName} is ${formatBytes(bytes.length)}; the limit for this kind of file is ${formatBytes(LIMITS[format])}. Split it or import the relevant part.`);
  }
}

/** Parses bytes already read and size-checked (isolated-read.ts runs this in a worker). */
export async function parseDocument(bytes: Buffer, fileName: string, format: DocumentFormat): Promise<ReadDocument> {
  const parsed = await parseByFormat(bytes, fileName, format);
  // Plain text and web pages were decoded by decodeText, which drops control characters
  // (see CONTROL_CHARACTERS); Word files and PDFs can carry them too.
  const read = format === 'docx' || format === 'pdf' ? { ...parsed, text: stripControlCharacters(parsed.text) } : parsed;
  // A compressed Word file or PDF can hold far more text than its size suggests.
  if (read.text.length > MAX_BODY_CHARS) {
    throw new AppError('TOO_LARGE', `${fileName} holds ${read.text.length.toLocaleString('en')} characters of text; one summary holds at most ${MAX_BODY_CHARS.toLocaleString('en')}. Split it or import the relevant part.`);
  }
  return read;
}

async function parseByFormat(bytes: Buffer, fileName: string, format: DocumentFormat): Promise<ReadDocument> {
  switch (format) {
    case 'txt':
    case 'md':
      return { text: decodeText(bytes, fileName, LIMITS[format]), format, fileName, meta: {} };
    // The HTML and Word readers load linkedom and mammoth (~400 ms): only when such a file comes.
    case 'html': {
      const { readHtml } = await import('./read-html');
      return { ...readHtml(decodeText(bytes, fileName, LIMITS.html), fileName), format, fileName };
    }
    case 'docx': {
      const { readDocx } = await import('./read-docx');
      return { ...(await readDocx(bytes, fileName)), format, fileName };
    }
    case 'pdf':
      return { ...(await readPdf(bytes, fileName)), format, fileName };
  }
}

/** Reads a whole file only after its size passed the limit; a 0-byte file is refused. */
export function readBounded(path: string, limit: number): Buffer {
  const fileName = basename(path);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new AppError('UNSUPPORTED_FORMAT', `${path} is a folder; give a file.`);
    if (!st.isFile()) throw new AppError('UNSUPPORTED_FORMAT', `${fileName} is not a regular file.`);
    size = st.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_NOT_FOUND', `${path}: no such file. Check the path and try again.`);
  }
  if (size === 0) throw new AppError('EMPTY_INPUT', `${fileName} is empty (0 bytes): there is nothing to import.`);
  if (size > limit) {
    throw new AppError('TOO_LARGE', `${fileName} is ${formatBytes(size)}; the limit for this kind of file is ${formatBytes(limit)}. Split it or import the relevant part.`);
  }
  const buffer = Buffer.alloc(size);
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
