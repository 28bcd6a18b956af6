import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBook, updateBook } from '../../electron/books/book-store';
import { MAX_MARKING_LENGTH } from '../../electron/books/book-types';
import { lookFromOptions } from '../../electron/cli/commands/book-options';
import { bookFieldsSchema } from '../../electron/ipc/contracts/books';
import type { Library } from '../../electron/library/open-library';
import { tempLibrary } from '../helpers/temp-library';

let library: Library;
let cleanup: () => void;
beforeEach(async () => ({ library, cleanup } = await tempLibrary()));
afterEach(() => cleanup());

const atLimit = 'R'.repeat(MAX_MARKING_LENGTH);
const over = `${atLimit}X`;

describe('one marking length limit for the CLI, the IPC contract and the store', () => {
  it('accepts a marking of exactly the limit everywhere', () => {
    expect(lookFromOptions({ classification: atLimit }).classification).toBe(atLimit);
    expect(bookFieldsSchema.safeParse({ classification: atLimit }).success).toBe(true);
    expect(createBook(library.db, { title: 'T', classification: atLimit }).classification).toBe(atLimit);
  });

  it('refuses one character more, saying how long it is and what the limit is', () => {
    expect(() => lookFromOptions({ classification: over })).toThrow(new RegExp(`--classification: .*${MAX_MARKING_LENGTH + 1} characters.*at most ${MAX_MARKING_LENGTH}`));
    const parsed = bookFieldsSchema.safeParse({ classification: over });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(`at most ${MAX_MARKING_LENGTH} characters`);
    const book = createBook(library.db, { title: 'T' });
    expect(() => updateBook(library.db, book.id, { classification: over })).toThrow(/at most 200 fit at the top and bottom of every page/);
  });
});
