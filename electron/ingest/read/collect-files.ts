import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../errors';
import { formatOf } from './read-document';

/**
 * Expands the paths a user gave (files and folders) into the files to import. Folders are
 * walked recursively in name order; hidden files and folders (".git", ".DS_Store") and, inside
 * folders, files of unsupported types are skipped. A file named directly is always returned,
 * so the import can say why it was refused. Symbolic links to folders are not followed.
 */
export const MAX_FILES = 10_000;

export function collectFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) walk(path, out, 0);
    else out.push(path);
    if (out.length > MAX_FILES) break;
  }
  const files = [...new Set(out)];
  if (files.length > MAX_FILES) {
    // Never a silent cut: the user would not know which files were left out.
    throw new AppError('TOO_LARGE', `These folders hold more than ${MAX_FILES.toLocaleString('en')} files to import; import them in parts (a folder at a time). Nothing was imported.`);
  }
  return files;
}

function walk(dir: string, out: string[], depth: number): void {
  if (depth > 32) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || out.length > MAX_FILES) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out, depth + 1);
    else if (entry.isFile() && formatOf(basename(path))) out.push(path);
  }
}
