import { stripControlCharacters } from '../../../common/primitives';
import { AppError } from '../../errors';

/** Larger text than this is not a meeting summary; refusing early keeps memory bounded. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/**
 * Decodes bytes that should be text, refusing what is not: empty input, binary data (NUL
 * bytes, control characters), or something too large. UTF-8 is expected; legacy
 * Windows-1252 files are read too. `label` names the input in messages.
 */
export function decodeText(bytes: Uint8Array, label: string, limit = MAX_TEXT_BYTES): string {
  if (bytes.length > limit) {
    throw new AppError('TOO_LARGE', `${label} is ${formatBytes(bytes.length)}; the limit for one summary is ${formatBytes(limit)}. Split it or import the relevant part.`);
  }
  if (bytes.length === 0) throw new AppError('EMPTY_INPUT', `${label} is empty (0 bytes): there is no text to import.`);
  const utf16 = utf16Of(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, label);
  if (bytes.includes(0) || controlShare(bytes) > 0.01) {
    throw new AppError('BINARY_INPUT', `${label} is not text (it contains binary data). Import a .txt, .md, .html, .docx or .pdf file.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8 but free of binary bytes: a legacy Windows-1252 file (Word's "plain text" on Western systems).
    text = decodeWindows1252(bytes);
  }
  // A stray control character or two (not enough to call the file binary) is dropped: see CONTROL_CHARACTERS.
  text = stripControlCharacters(text.replace(/^\uFEFF/, ''));
  if (!text.trim()) throw new AppError('EMPTY_INPUT', `${label} is empty: there is no text to import.`);
  return text;
}

// Windows-1252's 0x80-0x9F (Node's decoder treats the label as Latin-1 and leaves these as C1 controls).
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Notepad's "Unicode" (UTF-16 with a byte order mark), little or big endian. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', label: string): string {
  const binary = () => new AppError('BINARY_INPUT', `${label} is not text (it contains binary data). Import a .txt, .md, .html, .docx or .pdf file.`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw binary();
  }
  const sample = text.slice(0, 65_536);
  const controls = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && (sample.includes('\u0000') || controls / sample.length > 0.01)) throw binary();
  text = stripControlCharacters(text);
  if (!text.trim()) throw new AppError('EMPTY_INPUT', `${label} is empty: there is no text to import.`);
  return text;
}

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}

/** Share of C0 control characters other than tab, line feed, form feed and carriage return. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65_536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  return controls / n;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
