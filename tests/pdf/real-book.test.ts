import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-library';
import { bandText, fullness, wordBoxes, type BoxPage } from './bbox';

// The "79-article book": resources/samples and tests/fixtures/articles imported by the real CLI
// (dist/cli.cjs, built by scripts/build-node.mjs) and exported three ways by scripts/real-book.mjs,
// with a long marking and a 5,000-character purpose.
const { dir, cleanup } = tempDir('bbb-real-book-');
interface Result { groupBy: string; file: string; pages: number; summaries: number }
let run: { marking: string; results: Result[] };
const books = new Map<string, BoxPage[]>();

beforeAll(() => {
  const out = execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'real-book.mjs'), '--out', dir, '--no-check', '--json'], { encoding: 'utf8' });
  run = JSON.parse(out) as typeof run;
  for (const r of run.results) books.set(r.groupBy, wordBoxes(r.file));
}, 240_000);
afterAll(cleanup);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The last line of a page's text frame, and how tall its words are (headings are set larger). */
function lastLine(page: BoxPage): { text: string; height: number } | undefined {
  const body = page.words.filter((w) => w.y0 > 0.1 * page.height && w.y0 < page.height - 100);
  if (!body.length) return undefined;
  const y = Math.max(...body.map((w) => w.y0));
  const line = body.filter((w) => Math.abs(w.y0 - y) < 2).sort((a, b) => a.x0 - b.x0);
  return { text: line.map((w) => w.text).join(' '), height: Math.max(...line.map((w) => w.y1 - w.y0)) };
}

describe('the 79-article book', { timeout: 120_000 }, () => {
  it('is shorter than before: by forum under 153 pages, by actor under 200', () => {
    const pages = Object.fromEntries(run.results.map((r) => [r.groupBy, r.pages]));
    expect(run.results[0]!.summaries).toBeGreaterThanOrEqual(78);
    expect(pages.forum).toBeLessThan(153);
    expect(pages.actor).toBeLessThan(200);
    expect(pages['forum,theme']).toBeLessThan(153);
  });

  it('carries the whole long marking at the head and foot of every page', () => {
    for (const [groupBy, pages] of books) {
      for (const page of pages) {
        expect(norm(bandText(page, 0, 62)), `${groupBy} p. ${page.number}`).toContain(norm(run.marking));
        expect(norm(bandText(page, page.height - 70, page.height)), `${groupBy} p. ${page.number}`).toContain(norm(run.marking));
      }
    }
  });

  it('has no page under 15% full but the cover and the back cover', () => {
    for (const [groupBy, pages] of books) {
      const sparse = pages.slice(1, -1).filter((p) => fullness(p) < 0.15).map((p) => p.number);
      expect(sparse, groupBy).toEqual([]);
    }
  });

  it('never ends a page with a heading or a label', () => {
    for (const [groupBy, pages] of books) {
      for (const page of pages.slice(1, -1)) {
        const last = lastLine(page);
        if (!last) continue;
        // Body and list text is 10.5 pt (boxes ~14.3 pt tall); titles and headings are 12.5 pt and up.
        expect(last.height, `${groupBy} p. ${page.number} ends with "${last.text}"`).toBeLessThan(16.5);
        expect(last.text, `${groupBy} p. ${page.number}`).not.toMatch(/^(KEY POINTS|NOTES|ALSO UNDER OTHER HEADINGS|PURPOSE)$/);
      }
    }
  });

  it('never repeats a cross-reference line in a row (forum, then theme)', () => {
    const lines = execFileSync('pdftotext', ['-layout', run.results.find((r) => r.groupBy === 'forum,theme')!.file, '-'], { encoding: 'utf8' })
      .split('\n')
      .map(norm)
      .filter((l) => /see p\. \d+$/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (let i = 1; i < lines.length; i++) expect(lines[i], `line ${i}`).not.toBe(lines[i - 1]);
  });
});
