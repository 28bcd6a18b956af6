import Database from 'better-sqlite3';
import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AppError, errorMessage } from '../../errors';
import { MAX_BUNDLE_BYTES, type BundleContent } from '../bundle-format';
import { unpackContent, type PackedContent } from './bundle-transfer';
import { checkHeader, refuse, verifyOpened } from './read-bundle';
import { sqliteOptions } from '../../library/native-binding';

/**
 * Verifies a bundle file through a private copy: the sender's file is copied (size-capped
 * first) into a folder only this process uses, and SQLite opens that copy read-only. The
 * original is never opened by SQLite, can change nothing after the check, and no journal or
 * WAL file of the sender's is ever looked at. (Cheaper than reading 500 MB into memory and
 * having SQLite copy it again.) `workDir`, when given, is a private folder the caller
 * created and will remove: a worker stopped mid-way cannot clean up after itself.
 */
export function readBundleFileRaw(path: string, workDir?: string, maxBytes = MAX_BUNDLE_BYTES): PackedContent {
  const fileName = basename(path);
  const size = regularFileSize(path);
  const tooLarge = (n: number) =>
    refuse(fileName, `it is ${Math.round(n / 2 ** 20)} MB, more than the ${Math.round(maxBytes / 2 ** 20)} MB a bundle may be`);
  if (size > maxBytes) throw tooLarge(size);
  const dir = workDir ?? mkdtempSync(join(tmpdir(), 'bbb-bundle-'));
  const copy = join(dir, 'bundle.bblib');
  try {
    copyFileSync(path, copy);
    const copied = statSync(copy).size;
    if (copied > maxBytes) throw tooLarge(copied);
    checkHeader(readHead(copy), copied, fileName);
    return verifyOpened(() => new Database(copy, { readonly: true, fileMustExist: true, ...sqliteOptions() }), fileName, copied);
  } finally {
    if (workDir) rmSync(copy, { force: true });
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The size of the file at `path`, refusing in words what is not a regular file: copying a
 * named pipe would wait for a writer forever, a folder fails deep inside SQLite.
 */
export function regularFileSize(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch (error) {
    throw new AppError('FILE_NOT_FOUND', `Cannot read ${path}: ${errorMessage(error)}.`);
  }
  if (!st.isFile()) {
    throw new AppError('UNSUPPORTED_FORMAT', `${basename(path)} is ${st.isDirectory() ? 'a folder' : 'not a regular file (a device or a pipe)'}, not a bundle. Choose a .bblib file.`);
  }
  return st.size;
}

export function readBundleFile(path: string): BundleContent {
  return unpackContent(readBundleFileRaw(path));
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(100);
    const n = readSync(fd, head, 0, 100, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
