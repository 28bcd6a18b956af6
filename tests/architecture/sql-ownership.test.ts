import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * library/ owns every table: no other source file writes one (issue #15). The table names come
 * from the migrations, so a table added later is covered without editing this test. A statement
 * that writes into a table named at run time (`INSERT INTO "${table}"`) counts too: it can only
 * be a library table (or a bundle's, which has the library's schema).
 */
const root = resolve(__dirname, '..', '..');
const migrations = join(root, 'electron', 'library', 'migrations');
const SCANNED = ['electron', 'common', 'scripts'];
const EXEMPT = [join('electron', 'library')];

function libraryTables(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql'))) {
    const sql = readFileSync(join(migrations, file), 'utf8');
    for (const m of sql.matchAll(/CREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?(\w+)"?/gi)) names.add(m[1]!);
  }
  return [...names];
}

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|cjs|js)$/.test(name) ? [path] : [];
  });
}

/** file:line of every write to a library table outside electron/library. */
export function sqlWritesOutsideLibrary(): string[] {
  const tables = libraryTables().join('|');
  const target = `(?:"?\\$\\{|"?(?:main\\.)?(?:${tables})\\b)`;
  const write = new RegExp(
    `\\b(?:(?:INSERT|REPLACE)(?:\\s+OR\\s+\\w+)?\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM)\\s+${target}`,
    'i',
  );
  const found: string[] = [];
  for (const top of SCANNED) {
    for (const file of sourceFiles(join(root, top))) {
      const rel = relative(root, file);
      if (EXEMPT.some((e) => rel.startsWith(e))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (write.test(line)) found.push(`${rel}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
  }
  return found;
}

describe('SQL ownership', () => {
  it('reads the table names from the migrations', () => {
    expect(libraryTables()).toEqual(expect.arrayContaining(['summaries', 'summary_entities', 'entities', 'aliases', 'imports', 'import_journal', 'books', 'book_items']));
  });

  it('finds no INSERT, UPDATE, DELETE or REPLACE on a library table outside electron/library', () => {
    expect(sqlWritesOutsideLibrary()).toEqual([]);
  });
});
