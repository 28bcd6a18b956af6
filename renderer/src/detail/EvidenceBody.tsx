import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  body: string;
  /** Character ranges of the cleaned body to highlight (the evidence of the focused tag). */
  highlight: Array<[number, number]>;
}

/** The body as paragraphs, with the focused tag's evidence marked; text is never parsed as HTML. */
export function EvidenceBody({ body, highlight }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const ranges = [...highlight].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);

  useEffect(() => {
    container.current?.querySelector('mark.evidence')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
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
    <div ref={container} className="summary-body">
      {paragraphs}
    </div>
  );
}
