import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../errors';

/** Larger text than this is not a meeting summary; refusing early keeps memory bounded. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/**
 * Decodes bytes that should be text, refusing what is not: empty input, binary data (NUL
 * bytes or invalid UTF-8), or something too large. `label` names the input in messages.
 */
export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new AppError('TOO_LARGE', `${label} is ${formatBytes(bytes.length)}; the limit for one summary is ${formatBytes(MAX_TEXT_BYTES)}. Split it or import the relevant part.`);
  }
  if (bytes.includes(0)) {
    throw new AppError('BINARY_INPUT', `${label} is not text (it contains binary data). Import a .txt, .md, .html, .docx or .pdf file.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('BINARY_INPUT', `${label} is not UTF-8 text. Save it as UTF-8, or import the original document.`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new AppError('EMPTY_INPUT', `${label} is empty: there is no text to import.`);
  return text;
}

/** Reads a text file with the checks of decodeText, never reading more than the limit. */
export function readTextFile(path: string): string {
  const label = basename(path);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new AppError('UNSUPPORTED_FORMAT', `${path} is a folder; give a file.`);
    size = st.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_NOT_FOUND', `${path}: no such file. Check the path and try again.`);
  }
  if (size > MAX_TEXT_BYTES) {
    throw new AppError('TOO_LARGE', `${label} is ${formatBytes(size)}; the limit for one summary is ${formatBytes(MAX_TEXT_BYTES)}. Split it or import the relevant part.`);
  }
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, 0);
    return decodeText(buffer.subarray(0, read), label);
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
