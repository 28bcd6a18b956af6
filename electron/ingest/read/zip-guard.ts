import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../errors';
import { formatBytes } from './decode-text';

/**
 * Checks a .docx (a zip) before any library inflates it. The central directory is read here,
 * not trusted blindly: the entry count and the declared sizes are capped, and every part is
 * inflated with a hard output limit equal to its declared size, so a zip bomb (a few KB that
 * inflate to gigabytes, or parts that lie about their size) is refused after at most the cap.
 * XML parts with a DOCTYPE (entity expansion, external entities) are refused too: OOXML never
 * uses one.
 */
export const ZIP_LIMITS = {
  maxEntries: 2000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxEntryUncompressed: 100 * 1024 * 1024,
  maxRatio: 200,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/**
 * Checks the package (see above) and returns its small XML parts by name, so a reader can use
 * metadata parts (docProps/core.xml) without inflating anything a second time.
 */
export function checkZip(buffer: Buffer, label: string): Map<string, Buffer> {
  const entries = centralDirectory(buffer, label);
  const parts = new Map<string, Buffer>();
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : e.uncompressedSize > 0 ? Infinity : 0;
    if (e.uncompressedSize > ZIP_LIMITS.maxEntryUncompressed || total > ZIP_LIMITS.maxTotalUncompressed || (ratio > ZIP_LIMITS.maxRatio && e.uncompressedSize > 1024 * 1024)) {
      throw bomb(label, `it would inflate to more than ${formatBytes(Math.max(total, e.uncompressedSize))}`);
    }
  }
  for (const e of entries) {
    const data = inflateEntry(buffer, e, label);
    if (/\.(xml|rels)$/i.test(e.name) && /<!DOCTYPE/i.test(data.subarray(0, 4096).toString('latin1'))) {
      throw new AppError('UNSUPPORTED_FORMAT', `${label} contains a DOCTYPE declaration (in ${e.name}), which Word documents never use; it was not imported.`);
    }
    if (e.name.startsWith('docProps/') && data.length <= 64 * 1024) parts.set(e.name, data.subarray(0, e.uncompressedSize));
  }
  return parts;
}

function centralDirectory(buffer: Buffer, label: string): ZipEntry[] {
  const notDocx = () => new AppError('UNSUPPORTED_FORMAT', `${label} is not a Word document (.docx): it is not a valid zip package. Open it in Word and save it as .docx.`);
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== LOCAL) throw notDocx();
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65_535); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notDocx();
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw bomb(label, 'it uses the zip64 format, which no Word document needs');
  if (count > ZIP_LIMITS.maxEntries) throw bomb(label, `it holds ${count} files`);
  if (offset + size > buffer.length) throw notDocx();
  // JSZip (inside mammoth) finds the directory by where the end record sits, shifting the offsets
  // when the record's own offset disagrees: a second, hidden directory can be placed so. Only an
  // archive whose directory ends exactly at its end record reads the same to both.
  if (offset + size !== eocd) throw bomb(label, 'its central directory is not where its end record says (a second directory may be hidden in it)');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL) throw notDocx();
    const nameLength = buffer.readUInt16LE(p + 28);
    entries.push({
      method: buffer.readUInt16LE(p + 10),
      compressedSize: buffer.readUInt32LE(p + 20),
      uncompressedSize: buffer.readUInt32LE(p + 24),
      name: buffer.toString('utf8', p + 46, p + 46 + nameLength),
      localOffset: buffer.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
  }
  if (p !== eocd) throw bomb(label, 'its central directory holds more than its end record counts');
  return entries;
}

function inflateEntry(buffer: Buffer, e: ZipEntry, label: string): Buffer {
  const h = e.localOffset;
  if (h + 30 > buffer.length || buffer.readUInt32LE(h) !== LOCAL) {
    throw new AppError('UNSUPPORTED_FORMAT', `${label} is damaged (entry ${e.name}). Open it in Word and save it again.`);
  }
  const start = h + 30 + buffer.readUInt16LE(h + 26) + buffer.readUInt16LE(h + 28);
  const data = buffer.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw bomb(label, `entry ${e.name} lies about its size`);
    return data;
  }
  if (e.method !== 8) throw new AppError('UNSUPPORTED_FORMAT', `${label} uses a zip compression Word does not (method ${e.method} in ${e.name}).`);
  try {
    // One byte of slack: inflating past the declared size proves the entry lies about it.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize + 1) }).subarray(0, e.uncompressedSize + 1);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw bomb(label, `entry ${e.name} inflates beyond its declared size`);
    throw new AppError('UNSUPPORTED_FORMAT', `${label} is damaged (entry ${e.name} cannot be read). Open it in Word and save it again.`);
  }
}

function bomb(label: string, why: string): AppError {
  return new AppError('TOO_LARGE', `${label} was refused as a possible zip bomb: ${why}. Open it in Word and save a fresh copy.`);
}
