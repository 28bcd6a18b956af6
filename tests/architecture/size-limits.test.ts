// The size limits of #15, measured with the TypeScript compiler's own parser: a file is read
// whole by someone changing it, a function must fit on a screen, and a file too small to stand
// alone is a fragment that belongs in its caller (unless it is an entry point something loads
// by name). The limits hold for source code, not for tests, fixtures or declaration files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SOURCE_DIRS = ['electron', 'renderer/src', 'common', 'scripts', 'bench'];
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const MIN_FILE_LINES = 30;

/**
 * Files that may be short because something loads them by path rather than a caller importing
 * them: process and worker entry points (a bundle of their own in scripts/build-node.mjs or
 * vite), and one-file-per-namespace IPC contracts (the renderer imports their types by name).
 */
const ENTRY_POINTS: ReadonlyArray<string | RegExp> = [
  'renderer/src/main.tsx', // the renderer's entry (index.html)
  'electron/preload.ts', // the preload script Electron loads beside each window
  /^electron\/.*-worker\.ts$/, // worker_threads entries (extract, bundle, export)
  /^electron\/ipc\/contracts\/[^/]+\.ts$/, // one contract per IPC namespace
  /^scripts\/[^/]+\.(ts|mjs)$/, // commands run by npm scripts (`node scripts/x.mjs`)
  /^bench\/(?:[^/]+\/)?[^/]+\.mjs$/, // benchmark runners (`npm run bench`, `node bench/books-ui/run-…`)
  'bench/ui/ensure-library.ts', // bundled and run on its own by bench/ui-bench.mjs
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'results') sourceFiles(path, out);
    } else if (/\.(ts|tsx|mts|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function lineCount(text: string): number {
  const lines = text.split('\n');
  return text.endsWith('\n') ? lines.length - 1 : lines.length;
}

function functionName(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  // `const renderBook = () => …` or `{ run: async () => … }`: the name is the binding's.
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) return parent.name.getText(source);
  return '<anonymous>';
}

/** Every function-like node with a body (declarations, expressions, arrows, methods, accessors) over the limit. */
function longFunctions(path: string, text: string): string[] {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.(mjs|cjs)$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const length = last - first + 1;
      if (length > MAX_FUNCTION_LINES) found.push(`${relative(ROOT, path)}:${first + 1} ${functionName(node, source)} (${length} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => ({
  path,
  name: relative(ROOT, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

describe('size limits', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it(`has no source file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.filter((f) => lineCount(f.text) > MAX_FILE_LINES).map((f) => `${f.name} (${lineCount(f.text)} lines)`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines (components and arrow functions too)`, () => {
    expect(files.flatMap((f) => longFunctions(f.path, f.text))).toEqual([]);
  });

  it(`has files under ${MIN_FILE_LINES} lines only where they are entry points`, () => {
    const isEntry = (name: string) => ENTRY_POINTS.some((e) => (typeof e === 'string' ? e === name : e.test(name)));
    const fragments = files.filter((f) => lineCount(f.text) < MIN_FILE_LINES && !isEntry(f.name)).map((f) => `${f.name} (${lineCount(f.text)} lines)`);
    expect(fragments).toEqual([]);
  });

  it('measures what it claims: a long arrow function and a short fragment are caught', () => {
    const arrow = `export const Big = () => {\n${'  work();\n'.repeat(MAX_FUNCTION_LINES)}};\n`;
    expect(longFunctions(join(ROOT, 'renderer/src/Probe.tsx'), arrow)).toEqual([`renderer/src/Probe.tsx:1 Big (${MAX_FUNCTION_LINES + 2} lines)`]);
    expect(longFunctions(join(ROOT, 'renderer/src/Probe.tsx'), `export function Small() {\n  return null;\n}\n`)).toEqual([]);
    expect(lineCount('a\nb\n')).toBe(2);
  });
});
