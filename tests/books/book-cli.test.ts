import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBriefing } from '../helpers/run-briefing';
import { tempDir } from '../helpers/temp-library';

let dir: string;
let cleanup: () => void;
let lib: string;
const run = (...args: string[]) => runBriefing(['--library', lib, ...args]);

beforeEach(() => {
  ({ dir, cleanup } = tempDir('bbb-book-cli-'));
  lib = join(dir, 'lib.sqlite');
});
afterEach(() => cleanup());

function addText(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = run('add', file, '--json');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }).id;
}

// Each test runs the real CLI a dozen times; on a busy machine that takes a while.
describe('briefing book and export', { timeout: 240_000 }, () => {
  it('creates a book, adds summaries, shows, lists, exports and deletes it', () => {
    const a = addText('a.txt', 'Lavrov meets Wang Yi\n\nСергей Лавров met Wang Yi in Vientiane on 25 July 2024.');
    const b = addText('b.txt', 'Greek minister in Malta\n\nΟ Γιώργος Γεραπετρίτης spoke at the OSCE in Malta.');
    const created = run('book', 'create', 'Ministerial week', '--classification', 'CONFIDENTIAL', '--group-by', 'forum,theme', '--json');
    expect(created.code).toBe(0);
    const id = (JSON.parse(created.stdout) as { id: string }).id;
    expect(run('book', 'add', id, a, b).stdout).toMatch(/now has 2 items/);
    expect(run('book', 'add', id, 'no-such-summary').stderr).toMatch(/No summary has id no-such-summary/);
    const shown = run('book', 'show', id);
    expect(shown.stdout).toMatch(/Classification: CONFIDENTIAL/);
    expect(shown.stdout).toMatch(/Grouped by forum, then theme/);
    expect(run('book', 'list').stdout).toContain(`${id}  Ministerial week  (2 items, CONFIDENTIAL)`);

    const out = join(dir, 'book.pdf');
    const exported = run('export', '--book', id, '--out', out, '--paper', 'letter', '--reproducible', '--json');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ path: out, summaries: 2 });
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('CONFIDENTIAL');
    expect(text).toContain('Сергей Лавров');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/letter/);
    expect(JSON.parse(exported.stdout)).toMatchObject({ version: 1 });
    expect(text).toContain('Version 1');

    // Each export raises the book's own counter; document control lands on every page.
    const again = run('export', '--book', id, '--out', out, '--reproducible', '--json', '--draft', '--copy-number', '4 of 20', '--handling-caveat', 'Not to be copied');
    expect(JSON.parse(again.stdout)).toMatchObject({ version: 2 });
    const pages = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    for (const page of pages.slice(1, -1)) expect(page).toMatch(/Version 2\s+·\s+1 January 2000\s+·\s+Copy 4 of 20/);
    for (const page of pages) expect(page).toContain('DRAFT');
    expect(pages.at(-1)).toContain('Not to be copied');

    expect(run('book', 'delete', id).stdout).toMatch(/Deleted book/);
    expect(run('book', 'show', id).code).toBe(1);
  });

  it('exports straight from a search, and refuses what it cannot do in one line', () => {
    addText('a.txt', 'Lavrov meets Wang Yi\n\nSergey Lavrov met Wang Yi in Vientiane.');
    addText('b.txt', 'G20 in Rio\n\nLeaders met in Rio de Janeiro.');
    const out = join(dir, 'q.pdf');
    const r = run('export', 'Lavrov', '--out', out, '--title', 'Lavrov file', '--key-points-only', '--group-by', 'actor');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 summaries|pages, 1 summar/);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Lavrov file');
    // The same book as a Word document, chosen by --format or by the file's extension.
    const docx = join(dir, 'q.docx');
    const word = run('export', 'Lavrov', '--out', docx, '--format', 'docx', '--title', 'Lavrov file', '--json');
    expect(word.code).toBe(0);
    expect(JSON.parse(word.stdout)).toMatchObject({ path: docx, format: 'docx', summaries: 1 });
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(run('export', 'Lavrov', '--out', join(dir, 'q2.docx')).code).toBe(0);
    for (const [args, message] of [
      [['export', '--out', join(dir, 'x.pdf'), 'nothing-matches-this'], /No summaries match/],
      [['export', 'Lavrov'], /needs --out/],
      [['export', 'Lavrov', '--out', join(dir, 'x.pdf'), '--group-by', 'colour'], /--group-by must be/],
      [['export', 'Lavrov', '--out', join(dir, 'x.pdf'), '--paper', 'a3'], /--paper must be a4, letter/],
      [['export', '--book', 'nope', '--out', join(dir, 'x.pdf')], /No book has id nope/],
      [['export', 'Lavrov', '--out', join(dir, 'x.pdf'), '--classification', 'S'.repeat(201)], /201 characters long; at most 200/],
      [['export', 'Lavrov', '--out', join(dir, 'x.pdf'), '--actor-groups', 'people'], /--actor-groups takes person, country, organization/],
      [['export', 'Lavrov', '--out', join(dir, 'x.pdf'), '--format', 'docx'], /--out should name a .docx file/],
      [['export', 'Lavrov', '--out', join(dir, 'x.pdf'), '--format', 'rtf'], /--format is pdf or docx/],
    ] as const) {
      const refused = run(...args);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('duplicates a book: "<title> (copy)" with its settings and items; a missing id is refused in words', () => {
    const a = addText('a.txt', 'Lavrov meets Wang Yi\n\nLavrov met Wang Yi in Vientiane on 25 July 2024.');
    const b = addText('b.txt', 'G20 in Rio\n\nThe G20 leaders met in Rio de Janeiro on 18 November 2024.');
    const created = run('book', 'create', 'Ministerial week', '--classification', 'CONFIDENTIAL', '--paper', 'letter', '--json');
    const id = (JSON.parse(created.stdout) as { id: string }).id;
    run('book', 'add', id, b, a);
    const copied = run('book', 'duplicate', id);
    expect(copied.code).toBe(0);
    const copyId = copied.stdout.match(/^Created book (\S+): Ministerial week \(copy\) \(2 items\)$/m)?.[1];
    expect(copyId).toBeDefined();
    const copy = JSON.parse(run('book', 'show', copyId!, '--json').stdout) as { title: string; classification: string; itemIds: string[]; options: { paper: string } };
    expect(copy).toMatchObject({ title: 'Ministerial week (copy)', classification: 'CONFIDENTIAL', itemIds: [b, a], options: { paper: 'letter' } });
    expect(run('book', 'list').stdout).toContain(`${id}  Ministerial week  (2 items, CONFIDENTIAL)`);
    expect(run('book', 'duplicate').stderr).toMatch(/book duplicate takes a BOOK_ID/);
    const missing = run('book', 'duplicate', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No book has id nope/);
  });
});
