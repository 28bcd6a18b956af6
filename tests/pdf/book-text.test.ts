import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookEntry } from '../../electron/books/book-types';
import { buildLayoutPlan } from '../../electron/books/layout-plan';
import { tempDir } from '../helpers/temp-library';
import { renderTo, settings } from './book-fixture';
import { readPdf, type ParsedPdf } from './read-pdf';

const { dir, cleanup } = tempDir('bbb-text-');
const KEY = 'Ministers agreed to hold a field exercise on humanitarian assistance in 2025';
const OWN_POINT = 'Our ambassador should raise the detained fishermen.';
const URL = 'https://www.example.org/en/press-releases/2025/07/11/joint-communique-of-the-58th-asean-foreign-ministers-meeting-final-version';

const entry: BookEntry = {
  id: 'text-0001',
  title: 'ASEAN foreign ministers meet in Kuala Lumpur',
  meetingDate: '2025-07-11',
  city: 'Kuala Lumpur',
  country: 'Malaysia',
  sourceName: 'h15.txt',
  sourceUrl: null,
  publishedDate: null,
  sourceAuthor: null,
  body: `The ministers met for two days. ${KEY}. The communique is at ${URL}, the chair said.\n\nThe meeting closed on Friday.`,
  keyPoints: [`${KEY}.`, OWN_POINT],
  notes: '',
  language: 'en',
  primaryForum: 'ASEAN',
  forums: ['ASEAN'],
  actors: ['China', 'Malaysia'],
  actorDetails: [{ name: 'China', type: 'country', aliases: [] }, { name: 'Malaysia', type: 'country', aliases: [] }],
  themes: ['Maritime security'],
};
const published: BookEntry = { ...entry, id: 'text-0002', title: 'Readout of the EAS', sourceName: 'Bernama', sourceAuthor: 'Ahmad Rahman', publishedDate: '2025-07-12', sourceUrl: "https://bernama.com/en/news.php?id=1", keyPoints: [], body: "Leaders of the East Asia Summit met." };

let path: string;
let pdf: ParsedPdf;
let text: string;
let tree: string;
beforeAll(async () => {
  ({ path } = await renderTo(dir, 'text.pdf', buildLayoutPlan(settings(), [entry, published])));
  pdf = await readPdf(path);
  text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  tree = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8' });
});
afterAll(async () => {
  await pdf?.close();
  cleanup();
});

const count = (haystack: string, needle: string) => haystack.replace(/\s+/g, ' ').split(needle).length - 1;

describe('the text of a summary', () => {
  it('prints a key point taken from the body once (in the body), and lists only the points the body lacks', () => {
    expect(count(text, KEY)).toBe(1);
    expect(count(text, OWN_POINT)).toBe(1);
    expect(count(text, 'KEY POINTS')).toBe(1);
  });

  it('keeps labels and values apart in the structure tree', () => {
    expect(tree).toContain('"Actors China, Malaysia"');
    expect(tree).toContain('"Themes Maritime security"');
    expect(tree).not.toMatch(/ActorsChina|ThemesMaritime/);
  });

  it('wraps a long web address at its punctuation without hyphens, and links it', async () => {
    // The structure tree has it whole; the printed lines, joined, give it back with nothing added.
    expect(tree).toContain(URL);
    const layout = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim());
    const start = layout.findIndex((l) => l.endsWith('https://www.example.org/en/'));
    expect(start).toBeGreaterThan(-1);
    const joined = `https://www.example.org/en/${layout[start + 1]}${layout[start + 2]}`;
    expect(joined.startsWith(URL)).toBe(true);
    const links = pdf.pages.flatMap((p) => p.links).filter((l) => l.url === URL);
    expect(links.length).toBeGreaterThanOrEqual(1);
  });

  it('cites publisher, author, date and address when known, and a file name only as a last resort', () => {
    expect(text).toContain('Imported from the file h15.txt.');
    expect(text.replace(/\s+/g, ' ')).toContain('Ahmad Rahman, Bernama, 12 July 2025. https://bernama.com/en/news.php?id=1');
  });
});
