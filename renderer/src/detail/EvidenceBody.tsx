import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  body: string;
  /** Character ranges of the cleaned body to highlight (the evidence of the focused tag). */
  highlight: Array<[number, number]>;
}

/** The part of the pane on screen: clipped by the scrolling detail around it. */
function visibleWindow(pane: HTMLElement): { top: number; bottom: number } {
  const box = pane.getBoundingClientRect();
  const outer = pane.closest('.detail-scroll')?.getBoundingClientRect();
  return { top: Math.max(box.top, outer?.top ?? box.top), bottom: Math.min(box.bottom, outer?.bottom ?? box.bottom) };
}

/** The body as paragraphs, with the focused tag's evidence marked; text is never parsed as HTML. */
export function EvidenceBody({ body, highlight }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const ranges = [...highlight].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);

  // Only the text pane scrolls, and only when the first mark is out of sight: scrolling the
  // whole detail would move the hovered chip from under the pointer (and end the hover).
  useEffect(() => {
    const pane = container.current;
    const mark = pane?.querySelector<HTMLElement>('mark.evidence');
    if (!pane || !mark) return;
    const shown = visibleWindow(pane);
    const markBox = mark.getBoundingClientRect();
    if (markBox.top >= shown.top && markBox.bottom <= shown.bottom) return;
    const paneTop = pane.getBoundingClientRect().top;
    const target = markBox.top - paneTop + pane.scrollTop - (shown.top - paneTop) - (shown.bottom - shown.top) / 3;
    pane.scrollTo({ top: Math.max(0, target) });
  }, [highlight]);

  const paragraphs: ReactNode[] = [];
  let offset = 0;
  for (const [p, text] of body.split('\n').entries()) {
    const start = offset;
    const end = start + text.length;
    offset = end + 1;
    if (!text.trim()) continue;
    const pieces: ReactNode[] = [];
    let cursor = start;
    for (const [s, e] of ranges) {
      if (e <= cursor || s >= end) continue;
      const from = Math.max(s, cursor);
      const to = Math.min(e, end);
      if (from > cursor) pieces.push(body.slice(cursor, from));
      pieces.push(
        <mark key={from} className="evidence">
          {body.slice(from, to)}
        </mark>,
      );
      cursor = to;
    }
    if (cursor < end) pieces.push(body.slice(cursor, end));
    paragraphs.push(<p key={p} dir="auto">{pieces}</p>);
  }

  return (
    // Focusable so the keyboard can scroll it (it is its own scroll pane).
    <div ref={container} className="summary-body" tabIndex={0} aria-label="Summary text (scrolls on its own)">
      {paragraphs}
    </div>
  );
}
