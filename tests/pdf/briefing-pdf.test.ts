import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBookItems } from '../../electron/books/book-items';
import { planBook } from '../../electron/books/book-plan';
import { createBook } from '../../electron/books/book-store';
import { setFrontMatter, setItemNotes } from '../../electron/books/briefing-store';
import { addSummary } from '../../electron/library/summaries';
import type { Library } from '../../electron/library/open-library';
import { renderBookToFile } from '../../electron/pdf/render-book';
import { tempLibrary } from '../helpers/temp-library';
import { readPdf, type ParsedPdf } from './read-pdf';

/**
 * A book with briefing notes on some items and full front matter (a programme of 6 rows),
 * exported from a real library and parsed back: text with pdf.js, structure with poppler.
 */
let library: Library;
let cleanup: () => void;
let path: string;
let pdf: ParsedPdf;
let tree: string;

const TITLES = ['Lavrov meets Wang Yi in Vientiane', 'G20 finance ministers on a wealth tax', 'BRICS summit in Kazan', 'ASEAN ministers on the South China Sea'];
const FORUMS = ['East Asia Summit', 'G20', 'BRICS', 'ASEAN'];
const PROGRAMME = [
  { time: '08:30', item: 'Arrival and greeting', participants: 'Minister, Ambassador', press: 'POOL' },
  { time: '09:00', item: 'Bilateral with the **Chinese** Foreign Minister', participants: 'Minister, Wang Yi, note-takers', press: 'CLOSED PRESS' },
  { time: '10:15', item: 'EAS Foreign Ministers’ Meeting, plenary', participants: 'All EAS ministers', press: 'OPEN PRESS' },
  { time: '12:30', item: 'Working lunch', participants: 'Ministers only', press: 'CLOSED PRESS' },
  { time: '15:00', item: 'Press conference', participants: 'Minister', press: 'OPEN PRESS' },
  { time: '16:00', item: 'Departure', participants: '', press: '' },
];
const HOSTILE = '<script>alert(1)</script>';

beforeAll(async () => {
  let dir: string;
  ({ library, cleanup, dir } = await tempLibrary());
  const ids = TITLES.map((title, i) =>
    addSummary(library.db, { title, body: `${title}. The ministers met and agreed to meet again.\n\nThey issued a statement.`, meetingDate: `2024-07-2${i}`, tags: [{ kind: 'forum', name: FORUMS[i]! }] }).id,
  );
  const book = createBook(library.db, { title: 'EAS ministerial week', classification: 'RESTRICTED', groupBy: 'forum' });
  addBookItems(library.db, book.id, ids);
  setItemNotes(library.db, book.id, ids[0]!, {
    whyItMatters: 'First meeting since the **July** summit.',
    pointsToMake: '- We welcome the *progress* on the code of conduct.\n- We ask for a date for the next round.',
    ifPressed: `On sanctions: no change. ${HOSTILE}`,
  });
  setItemNotes(library.db, book.id, ids[2]!, { ourObjectives: 'Keep BRICS outreach open to us.', theirObjectives: 'A larger membership.' });
  setFrontMatter(library.db, book.id, {
    purpose: 'To prepare the Minister for the **EAS** ministerial meetings.',
    objectives: '- Secure a date for the maritime talks\n- Keep the statement on Myanmar',
    keyMessages: 'Stability in the region is in everyone’s interest.',
    participants: '- The Minister\n- The Ambassador to Laos',
    programme: PROGRAMME,
  });
  path = `${dir}/brief.pdf`;
  await renderBookToFile(planBook(library.db, book.id), path, { reproducible: true });
  pdf = await readPdf(path);
  tree = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8' });
}, 60_000);

afterAll(async () => {
  await pdf?.close();
  cleanup();
});

/** The structure tree's lines from the summary heading `title` up to the next summary heading. */
function summaryChunk(title: string): string {
  const start = tree.indexOf(`"${title}"`);
  expect(start).toBeGreaterThan(0);
  const next = TITLES.filter((t) => t !== title).map((t) => tree.indexOf(`"${t}"`, start)).filter((i) => i > start);
  return tree.slice(start, next.length ? Math.min(...next) : undefined);
}

describe('briefing notes and front matter in the PDF', () => {
  it('prints the overview after the cover and before the contents, each part under its heading', async () => {
    const overview = await pdf.pageOfDest('front:overview');
    const contents = await pdf.pageOfDest('contents');
    expect(overview).toBe(2);
    expect(contents).toBeGreaterThan(overview);
    const text = pdf.pages[overview - 1]!.text;
    const order = ['Overview', 'Purpose', 'EAS ministerial meetings', 'Objectives', 'Key messages', 'Programme', 'Time Item Participants Press', 'Participants', 'Ambassador to Laos'];
    let at = -1;
    for (const piece of order) {
      const found = text.indexOf(piece, at + 1);
      expect(found, `"${piece}" after position ${at}`).toBeGreaterThan(at);
      at = found;
    }
    expect(pdf.outline.map((o) => o.title).slice(0, 2)).toEqual(['Overview', 'Contents']);
    expect(pdf.pages[contents - 1]!.text).toMatch(/Overview 2/);
  });

  it('tags the programme as a table: a header row of TH and six rows of four TD, in order', () => {
    const table = tree.slice(tree.indexOf('Table (block)'), tree.indexOf('"Participants"', tree.indexOf('"Departure"')));
    const rows = table.split(/\n\s*TR\n/).slice(1);
    expect(rows).toHaveLength(1 + PROGRAMME.length);
    expect(rows[0]!.match(/TH\n/g)).toHaveLength(4);
    expect([...rows[0]!.matchAll(/"([^"]*)"/g)].map((m) => m[1])).toEqual(['Time', 'Item', 'Participants', 'Press']);
    rows.slice(1).forEach((row, i) => {
      expect(row.match(/TD\n/g), `row ${i + 1}`).toHaveLength(4);
      const cells = [...row.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
      const want = PROGRAMME[i]!;
      expect(cells).toEqual([want.time, want.item.replace(/\*\*/g, ''), want.participants, want.press].filter(Boolean));
    });
  });

  it('prints each item\'s notes under its own heading, labelled, before the summary text; items without notes have none', async () => {
    const lavrov = summaryChunk(TITLES[0]!);
    expect(lavrov).toMatch(/Div[\s\S]*"WHY IT MATTERS"[\s\S]*"First meeting since the July summit\."[\s\S]*"POINTS TO MAKE"[\s\S]*"We welcome the progress on the code of conduct\."[\s\S]*"IF PRESSED"/);
    expect(lavrov.indexOf('"IF PRESSED"')).toBeLessThan(lavrov.indexOf('The ministers met'));
    expect(lavrov).not.toContain('OUR OBJECTIVES');
    expect(summaryChunk(TITLES[2]!)).toMatch(/"OUR OBJECTIVES"[\s\S]*"Keep BRICS outreach open to us\."[\s\S]*"THEIR LIKELY OBJECTIVES"/);
    for (const title of [TITLES[1]!, TITLES[3]!]) expect(summaryChunk(title)).not.toMatch(/Div|WHY IT MATTERS|OBJECTIVES/);
    // On the page where the heading is, in reading order.
    const page = pdf.pages.find((p) => p.text.includes('WHY IT MATTERS'))!;
    expect(page.text.indexOf(TITLES[0]!)).toBeGreaterThanOrEqual(0);
    expect(page.text.indexOf('WHY IT MATTERS')).toBeGreaterThan(page.text.indexOf(TITLES[0]!));
  });

  it('prints hostile text as the text typed', () => {
    expect(tree).toContain(`On sanctions: no change. ${HOSTILE}`);
  });

  it('passes the layout check with no problems', () => {
    const out = execFileSync('python3', ['/work/shared/tools/pdf-layout-check.py', path, '--marking', 'RESTRICTED'], { encoding: 'utf8' });
    expect(out).toMatch(/\b0 problems\b/);
  });
});
