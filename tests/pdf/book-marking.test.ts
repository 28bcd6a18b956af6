import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MARKING_LENGTH } from '../../electron/books/book-types';
import { tempDir } from '../helpers/temp-library';
import { bandText, overlaps, wordBoxes, type BoxPage } from './bbox';
import { renderTo, testPlan } from './book-fixture';

const { dir, cleanup } = tempDir('bbb-marking-');

/** A marking of exactly the maximum length, in words as real caveats are. */
const LONG_MARKING = (() => {
  const words = 'OFFICIAL-SENSITIVE – UK EYES ONLY – NOT FOR DISTRIBUTION BEYOND NAMED RECIPIENTS – HANDLING CAVEAT: PERSONAL – RELEASABLE TO'.split(' ');
  let text = '';
  for (let i = 0; text.length < MAX_MARKING_LENGTH; i++) text += (text ? ' ' : '') + words[i % words.length];
  return text.slice(0, MAX_MARKING_LENGTH).trim();
})();
const PURPOSE = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of the purpose explains why the Minister needs this book before the meetings.`).join(' ').slice(0, 5000);

let pages: BoxPage[];

beforeAll(async () => {
  const plan = testPlan(12, {
    classification: LONG_MARKING,
    purpose: PURPOSE,
    title: 'A very long title '.repeat(16).slice(0, 300),
    subtitle: 'A long subtitle that goes on '.repeat(17).slice(0, 500),
    preparedFor: 'The Minister of State for the Indo-Pacific and her private office '.repeat(4).slice(0, 300),
  });
  const { path } = await renderTo(dir, 'long.pdf', plan);
  pages = wordBoxes(path);
});

afterAll(cleanup);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a book with the longest accepted marking, title, subtitle and purpose', () => {
  it('prints the whole marking at the head and the foot of every page', () => {
    expect(LONG_MARKING.length).toBe(MAX_MARKING_LENGTH);
    for (const page of pages) {
      expect(norm(bandText(page, 0, 62)), `head of page ${page.number}`).toContain(norm(LONG_MARKING));
      expect(norm(bandText(page, page.height - 70, page.height)), `foot of page ${page.number}`).toContain(norm(LONG_MARKING));
    }
  });

  it('keeps every word inside the page and prints no text over text', () => {
    for (const page of pages) {
      for (const w of page.words) {
        expect(w.x0 >= 0 && w.y0 >= 0 && w.x1 <= page.width && w.y1 <= page.height, `page ${page.number}: ${w.text}`).toBe(true);
      }
      expect(overlaps(page), `page ${page.number}`).toEqual([]);
    }
  });

  it('sets the cover between its banners and moves the purpose, whole, to the pages after it', () => {
    const cover = pages[0]!;
    const body = cover.words.filter((w) => w.y0 > 62 && w.y0 < cover.height - 75);
    // Nothing of the cover's content reaches into the foot banner (the summary line sits at its top).
    expect(Math.max(...body.map((w) => w.y1))).toBeLessThan(cover.height - 80);
    const text = norm(pages.slice(1, 5).map((p) => bandText(p, 62, p.height - 62)).join(' '));
    expect(text).toContain('About this book');
    expect(text).toContain('Sentence 1 of the purpose');
    expect(text.replace(/ /g, '')).toContain(norm(PURPOSE).slice(-120).replace(/ /g, ''));
  });
});
