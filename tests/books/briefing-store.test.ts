import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBookItems, removeBookItems } from '../../electron/books/book-items';
import { createBook, deleteBook, duplicateBook } from '../../electron/books/book-store';
import { applyBriefing, getBookNotes, getFrontMatter, getItemNotes, setFrontMatter, setItemNotes } from '../../electron/books/briefing-store';
import { planBook } from '../../electron/books/book-plan';
import { fullItemsInOrder } from '../../electron/books/layout-plan';
import { MAX_NOTE_LENGTH } from '../../common/briefing';
import { addSummary, deleteSummary } from '../../electron/library/summaries';
import type { Library } from '../../electron/library/open-library';
import { tempLibrary } from '../helpers/temp-library';

let library: Library;
let cleanup: () => void;
let ids: string[];
let bookId: string;

const count = (table: string) => library.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

beforeEach(async () => {
  ({ library, cleanup } = await tempLibrary());
  ids = ['Lavrov met Wang Yi.', 'The G20 discussed a wealth tax.', 'BRICS leaders met in Kazan.'].map(
    (body, i) => addSummary(library.db, { title: `Meeting ${i}`, body, meetingDate: `2024-0${i + 1}-01` }).id,
  );
  bookId = createBook(library.db, { title: 'EAS 2024' }).id;
  addBookItems(library.db, bookId, ids);
});
afterEach(() => cleanup());

const FRONT = {
  purpose: 'Prepare the **Minister**.',
  objectives: '- A date\n- A text',
  keyMessages: 'Calm.',
  participants: 'The Minister',
  programme: [
    { time: '09:00', item: 'Arrival', participants: 'Minister', press: 'OPEN PRESS' },
    { time: '', item: '', participants: '', press: '' },
    { time: '10:00', item: 'Talks', participants: 'Delegations', press: 'CLOSED PRESS' },
  ],
};

describe('briefing notes and front matter in the library', () => {
  it('keeps notes per book: the same summary carries different notes in another book', () => {
    setItemNotes(library.db, bookId, ids[0]!, { whyItMatters: '  First since July.  ', pointsToMake: '- Welcome' });
    const other = createBook(library.db, { title: 'G20' }).id;
    addBookItems(library.db, other, [ids[0]!]);
    setItemNotes(library.db, other, ids[0]!, { ifPressed: 'No comment.' });
    expect(getItemNotes(library.db, bookId, ids[0]!)).toEqual({ whyItMatters: 'First since July.', ourObjectives: '', theirObjectives: '', pointsToMake: '- Welcome', ifPressed: '' });
    expect(getItemNotes(library.db, other, ids[0]!)).toMatchObject({ whyItMatters: '', ifPressed: 'No comment.' });
    // All fields emptied: the row goes.
    setItemNotes(library.db, other, ids[0]!, {});
    expect(getItemNotes(library.db, other, ids[0]!)).toBeUndefined();
  });

  it('refuses notes for a summary that is not an item of the book, and text over the limit, naming the field', () => {
    const outside = addSummary(library.db, { title: 'Elsewhere', body: 'Not in the book.' }).id;
    expect(() => setItemNotes(library.db, bookId, outside, { whyItMatters: 'x' })).toThrow(/has no item .*briefing book add/);
    expect(() => setItemNotes(library.db, bookId, ids[0]!, { pointsToMake: 'x'.repeat(MAX_NOTE_LENGTH + 1) })).toThrow(/pointsToMake.*Points to make can have at most 6000/);
    expect(() => setItemNotes(library.db, bookId, ids[0]!, { talkingPoints: 'x' })).toThrow(/unknown field "talkingPoints"/);
    expect(count('book_item_notes')).toBe(0);
  });

  it('removes an item\'s notes with the item, with its summary, and all of a book\'s briefing with the book', () => {
    for (const id of ids) setItemNotes(library.db, bookId, id, { whyItMatters: `Why ${id}` });
    setFrontMatter(library.db, bookId, FRONT);
    removeBookItems(library.db, bookId, [ids[0]!]);
    expect([...getBookNotes(library.db, bookId).keys()].sort()).toEqual([ids[1], ids[2]].sort());
    deleteSummary(library.db, ids[1]!);
    expect([...getBookNotes(library.db, bookId).keys()]).toEqual([ids[2]]);
    // Added back, the item starts without notes.
    addBookItems(library.db, bookId, [ids[0]!]);
    expect(getItemNotes(library.db, bookId, ids[0]!)).toBeUndefined();
    deleteBook(library.db, bookId);
    expect([count('book_item_notes'), count('book_front_matter'), count('book_programme_rows')]).toEqual([0, 0, 0]);
  });

  it('stores the front matter with its programme in order, dropping blank rows; empty front matter is removed', () => {
    expect(setFrontMatter(library.db, bookId, FRONT)?.programme.map((r) => r.item)).toEqual(['Arrival', 'Talks']);
    expect(getFrontMatter(library.db, bookId)).toEqual({ ...FRONT, programme: [FRONT.programme[0], FRONT.programme[2]] });
    expect(() => setFrontMatter(library.db, bookId, { programme: [{ item: 'x', press: 'P'.repeat(41) }] })).toThrow(/programme\[0\]\.press.*at most 40/);
    expect(getFrontMatter(library.db, bookId)?.programme).toHaveLength(2);
    setFrontMatter(library.db, bookId, { programme: [{ time: '', item: '' }] });
    expect(getFrontMatter(library.db, bookId)).toBeUndefined();
    expect(count('book_programme_rows')).toBe(0);
  });

  it('copies notes and front matter when a book is duplicated, and the copy is independent', () => {
    setItemNotes(library.db, bookId, ids[1]!, { ourObjectives: 'A date.' });
    setFrontMatter(library.db, bookId, FRONT);
    const copy = duplicateBook(library.db, bookId);
    expect(getItemNotes(library.db, copy.id, ids[1]!)).toMatchObject({ ourObjectives: 'A date.' });
    expect(getFrontMatter(library.db, copy.id)).toEqual(getFrontMatter(library.db, bookId));
    setItemNotes(library.db, copy.id, ids[1]!, { ourObjectives: 'Changed.' });
    expect(getItemNotes(library.db, bookId, ids[1]!)).toMatchObject({ ourObjectives: 'A date.' });
  });

  it('applies a file\'s front matter and notes in one transaction: one bad line changes nothing', () => {
    const outside = addSummary(library.db, { title: 'Elsewhere', body: 'Not in the book.' }).id;
    const bad = { book: bookId, front: FRONT, notes: [{ summary: ids[0]!, whyItMatters: 'ok' }, { summary: outside, whyItMatters: 'no' }] };
    expect(() => applyBriefing(library.db, bad, 'brief.json')).toThrow(/^brief\.json: field "notes\[1\]\.summary": .*Nothing was changed/);
    expect(() => applyBriefing(library.db, { book: bookId, notes: [{ summary: ids[0]!, why: 'x' }] }, 'brief.json')).toThrow(/brief\.json: field "notes\[0\]": unknown field "why"/);
    expect([count('book_item_notes'), count('book_front_matter')]).toEqual([0, 0]);
    const done = applyBriefing(library.db, { ...bad, notes: bad.notes.slice(0, 1) }, 'brief.json');
    expect(done).toEqual({ bookId, front: true, notes: 1 });
    const plan = planBook(library.db, bookId);
    expect(plan.frontMatter?.programme).toHaveLength(2);
    expect(fullItemsInOrder(plan.sections).map((i) => i.notes?.whyItMatters)).toEqual(['ok', undefined, undefined]);
  });
});
