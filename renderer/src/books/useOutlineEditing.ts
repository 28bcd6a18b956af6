import { useEffect, useRef, type MutableRefObject } from 'react';
import type { Book, BookPatch, OutlineItem, OutlineSection } from '../../../electron/ipc/contracts/books';
import { briefing, unwrap } from '../api/briefing';
import { shortTitle } from '../format';
import { useToasts } from '../ui/Toasts';
import { groupOrderWith, moveBeside, moveInList, moveStep } from './reorder';

export type Drag = { kind: 'item'; id: string } | { kind: 'group'; title: string; siblings: string[] };
export type DropTarget = { kind: 'item'; id: string } | { kind: 'group'; title: string };
type Apply = (write: () => Promise<Book>) => Promise<void>;

/** What the rows of the contents outline can do to the book. */
export interface OutlineEditing {
  /** The summaries chosen by hand (the others come from the live search and cannot move). */
  chosen: ReadonlySet<string>;
  /** What is being dragged now. */
  drag: MutableRefObject<Drag | null>;
  /** Moves an item one step among `shown` (the full items of its group, in printed order). */
  moveItem(id: string, shown: string[], delta: -1 | 1): void;
  /** Removes an item, keeps focus on the row that takes its place, and offers Undo. */
  removeItem(item: OutlineItem): void;
  moveGroup(siblings: string[], from: number, to: number): void;
  /** The dragged item or group lands before (or `after`) the target. */
  drop(target: DropTarget, after: boolean): void;
}

/**
 * Moving and removing the book's items and groups, and keeping focus on the moved row: moving
 * DOM nodes drops focus, so the row to focus is noted and focused once the new outline arrives.
 */
export function useOutlineEditing(book: Book, outline: OutlineSection[], apply: Apply, patch: (fields: BookPatch) => void): OutlineEditing {
  const drag = useRef<Drag | null>(null);
  const toasts = useToasts();
  const pendingFocus = useRef<string | null>(null);
  const focusLater = (key: string) => {
    pendingFocus.current = key;
  };
  const chosen = new Set(book.itemIds);
  // The first manual move starts from what the user sees, not from the order items were added.
  const printed = collectPrinted(outline).filter((id) => chosen.has(id));
  const base = book.itemOrder === 'manual' ? book.itemIds : [...printed, ...book.itemIds.filter((id) => !printed.includes(id))];

  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    pendingFocus.current = null;
    const target = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`) ?? document.getElementById('contents-title');
    target?.focus();
  }, [outline]);

  const reorderItems = (order: string[], focus: string) => {
    focusLater(`item:${focus}`);
    void apply(async () => {
      if (book.itemOrder !== 'manual') await unwrap(briefing().books.update({ id: book.id, fields: { itemOrder: 'manual' } }));
      return unwrap(briefing().books.reorderItems({ bookId: book.id, summaryIds: order }));
    });
  };
  const moveItem = (id: string, shown: string[], delta: -1 | 1) => {
    const order = moveStep(base, shown, id, delta);
    if (order) reorderItems(order, id);
  };
  const removeItem = (item: OutlineItem) => {
    const at = printed.indexOf(item.id);
    const neighbour = printed[at + 1] ?? printed[at - 1];
    focusLater(neighbour ? `item:${neighbour}` : 'contents');
    const undo = undoRemoval(book, item, apply, () => focusLater(`item:${item.id}`));
    void apply(() => unwrap(briefing().books.removeItems({ bookId: book.id, summaryIds: [item.id] }))).then(() =>
      toasts.show({ message: `Removed “${shortTitle(item.title)}” from the book.`, tone: 'info', action: { label: 'Undo', run: undo } }),
    );
  };
  const moveGroup = (siblings: string[], from: number, to: number) => {
    if (to < 0 || to >= siblings.length || from === to) return;
    focusLater(`group:${siblings[from]!}`);
    patch({ groupOrder: 'manual', manualGroupOrder: groupOrderWith(collectTitles(outline), moveInList(siblings, from, to)) });
  };
  const drop = (target: DropTarget, after: boolean) => {
    const source = drag.current;
    drag.current = null;
    if (!source) return;
    if (source.kind === 'item' && target.kind === 'item' && chosen.has(target.id) && source.id !== target.id) {
      reorderItems(moveBeside(base, source.id, target.id, after), source.id);
    } else if (source.kind === 'group' && target.kind === 'group') {
      const from = source.siblings.indexOf(source.title);
      const at = source.siblings.indexOf(target.title);
      if (from >= 0 && at >= 0) moveGroup(source.siblings, from, from < at ? (after ? at : at - 1) : after ? at + 1 : at);
    }
  };
  return { chosen, drag, moveItem, removeItem, moveGroup, drop };
}

/** Puts a removed item back; a hand-made order gets it back in its old place, not at the end. */
function undoRemoval(book: Book, item: OutlineItem, apply: Apply, refocus: () => void): () => void {
  const before = book.itemIds;
  const wasManual = book.itemOrder === 'manual';
  return () => {
    refocus();
    void apply(async () => {
      const added = await unwrap(briefing().books.addItems({ bookId: book.id, summaryIds: [item.id] }));
      return wasManual ? unwrap(briefing().books.reorderItems({ bookId: book.id, summaryIds: before })) : added;
    });
  };
}

function collectPrinted(sections: OutlineSection[]): string[] {
  const out: string[] = [];
  const walk = (list: OutlineSection[]) => {
    for (const s of list) {
      for (const i of s.items) if (i.kind === 'full') out.push(i.id);
      walk(s.subsections);
    }
  };
  walk(sections);
  return out;
}

function collectTitles(sections: OutlineSection[]): string[] {
  const out: string[] = [];
  const walk = (list: OutlineSection[]) => {
    for (const s of list) if (!s.other) out.push(s.title);
    for (const s of list) walk(s.subsections);
  };
  walk(sections);
  return out;
}
