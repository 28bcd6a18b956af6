import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBriefing } from '../helpers/run-briefing';
import { tempDir } from '../helpers/temp-library';

let dir: string;
let cleanup: () => void;
let lib: string;
const run = (...args: string[]) => runBriefing(['--library', lib, ...args]);

beforeEach(() => {
  ({ dir, cleanup } = tempDir('bbb-briefing-cli-'));
  lib = join(dir, 'lib.sqlite');
});
afterEach(() => cleanup());

function file(name: string, content: string | object): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function setUp(): { book: string; a: string; b: string } {
  const id = (name: string, text: string) => (JSON.parse(run('add', file(name, text), '--json').stdout) as { id: string }).id;
  const a = id('a.txt', 'Lavrov meets Wang Yi\n\nSergey Lavrov met Wang Yi in Vientiane on 25 July 2024.');
  const b = id('b.txt', 'G20 on a wealth tax\n\nThe G20 finance ministers met in Rio on 26 July 2024.');
  const book = (JSON.parse(run('book', 'create', 'EAS week', '--json').stdout) as { id: string }).id;
  expect(run('book', 'add', book, a, b).code).toBe(0);
  return { book, a, b };
}

describe('briefing book note, front and apply', { timeout: 240_000 }, () => {
  it('sets notes from Markdown and JSON files and front matter from JSON; the export prints them', () => {
    const { book, a, b } = setUp();
    const md = file('notes.md', '## Why it matters\nFirst since **July**.\n\n## Points to make\n- We welcome progress\n- A date, please\n');
    expect(run('book', 'note', book, a, '--file', md).stdout).toBe('Notes saved: why it matters, points to make.\n');
    expect(run('book', 'note', book, b, '--file', file('b.json', { ifPressed: 'No change.' })).code).toBe(0);
    const front = { purpose: 'Prepare the Minister.', programme: [{ time: '09:00', item: 'Bilateral', participants: 'Minister', press: 'CLOSED PRESS' }] };
    expect(run('book', 'front', book, '--file', file('front.json', front)).stdout).toMatch(/Front matter saved \(1 programme row\)/);
    const shown = run('book', 'show', book);
    expect(shown.stdout).toMatch(/Front matter: yes \(1 programme row\)/);
    expect(shown.stdout).toContain(`${a}  Lavrov meets Wang Yi`);
    expect(shown.stdout.split('\n').filter((l) => l.includes('[notes]'))).toHaveLength(2);
    const out = join(dir, 'book.pdf');
    expect(run('export', '--book', book, '--out', out, '--reproducible').code).toBe(0);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    for (const piece of ['Overview', 'Prepare the Minister.', 'CLOSED PRESS', 'WHY IT MATTERS', 'We welcome progress', 'IF PRESSED', 'No change.']) expect(text).toContain(piece);
  });

  it('says which file, line and field is wrong, and changes nothing', () => {
    const { book, a } = setUp();
    const bad = run('book', 'note', book, a, '--file', file('bad.md', '## Talking points\nx\n'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.md line 1: "Talking points" is not a notes field; use "## Why it matters"/);
    expect(run('book', 'front', book, '--file', file('f.json', { programme: [{ item: 'x', press: 'P'.repeat(50) }] })).stderr).toMatch(/f\.json: .*field "programme\[0\]\.press": .*at most 40/);
    expect(run('book', 'front', book, '--file', file('broken.json', '{"purpose": ')).stderr).toMatch(/broken\.json is not valid JSON/);
    expect(run('book', 'note', book, 'nope', '--file', file('n.json', { whyItMatters: 'x' })).stderr).toMatch(/has no item nope/);
    const shown = JSON.parse(run('book', 'show', book, '--json').stdout) as { id: string };
    expect(shown.id).toBe(book);
  });

  it('applies front matter and notes from one file, all or nothing', () => {
    const { book, a, b } = setUp();
    const good = { book, front: { keyMessages: 'Stability.' }, notes: [{ summary: a, whyItMatters: 'Tone.' }, { summary: b, ourObjectives: 'A date.' }] };
    const badFile = file('brief-bad.json', { ...good, notes: [...good.notes, { summary: a, pointsToMake: 3 }] });
    const bad = run('book', 'apply', badFile);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/brief-bad\.json: field "notes\[2\]\.pointsToMake": .*Nothing was changed/);
    const out = join(dir, 'before.pdf');
    expect(run('export', '--book', book, '--out', out).code).toBe(0);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).not.toContain('Tone.');
    const applied = run('book', 'apply', file('brief.json', good), '--json');
    expect(JSON.parse(applied.stdout)).toEqual({ bookId: book, front: true, notes: 2 });
    const after = join(dir, 'after.pdf');
    expect(run('export', '--book', book, '--out', after).code).toBe(0);
    const text = execFileSync('pdftotext', [after, '-'], { encoding: 'utf8' });
    for (const piece of ['Stability.', 'Tone.', 'A date.']) expect(text).toContain(piece);
  });
});
