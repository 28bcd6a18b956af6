import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import type { SearchHit } from '../../../electron/library/search';
import { formatMeetingDate, formatPlace } from '../format';
import { titleHighlighter } from './highlight';
import { normalizeText } from './query-text';
import { SnippetText } from './SnippetText';
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
  const { total, hitAt, ensureRange, active, selection } = props;
  const scroller = props.listRef;
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const frame = useRef(0);
  const markedText = normalizeText(props.shownText);
  const markTitle = useMemo(() => titleHighlighter(markedText), [markedText]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, [scroller]);

  // A new result set starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [props.generation, scroller]);

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
  }, [first, last, ensureRange, props.generation]);

  const scrollIntoView = (index: number) => {
    const el = scroller.current;
    if (!el) return;
    const top = index * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  };

  const moveTo = (index: number, extend: boolean) => {
    const next = Math.max(0, Math.min(total - 1, index));
    props.onActiveChange(next);
    // Only Shift (or Space, Ctrl+A, the row's box) selects: moving to read a row does not.
    props.onSelectionChange(extend ? extendTo(selection, next) : moveAnchor(selection, next));
    scrollIntoView(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0) return;
    const pageRows = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const mod = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(active + 1, event.shiftKey);
        break;
      case 'ArrowUp':
        moveTo(active - 1, event.shiftKey);
        break;
      case 'PageDown':
        moveTo(active + pageRows, event.shiftKey);
        break;
      case 'PageUp':
        moveTo(active - pageRows, event.shiftKey);
        break;
      case 'Home':
        moveTo(0, event.shiftKey);
        break;
      case 'End':
        moveTo(total - 1, event.shiftKey);
        break;
      case 'Enter': {
        const hit = hitAt(active);
        if (hit) props.onOpen(hit);
        break;
      }
      case ' ':
        props.onSelectionChange(toggle(selection, active, total));
        break;
      case 'a':
      case 'A':
        if (!mod) return;
        props.onSelectionChange(selectAll());
        break;
      default:
        return;
    }
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

  // Rows get one stable click handler that reads the latest state through a ref, so a row's
  // props change only when its own hit, selection or cursor state does.
  const rowClick = useRef(onRowClick);
  useLayoutEffect(() => {
    rowClick.current = onRowClick;
  });
  const onClickRow = useCallback((event: MouseEvent, index: number) => rowClick.current(event, index), []);

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
