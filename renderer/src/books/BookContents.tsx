import { createContext, useContext, type DragEvent } from 'react';
import type { Book, BookPatch, OutlineItem, OutlineSection } from '../../../electron/ipc/contracts/books';
import { formatMeetingDate } from '../format';
import { useOutlineEditing, type OutlineEditing } from './useOutlineEditing';

interface Props {
  book: Book;
  outline: OutlineSection[];
  apply(write: () => Promise<Book>): Promise<void>;
  patch(fields: BookPatch): void;
  /** Opens the notes editor of a chosen item. */
  onNotes(item: OutlineItem): void;
}

/** The notes editor's opener, for the item rows deep in the outline. */
const OpenNotes = createContext<(item: OutlineItem) => void>(() => undefined);

/**
 * The book's summaries grouped exactly as they print. Items and groups move by drag and
 * drop, by their Move up / Move down buttons, or with Alt+Up / Alt+Down; items are removed
 * with their Remove button or Delete.
 */
export function BookContents({ book, outline, apply, patch, onNotes }: Props) {
  const editing = useOutlineEditing(book, outline, apply, patch);
  if (outline.length === 0) {
    return <p className="muted small outline-empty">No summaries yet. Add the Library's current results above, or save a search as a live source.</p>;
  }
  return (
    <div className="outline" aria-label="Book contents as printed" role="region">
      <p className="field-hint outline-hint">Drag to rearrange, or focus a row and press Alt+↑ / Alt+↓. Delete removes an item.</p>
      <OpenNotes.Provider value={onNotes}>
        <OutlineGroups sections={outline} editing={editing} />
      </OpenNotes.Provider>
    </div>
  );
}

/** Whether a drop lands in the lower half of the row (after it) rather than the upper (before it). */
function dropsAfter(e: DragEvent<HTMLElement>): boolean {
  const box = e.currentTarget.getBoundingClientRect();
  return e.clientY > box.top + box.height / 2;
}

function startDrag(e: DragEvent<HTMLElement>, text: string): void {
  e.dataTransfer.effectAllowed = 'move';
  e.dataTransfer.setData('text/plain', text);
  e.stopPropagation();
}

function OutlineGroups({ sections, editing }: { sections: OutlineSection[]; editing: OutlineEditing }) {
  const siblings = sections.filter((s) => !s.other).map((s) => s.title);
  return (
    <ol className="outline-groups">
      {sections.map((section) => (
        <OutlineGroup key={section.title} section={section} siblings={siblings} editing={editing} />
      ))}
    </ol>
  );
}

/** One group: its header (moves among its siblings unless it is the "Other" group), items and subgroups. */
function OutlineGroup({ section, siblings, editing }: { section: OutlineSection; siblings: string[]; editing: OutlineEditing }) {
  const { drag, moveGroup } = editing;
  const at = siblings.indexOf(section.title);
  const Heading = section.level === 1 ? 'h3' : 'h4';
  return (
    <li
      className={`outline-group level-${section.level}`}
      draggable={!section.other}
      onDragStart={(e) => {
        drag.current = { kind: 'group', title: section.title, siblings };
        startDrag(e, section.title);
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
        editing.drop({ kind: 'group', title: section.title }, dropsAfter(e));
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
      {section.items.length > 0 && <OutlineItems items={section.items} editing={editing} />}
      {section.subsections.length > 0 && <OutlineGroups sections={section.subsections} editing={editing} />}
    </li>
  );
}

function OutlineItems({ items, editing }: { items: OutlineItem[]; editing: OutlineEditing }) {
  const shown = items.filter((i) => i.kind === 'full').map((i) => i.id);
  return (
    <ol className="outline-items">
      {items.map((item) => (
        <OutlineItemRow key={`${item.kind}:${item.id}`} item={item} shown={shown} editing={editing} />
      ))}
    </ol>
  );
}

/**
 * One printed item. A chosen item printed in full moves and can be removed; a cross-reference
 * or an item of the live search is shown only.
 */
function OutlineItemRow({ item, shown, editing }: { item: OutlineItem; shown: string[]; editing: OutlineEditing }) {
  const { drag, moveItem, removeItem } = editing;
  const mine = editing.chosen.has(item.id);
  const movable = mine && item.kind === 'full';
  return (
    <li
      className={`outline-item${item.kind === 'xref' ? ' is-xref' : ''}`}
      draggable={movable}
      onDragStart={(e) => {
        drag.current = { kind: 'item', id: item.id };
        startDrag(e, item.title);
      }}
      onDragOver={(e) => {
        if (drag.current?.kind === 'item' && movable) e.preventDefault();
      }}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        editing.drop({ kind: 'item', id: item.id }, dropsAfter(e));
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
          {item.kind === 'xref' ? 'Cross-reference: printed in full under another group' : formatMeetingDate(item.meetingDate)}
          {!mine && item.kind === 'full' && <span className="badge">live</span>}
        </span>
      </div>
      {movable && <ItemActions item={item} shown={shown} editing={editing} />}
    </li>
  );
}

function ItemActions({ item, shown, editing }: { item: OutlineItem; shown: string[]; editing: OutlineEditing }) {
  const at = shown.indexOf(item.id);
  const openNotes = useContext(OpenNotes);
  return (
    <div className="outline-item-actions">
      <button type="button" className="button button-quiet button-small" aria-label={`Notes for “${item.title}”`} onClick={() => openNotes(item)}>
        Notes
      </button>
      <button type="button" className="icon-button" aria-label={`Move “${item.title}” up`} disabled={at <= 0} onClick={() => editing.moveItem(item.id, shown, -1)}>
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move “${item.title}” down`}
        disabled={at >= shown.length - 1}
        onClick={() => editing.moveItem(item.id, shown, 1)}
      >
        ↓
      </button>
      <button type="button" className="icon-button" aria-label={`Remove “${item.title}”`} onClick={() => editing.removeItem(item)}>
        ×
      </button>
    </div>
  );
}

function countItems(section: OutlineSection): number {
  return section.items.length + section.subsections.reduce((n, s) => n + countItems(s), 0);
}
