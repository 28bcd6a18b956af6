import { useCallback, useEffect, useRef, useState } from 'react';
import type { Book, BookPatch, OutlineSection } from '../../../electron/ipc/contracts/books';
import { briefing, readableError, unwrap } from '../api/briefing';

export interface BookEditor {
  book: Book | null;
  outline: OutlineSection[];
  /** Grows after every saved change; the preview re-renders on it. */
  revision: number;
  saving: boolean;
  saveNow(): Promise<void>;
  error: string | null;
  /** Applies a change at once on screen and saves it after `delay` ms (typing waits, choices do not). */
  patch(fields: BookPatch, delay?: number): void;
  /** Runs a write that returns the stored book (add, remove, reorder items), then refreshes. */
  apply(write: () => Promise<Book>): Promise<void>;
  /** Saves briefing text (notes, front matter) in turn with the other saves, then refreshes the preview. */
  saveBriefing(write: () => Promise<unknown>): Promise<void>;
}

/** How long `patch` waits for typing to pause before saving; choices (selects, boxes) are saved at once. */
export const TYPING_MS = 300;

function merge(a: BookPatch, b: BookPatch): BookPatch {
  return { ...a, ...b, ...(a.options || b.options ? { options: { ...a.options, ...b.options } } : {}) };
}

/** Loads a book, keeps the on-screen copy ahead of the stored one, and saves changes in order. */
export function useBookEditor(bookId: string, onSaved: () => void): BookEditor {
  const [book, setBook] = useState<Book | null>(null);
  const [outline, setOutline] = useState<OutlineSection[]>([]);
  const [revision, setRevision] = useState(0);
  const { saving, error, setError, enqueue, settled } = useSaveQueue();
  const pending = useRef<BookPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;

  const refreshOutline = useCallback(async () => {
    setOutline(await unwrap(briefing().books.outline({ id: bookId })));
    setRevision((r) => r + 1);
    savedRef.current();
  }, [bookId]);

  useEffect(() => {
    let live = true;
    unwrap(briefing().books.get({ id: bookId }))
      .then(async (b) => {
        if (!live) return;
        setBook(b);
        await refreshOutline();
      })
      .catch((e: unknown) => {
        if (live) setError(readableError(e));
      });
    return () => {
      live = false;
    };
  }, [bookId, refreshOutline, setError]);

  const flush = useCallback(() => {
    const fields = pending.current;
    pending.current = {};
    if (Object.keys(fields).length === 0) return;
    void enqueue(async () => {
      await unwrap(briefing().books.update({ id: bookId, fields }));
      await refreshOutline();
    });
  }, [bookId, enqueue, refreshOutline]);

  const patch = useCallback(
    (fields: BookPatch, delay = 0) => {
      setBook((b) => (b ? ({ ...b, ...fields, options: { ...b.options, ...fields.options } } as Book) : b));
      pending.current = merge(pending.current, fields);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [flush],
  );

  useEffect(() => () => {
    clearTimeout(timer.current);
    // The book list is reloaded once this last save lands, or it would show the old title.
    void flushOnLeave(bookId, pending.current).then(() => savedRef.current());
  }, [bookId]);

  const apply = useCallback(
    (write: () => Promise<Book>) =>
      enqueue(async () => {
        const stored = await write();
        setBook((b) => (b ? { ...b, itemIds: stored.itemIds, itemOrder: stored.itemOrder, savedSearch: stored.savedSearch } : stored));
        await refreshOutline();
      }),
    [enqueue, refreshOutline],
  );

  const saveBriefing = useRefreshingWrite(enqueue, refreshOutline);

  /** Sends what is typed but not yet saved and waits for every save: an export must print it. */
  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    flush();
    await settled();
  }, [flush, settled]);

  return { book, outline, revision, saving, error, patch, apply, saveBriefing, saveNow };
}

/** A write in the queue that the preview and outline follow (briefing text: notes, front matter). */
function useRefreshingWrite(enqueue: (work: () => Promise<void>) => Promise<void>, refresh: () => Promise<void>) {
  return useCallback(
    (write: () => Promise<unknown>) =>
      enqueue(async () => {
        await write();
        await refresh();
      }),
    [enqueue, refresh],
  );
}

/** Writes run one after another so an older save never lands after a newer one; the last one's error shows. */
function useSaveQueue() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback((work: () => Promise<void>) => {
    setSaving(true);
    const next = queue.current.then(work).then(
      () => setError(null),
      (e: unknown) => setError(readableError(e)),
    );
    queue.current = next.finally(() => setSaving(false));
    return next;
  }, []);
  /** Resolves once every write queued so far has landed. */
  const settled = useCallback(() => queue.current, []);
  return { saving, error, setError, enqueue, settled };
}

/** Leaving the builder mid-typing still saves what was typed. */
async function flushOnLeave(bookId: string, fields: BookPatch): Promise<void> {
  if (Object.keys(fields).length > 0) await briefing().books.update({ id: bookId, fields });
}
