import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBriefing } from '../helpers/run-briefing';
import { tempDir } from '../helpers/temp-library';

const SEED = join(__dirname, '..', '..', '..', 'shared', 'seeds', '000_f3559fb801e34102.txt');
const seedAvailable = existsSync(SEED);

let dir: string;
let cleanup: () => void;
let lib: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('bbb-cli-'));
  lib = join(dir, 'x.sqlite');
});
afterEach(() => cleanup());

/** Everything the library holds, as text, to prove a refused command changed nothing. */
function dump(path: string): string {
  const db = new Database(path, { readonly: true });
  const rows = ['summaries', 'entities', 'aliases', 'summary_entities', 'books', 'imports'].map((t) =>
    JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()),
  );
  db.close();
  return rows.join('\n');
}

function expectOneLineError(run: { code: number; stderr: string; stdout: string }, pattern: RegExp) {
  expect(run.code).toBe(1);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\s+at\s.+:\d+:\d+/);
}

// Each case spawns several real CLI processes: allow for a loaded machine.
const SLOW = { timeout: 180_000 };

describe.runIf(seedAvailable)('briefing add + search on the seed article', SLOW, () => {
  it('stores the seed once when added twice, and search finds exactly one summary', () => {
    const first = runBriefing(['--library', lib, 'add', SEED]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Added [0-9a-f-]{36}: /);
    const second = runBriefing(['--library', lib, 'add', SEED]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/Already in the library/);
    const found = runBriefing(['--library', lib, 'search', 'Vientiane', '--json']);
    expect(found.code, found.stderr).toBe(0);
    const parsed = JSON.parse(found.stdout) as { total: number; results: Array<{ id: string }> };
    expect(parsed.total).toBe(1);
    expect(parsed.results).toHaveLength(1);
  });
});

describe('briefing CLI', SLOW, () => {
  it('adds from standard input and honours BRIEFING_LIBRARY', () => {
    const add = runBriefing(['add', '-', '--json'], { input: 'Ministers met in Astana.\nThey agreed on trade.', env: { BRIEFING_LIBRARY: lib } });
    expect(add.code, add.stderr).toBe(0);
    const { id, status } = JSON.parse(add.stdout) as { id: string; status: string };
    expect(status).toBe('added');
    const show = runBriefing(['--library', lib, 'show', id, '--json']);
    expect(JSON.parse(show.stdout)).toMatchObject({ id, title: expect.stringMatching(/^Ministers met in Astana\.?$/) });
    const list = runBriefing(['--library', lib, 'list']);
    expect(list.stdout).toContain(id);
  });

  it('stops quietly when the reader of its output goes away (briefing show ID | head -1)', () => {
    const body = Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i}: the ministers discussed maritime security in Geneva.`).join('\n');
    const { id } = JSON.parse(runBriefing(['--library', lib, 'add', '-', '--json'], { input: `Ministers meet in Geneva\n${body}` }).stdout) as { id: string };
    const bin = join(__dirname, '..', '..', 'bin', 'briefing.cjs');
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" --library "${lib}" show ${id} | head -1`], { encoding: 'utf8', timeout: 60_000 });
    expect(piped.stdout.trim()).toBe('Ministers meet in Geneva');
    // Before: an EPIPE stack trace on standard error.
    expect(piped.stderr).toBe('');
  });

  it('never prints a control character from the library to the terminal (an ESC in the text)', () => {
    const sentence = 'Ministers met in Geneva on 3 March 2025 to discuss trade. ';
    const add = runBriefing(['--library', lib, 'add', '-', '--json'], { input: `Talks in Geneva\n${sentence.repeat(5)}The envoy said \u001b[2J\u001b]0;pwned\u0007nothing. ${sentence.repeat(5)}` });
    expect(add.code, add.stderr).toBe(0);
    const { id } = JSON.parse(add.stdout) as { id: string };
    const show = runBriefing(['--library', lib, 'show', id]);
    expect(show.stdout).toContain('The envoy said [2J]0;pwnednothing.');
    expect(show.stdout).not.toMatch(/[\u001b\u0007]/);
    // Dropped on the way in (#20), so the library holds none either: JSON shows the same text.
    const json = runBriefing(['--library', lib, 'show', id, '--json']).stdout;
    expect(json).toContain('The envoy said [2J]0;pwnednothing.');
    expect(json).not.toMatch(/\\u001b|\\u0007/);
  });

  it('prints stats as JSON with the documented keys', () => {
    runBriefing(['--library', lib, 'add', '-'], { input: 'A meeting took place.' });
    const stats = runBriefing(['--library', lib, 'stats', '--json']);
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ summaries: 1, forums: 0, actors: 0, themes: 22, books: 0 });
  });

  it('refuses a missing file, binary bytes and an empty file with one line each, changing nothing', () => {
    runBriefing(['--library', lib, 'add', '-'], { input: 'An existing summary.' });
    const before = dump(lib);
    const binary = join(dir, 'random.txt');
    writeFileSync(binary, Buffer.concat([randomBytes(2048), Buffer.from([0])]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const blank = join(dir, 'blank.txt');
    writeFileSync(blank, ' \n\t\n');
    expectOneLineError(runBriefing(['--library', lib, 'add', join(dir, 'missing.txt')]), /missing\.txt: no such file/);
    expectOneLineError(runBriefing(['--library', lib, 'add', binary]), /random\.txt is not text/);
    expectOneLineError(runBriefing(['--library', lib, 'add', empty]), /empty\.txt is empty/);
    expectOneLineError(runBriefing(['--library', lib, 'add', blank]), /blank\.txt is empty/);
    expectOneLineError(runBriefing(['--library', lib, 'add', '-'], { input: Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x01, 0x00, 0x02, 0x00]) }), /Standard input is not/);
    expect(dump(lib)).toBe(before);
  });

  it('answers bad arguments with exit 1 and a hint', () => {
    expectOneLineError(runBriefing(['--library', lib, 'frobnicate']), /Unknown command "frobnicate"/);
    expectOneLineError(runBriefing(['--library', lib, 'search', '--bogus']), /Unknown option '--bogus'/);
    expectOneLineError(runBriefing(['--library', lib, 'search', 'x', '--from', 'yesterday']), /not a date/);
    expectOneLineError(runBriefing(['--library', lib, 'list', '--limit', 'many']), /--limit must be a whole number/);
    expectOneLineError(runBriefing(['--library', lib, 'show', 'no-such-id']), /No summary has id no-such-id/);
    expect(runBriefing([]).code).toBe(1);
    expect(runBriefing(['--help']).code).toBe(0);
  });

  it('refuses a file that is not a library with exit 1, leaving the file alone', () => {
    const notDb = join(dir, 'notes.sqlite');
    writeFileSync(notDb, 'this is not a database at all, just some text that is long enough to have a header');
    const before = readFileSync(notDb);
    expectOneLineError(runBriefing(['--library', notDb, 'stats']), /Cannot open the library .*notes\.sqlite/);
    expect(readFileSync(notDb).equals(before)).toBe(true);
  });

  it('writes a verified backup that opens as a library', () => {
    runBriefing(['--library', lib, 'add', '-'], { input: 'Backed up summary text.' });
    const out = join(dir, 'backup.sqlite');
    const run = runBriefing(['--library', lib, 'backup', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const stats = runBriefing(['--library', out, 'stats', '--json']);
    expect(JSON.parse(stats.stdout).summaries).toBe(1);
  });
});
