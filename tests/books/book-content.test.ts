import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBookEntries } from '../../electron/books/book-content';
import { sourceOf } from '../../electron/books/plan-sources';
import type { Library } from '../../electron/library/open-library';
import { addSummary, getSummary } from '../../electron/library/summaries';
import { setPrimaryForum } from '../../electron/library/tags';
import { tempLibrary } from '../helpers/temp-library';

let lib: Library;
let cleanup: () => void;
beforeEach(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
});
afterEach(() => cleanup());

describe('what a book loads from the library', () => {
  it("prints a summary under its stored primary forum, and cites its source, the file only as a last resort", () => {
    const cited = addSummary(lib.db, {
      title: 'Resolution on Sudan',
      body: 'The Security Council adopted a resolution on Sudan; the General Assembly debated it.',
      sourceName: 'UN News', sourceUrl: 'https://news.un.org/x', sourceAuthor: 'UN News desk', publishedDate: '2024-06-14', sourceFile: 'h15.txt',
      tags: [
        { kind: 'forum', name: 'UN General Assembly', confidence: 0.9 },
        { kind: 'forum', name: 'UN Security Council', confidence: 0.6 },
      ],
    });
    const bare = addSummary(lib.db, { title: 'Notes', body: 'Only the file is known.', sourceFile: 'h16.txt' });
    const sc = getSummary(lib.db, cited.id).tags.find((t) => t.name === 'UN Security Council')!;
    // Without a stored primary, the highest confidence decides; the user's choice then wins.
    expect(loadBookEntries(lib.db, [cited.id])[0]!.primaryForum).toBe('UN General Assembly');
    setPrimaryForum(lib.db, cited.id, sc.entityId);
    const [entry, bareEntry] = loadBookEntries(lib.db, [cited.id, bare.id]);
    expect(entry!.primaryForum).toBe('UN Security Council');
    expect(sourceOf(entry!, 'a')).toMatchObject({ publisher: 'UN News', author: 'UN News desk', date: '2024-06-14', url: 'https://news.un.org/x', fileName: null });
    expect(sourceOf(bareEntry!, 'b')).toMatchObject({ publisher: null, url: null, fileName: 'h16.txt' });
  });
});
