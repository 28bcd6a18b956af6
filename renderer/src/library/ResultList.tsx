import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import type { SearchHit, SnippetPart } from '../../../electron/ipc/contracts/library';
import { formatMeetingDate, formatPlace } from '../format';
import { normalizeText } from './query-text';
import { extendTo, isSelected, moveAnchor, selectAll, toggle, type Selection } from './selection';

export const ROW_HEIGHT = 96;
// Rows rendered beyond each edge of the view: enough for a fast wheel (50 px a frame) to find
// them ready; every extra row is layout and paint when the list jumps (a scrollbar drag).
const OVERSCAN = 3;

interface Props {
  listRef: RefObject<HTMLDivElement | null>;
  total: number;
  generation: number;
  /** The query these rows answer; exposed as data-query for the UI benchmark and tests. */
  shownText: string;
  hitAt(index: number): SearchHit | undefined;
  /** Changes when more rows were loaded (hitAt answers for more indices). */
  loadedVersion: number;
  ensureRange(start: number, end: number): void;
  active: number;
  onActiveChange(index: number): void;
  selection: Selection;
  onSelectionChange(selection: Selection): void;
  openedId: string | null;
  onOpen(hit: SearchHit): void;
}

/**
 * The result list: a listbox that renders only the rows in view (plus a few), so it scrolls
 * through 100,000 hits as smoothly as through ten. Rows are fixed-height; pages of hits are
 * requested as rows come into view. Rows are memoized: scrolling renders only the rows that
 * come into view, and a page of hits arriving renders only the rows it fills.
 */
export const ResultList = memo(function ResultList(props: Props) {
  const { listRef: scroller, total, hitAt, active, selection } = props;
  const { first, last, height, onScroll } = useVisibleRows(scroller, total, props.generation, props.ensureRange);
  const markedText = normalizeText(props.shownText);
  const markTitle = useMemo(() => titleHighlighter(markedText), [markedText]);

  const moveTo = (index: number, extend: boolean) => {
    const next = Math.max(0, Math.min(total - 1, index));
    props.onActiveChange(next);
    // Only Shift (or Space, Ctrl+A, the row's box) selects: moving to read a row does not.
    props.onSelectionChange(extend ? extendTo(selection, next) : moveAnchor(selection, next));
    if (scroller.current) scrollRowIntoView(scroller.current, next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0) return;
    const target = moveTarget(event.key, active, total, Math.max(1, Math.floor(height / ROW_HEIGHT) - 1));
    if (target !== null) moveTo(target, event.shiftKey);
    else if (event.key === 'Enter') {
      const hit = hitAt(active);
      if (hit) props.onOpen(hit);
    } else if (event.key === ' ') props.onSelectionChange(toggle(selection, active, total));
    else if ((event.key === 'a' || event.key === 'A') && (event.ctrlKey || event.metaKey)) props.onSelectionChange(selectAll());
    else return;
    event.preventDefault();
  };

  const onRowClick = (event: MouseEvent, index: number) => {
    props.onActiveChange(index);
    if (event.shiftKey) props.onSelectionChange(extendTo(selection, index));
    else if (event.ctrlKey || event.metaKey || isCheckbox(event)) props.onSelectionChange(toggle(selection, index, total));
    else {
      // Reading a row is not choosing it for "Add to book": selection is by box, Ctrl or Shift.
      props.onSelectionChange(moveAnchor(selection, index));
      const hit = hitAt(index);
      if (hit) props.onOpen(hit);
    }
  };

  // Rows get one stable click handler, so a row's props change only when its own hit,
  // selection or cursor state does.
  const onClickRow = useLatest(onRowClick);

  const rows = [];
  for (let index = first; index < last; index++) {
    const hit = hitAt(index);
    rows.push(
      <ResultRow
        key={index}
        index={index}
        total={total}
        hit={hit}
        selected={isSelected(selection, index)}
        active={index === active}
        open={hit !== undefined && hit.id === props.openedId}
        markTitle={markTitle}
        onClick={onClickRow}
      />,
    );
  }

  return (
    <div
      ref={scroller}
      className="result-list"
      role="listbox"
      aria-label="Results"
      aria-multiselectable="true"
      data-query={props.shownText}
      aria-activedescendant={total > 0 && active >= first && active < last ? `result-${active}` : undefined}
      tabIndex={0}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div className="result-spacer" style={{ height: total * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
});

/** A function that never changes and always calls the latest `fn` (read through a ref). */
function useLatest<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

/** Where a navigation key moves the cursor (PageUp/PageDown by `pageRows`), or null for other keys. */
function moveTarget(key: string, active: number, total: number, pageRows: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return active + 1;
    case 'ArrowUp':
      return active - 1;
    case 'PageDown':
      return active + pageRows;
    case 'PageUp':
      return active - pageRows;
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}

function scrollRowIntoView(el: HTMLElement, index: number): void {
  const top = index * ROW_HEIGHT;
  if (top < el.scrollTop) el.scrollTop = top;
  else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
}

/**
 * The rows in view plus OVERSCAN, [first, last), following the list's scroll (once a frame)
 * and height; asks for their hits to be loaded. A new result set starts at the top.
 */
function useVisibleRows(scroller: RefObject<HTMLDivElement | null>, total: number, generation: number, ensureRange: Props['ensureRange']) {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [generation, scroller]);

  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setScrollTop(scroller.current?.scrollTop ?? 0);
    });
  }, [scroller]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => {
    if (last > first) ensureRange(first, last);
  }, [first, last, ensureRange, generation]);
  return { first, last, height, onScroll };
}

interface RowProps {
  index: number;
  total: number;
  hit: SearchHit | undefined;
  selected: boolean;
  active: boolean;
  open: boolean;
  markTitle(title: string): ReactNode;
  onClick(event: MouseEvent, index: number): void;
}

/** A click on the row's selection box (drawn for the mouse; the option's aria-selected says the same). */
const isCheckbox = (e: MouseEvent) => e.target instanceof Element && e.target.closest('.row-check') !== null;

const noTextSelectionOnShiftClick = (e: MouseEvent) => {
  if (e.shiftKey) e.preventDefault();
};

const ResultRow = memo(function ResultRow({ index, total, hit, selected, active, open, markTitle, onClick }: RowProps) {
  const classes = ['result-row'];
  if (selected) classes.push('is-selected');
  if (active) classes.push('is-active');
  if (open) classes.push('is-open');
  return (
    <div
      id={`result-${index}`}
      role="option"
      aria-selected={selected}
      aria-setsize={total}
      aria-posinset={index + 1}
      aria-busy={hit ? undefined : true}
      className={classes.join(' ')}
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
      onMouseDown={noTextSelectionOnShiftClick}
      onClick={(e) => onClick(e, index)}
    >
      <span className={`row-check${selected ? ' is-checked' : ''}`} aria-hidden="true" title={selected ? 'Selected for Add to book (click to leave out)' : 'Select for Add to book'} />
      {hit ? (
        <>
          <div className="result-title" dir="auto">{markTitle(hit.title)}</div>
          <div className="result-meta">
            {[formatMeetingDate(hit.meetingDate, hit.datePrecision), formatPlace(hit.city, hit.country), hit.forums.join(', ')]
              .filter(Boolean)
              .join(' · ') || 'No date or place'}
          </div>
          <div className="result-snippet" dir="auto">
            <SnippetText parts={hit.snippet} />
          </div>
        </>
      ) : (
        <div className="result-loading" aria-label="Loading">
          <span />
          <span />
        </div>
      )}
    </div>
  );
});

/** A search snippet as text nodes and <mark>s; the text is never parsed as HTML. */
function SnippetText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/**
 * Marks the words of a search query in a title, as the search does in snippets: each word
 * matches at the start of a word, the last one as a prefix (what FTS matched). Built once
 * per query; text only, never HTML.
 */
export function titleHighlighter(query: string): (title: string) => ReactNode {
  // Left-out terms (-word, -"phrase") and the OR operator are not what was found.
  const wanted = query.replace(/(^|\s)-("[^"]*"?|\S+)/g, ' ').replace(/(^|\s)OR(?=\s|$)/g, ' ');
  const words = wanted
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return (title) => title;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return (title) => {
    const out: ReactNode[] = [];
    let last = 0;
    for (const m of title.matchAll(re)) {
      if (m.index > last) out.push(title.slice(last, m.index));
      out.push(<mark key={m.index}>{m[0]}</mark>);
      last = m.index + m[0].length;
    }
    if (out.length === 0) return title;
    if (last < title.length) out.push(title.slice(last));
    return out;
  };
}
