import type { Line, Run } from './measure';
import type { StyleName } from './styles';

/** Page of a named destination: known after the measuring pass, live during it for what is already placed. */
export type PageOf = (anchor: string) => number | undefined;

export const CONTENTS_ANCHOR = 'contents';
export const ACTOR_INDEX_ANCHOR = 'index:actors';
export const SOURCES_ANCHOR = 'index:sources';
export const SEE_ALSO_ANCHOR = 'index:see-also';

/** Structure tags a block's text is marked with in the tagged PDF. */
export type BlockTag = 'H1' | 'H2' | 'H3' | 'P' | 'LI' | 'TOCI' | 'TR';

/** One cell of a table row (a TR block): its text, where it starts in the frame, how wide it is. */
export interface TableCell {
  runs: Run[];
  x: number;
  width: number;
  /** A header cell (TH) rather than a data cell (TD). */
  header?: boolean;
}

/**
 * One paragraph-like unit of the flowing text. The paginator breaks it into lines and
 * places them on pages, honouring the keep and spacing rules; the sink draws them.
 */
export interface Block {
  kind: 'block';
  tag: BlockTag;
  /** Style giving the line spacing of the block (runs carry their own fonts). */
  style: StyleName;
  runs: Run[];
  /** Left indent of every line. */
  indent?: number;
  /** Extra indent of the lines after the first (hanging indent of index entries). */
  hang?: number;
  /** A list label (bullet, number) set in the indent before the first line. */
  label?: Run;
  /** Right-aligned on the last line after dot leaders (page numbers); `reserve` is the widest text it may take. */
  trailer?: { run: Run; reserve: string };
  /** The whole block is a link to this named destination. */
  link?: string;
  spaceBefore?: number;
  spaceAfter?: number;
  keepWithNext?: boolean;
  keepTogether?: boolean;
  /** Never starts a page on its own: the end of the block before it comes along (source lines). */
  keepWithPrevious?: boolean;
  pageBreakBefore?: boolean;
  /** Named destination placed at the block's first line. */
  anchor?: string;
  /** A bookmark at the block's first line: level 0 is top level. */
  outline?: { title: string; level: number };
  /** From this block on, the running header names this section. */
  header?: string;
  /** A hairline under the block (section headings). */
  ruleBelow?: boolean;
  /** Set in two columns (index entries): consecutive column blocks share the two-column frame. */
  columns?: boolean;
  /** A table row (tag TR): the cells are wrapped in their own widths and set side by side; `runs` is unused. */
  cells?: TableCell[];
  /**
   * Part of a briefing block: a bar in the margin runs beside it on every page it covers. 'first'
   * starts a block; 'rest' continues the bar up through the space above it.
   */
  aside?: 'first' | 'rest';
}

/**
 * A top-level section heading (Contents, Overview, Index...): H1 with a rule below, a bookmark,
 * an anchor and the running header's new name. Sections differ only in their spacing and breaks.
 */
export function sectionHeading(title: string, anchor: string, layout: Pick<Block, 'pageBreakBefore' | 'spaceBefore' | 'spaceAfter' | 'keepWithNext'>): Block {
  return { kind: 'block', tag: 'H1', style: 'h1', runs: [{ text: title, style: 'h1' }], header: title, anchor, outline: { title, level: 0 }, ruleBelow: true, ...layout };
}

/** Structure containers (Sect, L, TOC...) around blocks. */
export type FlowEvent = Block | { kind: 'open'; tag: string } | { kind: 'close' };

export interface PlacedLine {
  line: Line;
  /** Left edge of the line. */
  x: number;
  /** Top of the line box. */
  y: number;
}

/** What the paginator drives: the measuring pass records, the drawing pass writes the PDF. */
export interface FlowSink {
  beginPage(page: number): void;
  /** `header` is the section the page belongs to (for the running header). */
  endPage(page: number, header: string): void | Promise<void>;
  open(tag: string): void;
  close(): void;
  /** The block's first line lands at (page, y). */
  blockStart(block: Block, page: number, y: number): void;
  /** Lines of the block on the current page. */
  chunk(block: Block, lines: PlacedLine[], first: boolean, last: boolean): void;
  blockEnd(block: Block): void;
}
