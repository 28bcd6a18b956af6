import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BOOK_OPTION_KEYS, BOOK_OPTIONS, DEFAULT_BOOK_OPTIONS } from '../../common/book-options';
import type { Book } from '../../electron/ipc/contracts/books';
import { BookOptionFields } from '../../renderer/src/books/BookOptionFields';

function bookGroupedBy(groupBy: Book['groupBy']): Book {
  return {
    id: 'b1', title: 'T', subtitle: '', preparedFor: '', preparedBy: '', date: null, classification: 'OFFICIAL', purpose: '',
    groupBy, groupBySecond: null, groupOrder: 'alpha', itemOrder: 'date-asc', manualGroupOrder: [], savedSearch: null,
    options: DEFAULT_BOOK_OPTIONS, itemIds: [], exportVersion: 0, createdAt: '', updatedAt: '',
  };
}

function formOf(book: Book): string {
  const patch = () => {};
  return renderToStaticMarkup(
    <>
      <BookOptionFields part="layout" book={book} patch={patch} />
      <BookOptionFields part="document-control" book={book} patch={patch} />
    </>,
  );
}

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#x27;');

describe('book option fields', () => {
  it('draws every option of common/book-options: its label or each of its choices, with its help', () => {
    const html = formOf(bookGroupedBy('actor'));
    for (const key of BOOK_OPTION_KEYS) {
      const { label, help, ui } = BOOK_OPTIONS[key];
      const shown = ui.choices ? ui.choices.map(([, choice]) => choice) : [label];
      for (const text of shown) expect(html, `${key}: ${text}`).toContain(`>${escaped(text)}`);
      expect(html, `${key}: help`).toContain(`title="${escaped(help)}"`);
    }
  });

  it('shows an option in the state the book has it, and its limits', () => {
    const html = formOf({ ...bookGroupedBy('actor'), options: { ...DEFAULT_BOOK_OPTIONS, draft: true, paper: 'letter', copyNumber: '4 of 20' } });
    expect(html).toMatch(/<input type="checkbox" checked=""\/>DRAFT watermark/);
    expect(html).toMatch(/<input type="checkbox"\/>Archival PDF\/A-2b/);
    expect(html).toMatch(/<option value="letter" selected="">US Letter<\/option>/);
    expect(html).toMatch(/id="book-copyNumber"[^>]*value="4 of 20"[^>]*maxLength="40"|id="book-copyNumber"[^>]*maxLength="40"[^>]*value="4 of 20"/);
  });

  it('offers the actor sections only when the book is grouped by actor', () => {
    const label = escaped(BOOK_OPTIONS.actorGroupTypes.label);
    expect(formOf(bookGroupedBy('actor'))).toContain(label);
    expect(formOf(bookGroupedBy('forum'))).not.toContain(label);
  });
});
