import type { Block, FlowEvent, FlowSink, PlacedLine } from './flow';
import type { Line, Measurer } from './measure';
import { STYLES } from './styles';
import type { PageGeometry } from './styles';

/** Gap between text and the right-aligned page number of a contents line. */
export const TRAILER_GAP = 14;
/** Lines a paragraph keeps together at a page bottom (orphans) and top (widows). */
const MIN_LINES = 2;
/**
 * How far a chain of keep-with-next blocks is looked ahead: far enough for a section heading,
 * its count line, a subheading, a summary's title, meta lines and label down to its first text
 * (a shorter look lets the heading go on a page whose next block then moves over, leaving it alone).
 */
const MAX_CHAIN = 12;
/** Gap between the two columns of the index. */
export const COLUMN_GAP = 22;

/**
 * Wrapped lines of every block in flow order: the measuring pass records them, the drawing
 * pass (which sees the same blocks in the same order) replays them instead of wrapping again.
 */
export class LineStore {
  private readonly lines: Line[][] = [];
  private next = 0;
  replaying = false;

  take(wrap: () => Line[]): Line[] {
    if (!this.replaying) {
      const lines = wrap();
      this.lines.push(lines);
      return lines;
    }
    const lines = this.lines[this.next++];
    if (!lines) throw new Error('The drawing pass asked for more blocks than the measuring pass laid out.');
    return lines;
  }

  replay(): void {
    this.replaying = true;
    this.next = 0;
  }
}

interface Wrapped {
  block: Block;
  lines: Line[];
  leading: number;
}

/**
 * Flows blocks onto pages: headings stay with what follows them, paragraphs leave no
 * single line alone at a page bottom or top, short blocks are not split, sections can
 * start on a new page. Deterministic: the same blocks give the same pages, which is what
 * lets a first pass find the page numbers the second pass prints.
 */
export class Paginator {
  private page: number;
  private y: number;
  /** Whether anything is placed in the current frame (the page, or the current column). */
  private placedOnPage = false;
  /** Two-column mode: which column, where the columns start on this page, how far the first one went. */
  private column: { index: 0 | 1; top: number; firstBottom: number } | undefined;
  private header = '';
  private pageHeader = '';
  private readonly buffer: FlowEvent[] = [];
  private readonly wrapped = new WeakMap<Block, Wrapped>();

  constructor(
    private readonly events: Iterator<FlowEvent>,
    private readonly measurer: Measurer,
    private readonly geometry: PageGeometry,
    private readonly sink: FlowSink,
    firstPage: number,
    private readonly store?: LineStore,
  ) {
    this.page = firstPage;
    this.y = geometry.top;
  }

  /** Runs the whole flow; returns the number of the last page. */
  async run(): Promise<number> {
    this.sink.beginPage(this.page);
    for (let event = this.next(); event; event = this.next()) {
      if (event.kind === 'open') this.sink.open(event.tag);
      else if (event.kind === 'close') this.sink.close();
      else await this.placeBlock(event);
    }
    await this.sink.endPage(this.page, this.pageHeader || this.header);
    return this.page;
  }

  private next(): FlowEvent | undefined {
    if (this.buffer.length) return this.buffer.shift();
    const r = this.events.next();
    return r.done ? undefined : r.value;
  }

  /** The n-th block after the current one (skipping open/close events), without consuming it. */
  private peekBlock(n: number): Block | undefined {
    let seen = 0;
    for (let i = 0; ; i++) {
      while (this.buffer.length <= i) {
        const r = this.events.next();
        if (r.done) return undefined;
        this.buffer.push(r.value);
      }
      const e = this.buffer[i]!;
      if (e.kind === 'block' && ++seen === n) return e;
    }
  }

  wrap(block: Block): Wrapped {
    let w = this.wrapped.get(block);
    if (w) return w;
    const g = this.geometry;
    const indent = block.indent ?? 0;
    const reserve = block.trailer ? this.measurer.width(block.trailer.run.style, block.trailer.reserve) + TRAILER_GAP : 0;
    const width = block.columns ? (g.measure - COLUMN_GAP) / 2 : g.measure;
    const first = width - indent - reserve;
    const rest = first - (block.hang ?? 0);
    const wrapLines = () => (block.cells ? this.wrapRow(block.cells) : this.measurer.wrap(block.runs, first, rest));
    w = { block, lines: this.store ? this.store.take(wrapLines) : wrapLines(), leading: STYLES[block.style].leading };
    this.wrapped.set(block, w);
    return w;
  }

  /** A table row's lines: line i holds line i of every cell, each segment moved to its cell and marked with it. */
  private wrapRow(cells: readonly NonNullable<Block['cells']>[number][]): Line[] {
    const wrapped = cells.map((c) => (c.runs.length ? this.measurer.wrap(c.runs, c.width) : []));
    const count = Math.max(1, ...wrapped.map((l) => l.length));
    return Array.from({ length: count }, (_, i) => ({
      segments: wrapped.flatMap((lines, cell) => (lines[i]?.segments ?? []).map((seg) => ({ ...seg, x: seg.x + cells[cell]!.x, cell }))),
      width: Math.max(0, ...wrapped.map((lines, cell) => (lines[i] ? cells[cell]!.x + lines[i].width : 0))),
    }));
  }

  /** Height a block needs on this page before it may start: itself plus what it must keep with. */
  private keepHeight(block: Block, depth: number): number {
    const w = this.wrap(block);
    const all = w.lines.length * w.leading;
    // A paragraph may split (keeping two lines each side), so it needs only its first two lines here.
    if (!block.keepWithNext) return block.keepTogether || w.lines.length <= 3 ? all : MIN_LINES * w.leading;
    if (depth >= MAX_CHAIN) return all;
    const next = this.peekBlock(depth + 1);
    if (!next) return all;
    const nw = this.wrap(next);
    const nextNeed = next.keepWithNext
      ? this.keepHeight(next, depth + 1)
      : Math.min(nw.lines.length <= 3 ? nw.lines.length : MIN_LINES, nw.lines.length) * nw.leading;
    return all + (block.spaceAfter ?? 0) + (next.spaceBefore ?? 0) + nextNeed;
  }

  private async newPage(): Promise<void> {
    await this.sink.endPage(this.page, this.pageHeader || this.header);
    this.page += 1;
    this.y = this.geometry.top;
    this.placedOnPage = false;
    this.pageHeader = '';
    if (this.column) this.column = { index: 0, top: this.y, firstBottom: this.y };
    this.sink.beginPage(this.page);
  }

  /** Moves on to the next frame: the second column of this page, or the next page. */
  private async advance(): Promise<void> {
    if (this.column && this.column.index === 0) {
      this.column = { ...this.column, index: 1, firstBottom: this.y };
      this.y = this.column.top;
      this.placedOnPage = false;
      return;
    }
    await this.newPage();
  }

  private enterColumns(block: Block): void {
    if (block.columns && !this.column) this.column = { index: 0, top: this.y, firstBottom: this.y };
    if (!block.columns && this.column) {
      this.y = Math.max(this.y, this.column.firstBottom);
      this.column = undefined;
      this.placedOnPage = true;
    }
  }

  private columnOffset(): number {
    return this.column ? this.column.index * ((this.geometry.measure - COLUMN_GAP) / 2 + COLUMN_GAP) : 0;
  }

  private get room(): number {
    return this.geometry.bottom - this.y;
  }

  /**
   * When the block's remaining lines end on this page but the next block is kept with its
   * previous one and will not fit after them: how many lines go over with it ('all' when the
   * block is too short to split), or undefined.
   */
  private carryForNext(index: number, count: number, leading: number): number | 'all' | undefined {
    const next = this.peekBlock(1);
    if (!next?.keepWithPrevious) return undefined;
    const left = count - index;
    const nw = this.wrap(next);
    const after = this.y + left * leading + (next.spaceBefore ?? 0) + nw.lines.length * nw.leading;
    if (after <= this.geometry.bottom + 1e-6) return undefined;
    if (index === 0 && left < 2 * MIN_LINES) return 'all';
    const carry = Math.min(MIN_LINES, left - (index === 0 ? MIN_LINES : 1));
    return carry > 0 ? carry : 'all';
  }

  private async placeBlock(block: Block): Promise<void> {
    const frame = this.geometry.bottom - this.geometry.top;
    this.enterColumns(block);
    if (block.pageBreakBefore && (this.placedOnPage || this.column?.index === 1)) await this.newPage();
    const { lines, leading } = this.wrap(block);
    const before = this.placedOnPage ? (block.spaceBefore ?? 0) : 0;
    const need = this.keepHeight(block, 0);
    const together = block.keepTogether || lines.length <= 3;
    const whole = lines.length * leading;
    if (this.placedOnPage) {
      if (need + before > this.room && need <= frame) await this.advance();
      else if (together && whole + before > this.room && whole <= frame) await this.advance();
      else if (Math.floor((this.room - before) / leading + 1e-6) < Math.min(MIN_LINES, lines.length)) await this.advance();
      else this.y += before;
    }
    if (block.header !== undefined) this.header = block.header;
    // The running header names the section the page starts in (a second column does not change it).
    if (!this.placedOnPage && !this.pageHeader) this.pageHeader = this.header;

    let index = 0;
    let first = true;
    while (index < lines.length) {
      let fit = Math.max(1, Math.floor(this.room / leading + 1e-6));
      const left = lines.length - index;
      if (fit < left) {
        // Leave at least two lines for the next page, and take at least two here.
        if (left - fit < MIN_LINES) fit = left - MIN_LINES;
        if (fit < MIN_LINES && this.placedOnPage) {
          await this.advance();
          continue;
        }
        fit = Math.max(1, fit);
      } else {
        fit = left;
        // The next block must not stand alone at the top of the next page (a "Source" line):
        // take this block's last lines over with it, or all of a short block.
        const carry = this.carryForNext(index, lines.length, leading);
        if (carry === 'all' && this.placedOnPage && first) {
          await this.advance();
          continue;
        }
        if (typeof carry === 'number') fit = left - carry;
      }
      const placed: PlacedLine[] = [];
      for (let i = 0; i < fit; i++) {
        const line = lines[index + i]!;
        const continuation = index + i > 0;
        const x = this.geometry.left + this.columnOffset() + (block.indent ?? 0) + (continuation ? (block.hang ?? 0) : 0);
        placed.push({ line, x, y: this.y });
        this.y += leading;
      }
      if (first) this.sink.blockStart(block, this.page, placed[0]!.y);
      index += fit;
      this.placedOnPage = true;
      if (!this.pageHeader) this.pageHeader = this.header;
      this.sink.chunk(block, placed, first, index >= lines.length);
      first = false;
      if (index < lines.length) await this.advance();
    }
    this.y += block.spaceAfter ?? 0;
    this.sink.blockEnd(block);
  }
}
