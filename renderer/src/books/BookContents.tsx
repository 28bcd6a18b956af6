import { useEffect, useRef } from 'react';
import type { Book, BookPatch } from '../../../electron/books/book-types';
import type { OutlineItem, OutlineSection } from '../../../electron/books/plan-outline';
import { briefing, unwrap } from '../api/briefing';
import { shortTitle } from '../format';
import { useToasts } from '../ui/Toasts';
import { formatMeetingDate as formatDate } from '../format';
import { groupOrderWith, moveBeside, moveInList, moveStep } from './reorder';

interface Props {
  book: Book;
  outline: OutlineSection[];
  apply(write: () => Promise<Book>): Promise<void>;
  patch(fields: BookPatch): void;
}

type Drag = { kind: 'item'; id: string } | { kind: 'group'; title: string; siblings: string[] };

/**
 * The book's summaries grouped exactly as they print. Items and groups move by drag and
 * drop, by their Move up / Move down buttons, or with Alt+Up / Alt+Down; items are removed
 * with their Remove button or Delete.
 */
export function BookContents({ book, outline, apply, patch }: Props) {
  const drag = useRef<Drag | null>(null);
  const toasts = useToasts();
  /** The row to focus once the moved outline arrives (moving DOM nodes drops focus). */
  const pendingFocus = useRef<string | null>(null);
  const setFocusId = (key: string) => {
    pendingFocus.current = key;
  };
  const chosen = new Set(book.itemIds);
  const allTitles = collectTitles(outline);
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
    setFocusId(`item:${focus}`);
    void apply(async () => {
      if (book.itemOrder !== 'manual') await unwrap(briefing().books.update({ id: book.id, fields: { itemOrder: 'manual' } }));
      return unwrap(briefing().books.reorderItems({ bookId: book.id, summaryIds: order }));
    });
  };
  const moveItem = (id: string, shown: string[], delta: -1 | 1) => {
    const order = moveStep(base, shown, id, delta);
    if (order) reorderItems(order, id);
  };
  /** Removes an item, keeps focus on the row that takes its place, and offers Undo. */
  const removeItem = (item: OutlineItem) => {
    const at = printed.indexOf(item.id);
    const neighbour = printed[at + 1] ?? printed[at - 1];
    setFocusId(neighbour ? `item:${neighbour}` : 'contents');
    const before = book.itemIds;
    const wasManual = book.itemOrder === 'manual';
    void apply(() => unwrap(briefing().books.removeItems({ bookId: book.id, summaryIds: [item.id] }))).then(() =>
      toasts.show({
        message: `Removed “${shortTitle(item.title)}” from the book.`,
        tone: 'info',
        action: {
          label: 'Undo',
          run: () => {
            setFocusId(`item:${item.id}`);
            void apply(async () => {
              const added = await unwrap(briefing().books.addItems({ bookId: book.id, summaryIds: [item.id] }));
              // A hand-made order gets the item back in its old place, not at the end.
              return wasManual ? unwrap(briefing().books.reorderItems({ bookId: book.id, summaryIds: before })) : added;
            });
          },
        },
      }),
    );
  };
  const moveGroup = (siblings: string[], from: number, to: number) => {
    if (to < 0 || to >= siblings.length || from === to) return;
    const title = siblings[from]!;
    setFocusId(`group:${title}`);
    patch({ groupOrder: 'manual', manualGroupOrder: groupOrderWith(allTitles, moveInList(siblings, from, to)) });
  };

  const onDrop = (target: { kind: 'item'; id: string } | { kind: 'group'; title: string }, after: boolean) => {
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

  const renderItems = (items: OutlineItem[]) => {
    const shown = items.filter((i) => i.kind === 'full').map((i) => i.id);
    return (
      <ol className="outline-items">
        {items.map((item) => {
          const mine = chosen.has(item.id);
          const movable = mine && item.kind === 'full';
          const at = shown.indexOf(item.id);
          return (
            <li
              key={`${item.kind}:${item.id}`}
              className={`outline-item${item.kind === 'xref' ? ' is-xref' : ''}`}
              draggable={movable}
              onDragStart={(e) => {
                drag.current = { kind: 'item', id: item.id };
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', item.title);
                e.stopPropagation();
              }}
              onDragOver={(e) => {
                if (drag.current?.kind === 'item' && movable) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                e.stopPropagation();
                const box = e.currentTarget.getBoundingClientRect();
                onDrop({ kind: 'item', id: item.id }, e.clientY > box.top + box.height / 2);
              }}
            >
              <div
                className="outline-item-main"
                tabIndex={movable ? 0 : -1}
                data-focus-key={item.kind === 'full' ? `item:${item.id}` : undefined}
                aria-keyshortcuts={movable ? 'Alt+ArrowUp Alt+ArrowDown Delete' : undefined}
                onKeyDown={(e) => {
                  if (!movable) return;
                  if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                    e.preventDefault();
                    moveItem(item.id, shown, e.key === 'ArrowUp' ? -1 : 1);
                  } else if (e.key === 'Delete') {
                    e.preventDefault();
                    removeItem(item);
                  }
                }}
              >
                {movable && <span className="drag-handle" aria-hidden="true">⋮⋮</span>}
                <span className="outline-item-title" dir="auto" title={item.title}>
                  {item.title}
                </span>
                <span className="outline-item-meta">
                  {item.kind === 'xref' ? 'Cross-reference: printed in full under another group' : formatDate(item.meetingDate)}
                  {!mine && item.kind === 'full' && <span className="badge">live</span>}
                </span>
              </div>
              {movable && (
                <div className="outline-item-actions">
                  <button type="button" className="icon-button" aria-label={`Move “${item.title}” up`} disabled={at <= 0} onClick={() => moveItem(item.id, shown, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move “${item.title}” down`}
                    disabled={at >= shown.length - 1}
                    onClick={() => moveItem(item.id, shown, 1)}
                  >
                    ↓
                  </button>
                  <button type="button" className="icon-button" aria-label={`Remove “${item.title}”`} onClick={() => removeItem(item)}>
                    ×
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    );
  };

  const renderSections = (sections: OutlineSection[]) => {
    const siblings = sections.filter((s) => !s.other).map((s) => s.title);
    return (
      <ol className="outline-groups">
        {sections.map((section) => {
          const at = siblings.indexOf(section.title);
          const Heading = section.level === 1 ? 'h3' : 'h4';
          return (
            <li
              key={section.title}
              className={`outline-group level-${section.level}`}
              draggable={!section.other}
              onDragStart={(e) => {
                drag.current = { kind: 'group', title: section.title, siblings };
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', section.title);
                e.stopPropagation();
              }}
              onDragOver={(e) => {
                const d = drag.current;
                if (d?.kind === 'group' && d.siblings.includes(section.title)) {
                  e.preventDefault();
                  e.stopPropagation();
                }
              }}
              onDrop={(e) => {
                if (drag.current?.kind !== 'group') return;
                e.preventDefault();
                e.stopPropagation();
                const box = e.currentTarget.getBoundingClientRect();
                onDrop({ kind: 'group', title: section.title }, e.clientY > box.top + box.height / 2);
              }}
            >
              <div
                className="outline-group-header"
                tabIndex={section.other ? -1 : 0}
                data-focus-key={`group:${section.title}`}
                aria-keyshortcuts={section.other ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
                onKeyDown={(e) => {
                  if (section.other || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                  e.preventDefault();
                  moveGroup(siblings, at, at + (e.key === 'ArrowUp' ? -1 : 1));
                }}
              >
                <Heading className="outline-group-title">{section.title}</Heading>
                <span className="outline-group-count">{countItems(section)}</span>
                {!section.other && (
                  <span className="outline-group-actions">
                    <button type="button" className="icon-button" aria-label={`Move group “${section.title}” up`} disabled={at <= 0} onClick={() => moveGroup(siblings, at, at - 1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move group “${section.title}” down`}
                      disabled={at >= siblings.length - 1}
                      onClick={() => moveGroup(siblings, at, at + 1)}
                    >
                      ↓
                    </button>
                  </span>
                )}
              </div>
              {section.items.length > 0 && renderItems(section.items)}
              {section.subsections.length > 0 && renderSections(section.subsections)}
            </li>
          );
        })}
      </ol>
    );
  };

  if (outline.length === 0) {
    return <p className="muted small outline-empty">No summaries yet. Add the Library's current results above, or save a search as a live source.</p>;
  }
  return (
    <div className="outline" aria-label="Book contents as printed" role="region">
      <p className="field-hint outline-hint">Drag to rearrange, or focus a row and press Alt+↑ / Alt+↓. Delete removes an item.</p>
      {renderSections(outline)}
    </div>
  );
}

function countItems(section: OutlineSection): number {
  return section.items.length + section.subsections.reduce((n, s) => n + countItems(s), 0);
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
