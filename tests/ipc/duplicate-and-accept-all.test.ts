import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Book } from '../../electron/books/book-types';
import { createRegistry } from '../../electron/ipc/handlers/index';
import type { Summary } from '../../electron/library/types';
import { addSummary } from '../../electron/library/summaries';
import type { Library } from '../../electron/library/open-library';
import { handlerContext } from '../helpers/handler-context';
import { tempLibrary } from '../helpers/temp-library';

let lib: Library;
let cleanup: () => void;
const registry = createRegistry();

async function call<T>(channel: string, request: unknown): Promise<T> {
  const result = await registry.invoke(channel, request, handlerContext(lib));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeEach(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
});
afterEach(() => cleanup());

describe('books:duplicate and library:acceptSuggestedTags', () => {
  it('books:duplicate answers with the copy; an unknown id is refused in words', async () => {
    const ids = ['One text.', 'Two text.'].map((body, i) => addSummary(lib.db, { title: `M${i}`, body }).id);
    const book = await call<Book>('books:create', { title: 'Brief', classification: 'CONFIDENTIAL', options: { paper: 'letter' } });
    await call<Book>('books:addItems', { bookId: book.id, summaryIds: ids });
    const copy = await call<Book>('books:duplicate', { id: book.id });
    expect(copy).toMatchObject({ title: 'Brief (copy)', classification: 'CONFIDENTIAL', itemIds: ids, exportVersion: 0 });
    expect(copy.options.paper).toBe('letter');
    expect(await call<Book[]>('books:list', {})).toHaveLength(2);
    await expect(call('books:duplicate', { id: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow(/NOT_FOUND: No book has id/);
  });

  it('library:acceptSuggestedTags accepts every suggestion in one call', async () => {
    const { id } = addSummary(lib.db, {
      title: 'T',
      body: 'Lavrov met Wang Yi at the East Asia Summit.',
      tags: [{ kind: 'forum', name: 'East Asia Summit' }, { kind: 'actor', name: 'Wang Yi', actorType: 'person' }],
    });
    const summary = await call<Summary>('library:acceptSuggestedTags', { summaryId: id });
    expect(summary.tags.map((t) => t.status)).toEqual(['accepted', 'accepted']);
  });
});
