import type { PdfDocument } from './draw-text';
import type { Block, FlowSink, PlacedLine } from './flow';
import type { Measurer, Segment } from './measure';
import { TextEmitter, type PlacedRun } from './text-emitter';
import { drawPageChrome, type ChromeText } from './page-chrome';
import { ASCENT, COLORS, DESCENT, STYLES, type PageGeometry } from './styles';

type StructEl = PDFKit.PDFStructureElement;

interface OpenBlock {
  el: StructEl;
  /** Where the block's text content goes: the element, its LBody, or a Link inside it. */
  target: StructEl;
  targetTag: string;
  label?: StructEl;
  link?: StructEl;
  /** A table row's TH/TD elements, one per cell. */
  cells?: StructEl[];
}

/** How far left of the text frame a briefing block's bar stands, and how wide it is. */
const ASIDE_BAR = { x: 0, width: 2.5 };

/**
 * The drawing pass: writes placed lines into the pdfkit document with a structure tree
 * (Sect/H1-H3/P/L/LI/TOC/TOCI/Link/Table/TR/TH/TD), named destinations, bookmarks, internal and web links,
 * and the running header and footer on each finished page.
 */
export class PdfSink implements FlowSink {
  private readonly stack: StructEl[];
  private readonly outlines: PDFKit.PDFOutline[] = [];
  private current: OpenBlock | undefined;
  private readonly anchors = new Map<string, number>();

  constructor(
    private readonly doc: PdfDocument,
    root: StructEl,
    private readonly geometry: PageGeometry,
    private readonly measurer: Measurer,
    private readonly chrome: Omit<ChromeText, 'section' | 'page' | 'total'> & { totalPages: number },
    private readonly onPage: (page: number) => void | Promise<void>,
    private readonly text: TextEmitter,
  ) {
    this.stack = [root];
  }

  /** Anchors as this pass placed them (checked against the measuring pass). */
  placedAnchors(): ReadonlyMap<string, number> {
    return this.anchors;
  }

  beginPage(): void {
    this.doc.addPage({ size: [this.geometry.width, this.geometry.height], margin: 0 });
  }

  async endPage(page: number, header: string): Promise<void> {
    const { totalPages, ...chrome } = this.chrome;
    drawPageChrome(this.doc, this.geometry, this.measurer, { ...chrome, section: header, page, total: totalPages });
    await this.onPage(page);
  }

  open(tag: string): void {
    const el = this.doc.struct(tag);
    this.stack[this.stack.length - 1]!.add(el);
    this.stack.push(el);
  }

  close(): void {
    this.stack.pop()?.end();
  }

  blockStart(block: Block, page: number, y: number): void {
    const doc = this.doc;
    const parent = this.stack[this.stack.length - 1]!;
    const el = doc.struct(block.tag);
    parent.add(el);
    const open: OpenBlock = { el, target: el, targetTag: block.tag };
    if (block.cells) {
      open.cells = block.cells.map((c) => {
        const cell = doc.struct(c.header ? 'TH' : 'TD');
        el.add(cell);
        return cell;
      });
    }
    if (block.tag === 'LI') {
      if (block.label) el.add((open.label = doc.struct('Lbl')));
      const body = doc.struct('LBody');
      el.add(body);
      open.target = body;
      open.targetTag = 'LBody';
    }
    if (block.link) {
      open.link = doc.struct('Link');
      open.target.add(open.link);
      open.target = open.link;
      open.targetTag = 'Link';
    }
    this.current = open;
    if (block.anchor) {
      this.anchors.set(block.anchor, page);
      doc.addNamedDestination(block.anchor, 'XYZ', 0, Math.max(0, y - 8), null as unknown as number);
    }
    if (block.outline) {
      const level = block.outline.level;
      const parentItem = level === 0 ? doc.outline : (this.outlines[level - 1] ?? doc.outline);
      // pdfkit's XYZ destination: `top` from the page top, `left` subtracted from the page width.
      const options = { fit: false, top: Math.max(0, y - 8), left: this.geometry.width, zoom: 0, expanded: false };
      const item = parentItem.addItem(block.outline.title, options as { expanded: boolean });
      this.outlines[level] = item;
      this.outlines.length = level + 1;
    }
  }

  chunk(block: Block, lines: PlacedLine[], first: boolean, last: boolean): void {
    const doc = this.doc;
    const open = this.current!;
    const leading = STYLES[block.style].leading;
    if (block.aside) this.drawAsideBar(block, lines, first, leading);
    if (open.cells) return this.chunkRow(block, open.cells, lines, last, leading);
    if (first && block.label && open.label) {
      const content = doc.markStructureContent('Lbl');
      const labelWidth = this.measurer.width(block.label.style, block.label.text);
      const x = lines[0]!.x - labelWidth - (block.label.text.length > 1 ? 6 : 8);
      this.text.draw([{ style: block.label.style, text: block.label.text, x, top: lines[0]!.y, leading }]);
      doc.endMarkedContent();
      open.label.add(content);
      open.label.end();
    }
    const content = doc.markStructureContent(open.targetTag);
    const runs: PlacedRun[] = [];
    for (const placed of lines) {
      for (const seg of placed.line.segments) runs.push({ style: seg.style, text: seg.text, x: placed.x + seg.x, top: placed.y, leading });
    }
    let trailerX = 0;
    const lastLine = lines[lines.length - 1]!;
    if (last && block.trailer && block.trailer.run.text) {
      const t = block.trailer.run;
      trailerX = this.geometry.right - this.measurer.width(t.style, t.text);
      // A space before the trailer, so the structure tree reads "(11 July 2025) see p. 20".
      const previous = runs[runs.length - 1];
      if (previous && !/\s$/.test(previous.text)) previous.text += ' ';
      runs.push({ style: t.style, text: t.text, x: trailerX, top: lastLine.y, leading });
    }
    this.text.draw(runs);
    doc.endMarkedContent();
    open.target.add(content);

    // Decoration (leaders, rules) is marked as artifact, outside the text structure.
    if (last && block.trailer && trailerX > 0) this.drawLeaders(block, lastLine, trailerX, leading);
    if (last && block.ruleBelow) {
      doc.markContent('Artifact', { type: 'Layout' });
      const y = lastLine.y + leading + 3;
      doc.save().moveTo(this.geometry.left, y).lineTo(this.geometry.right, y).lineWidth(0.75).strokeColor(COLORS.rule).stroke().restore();
      doc.endMarkedContent();
    }
    this.drawLinks(block, lines, last ? trailerX : 0, leading);
  }

  /** A table row's lines: each cell's text in its own TH/TD, a hairline under the row. */
  private chunkRow(block: Block, cells: StructEl[], lines: PlacedLine[], last: boolean, leading: number): void {
    const doc = this.doc;
    cells.forEach((cellEl, index) => {
      const runs: PlacedRun[] = [];
      for (const placed of lines) {
        for (const seg of placed.line.segments) {
          if (seg.cell === index) runs.push({ style: seg.style, text: seg.text, x: placed.x + seg.x, top: placed.y, leading });
        }
      }
      if (runs.length === 0) return;
      const content = doc.markStructureContent(block.cells![index]!.header ? 'TH' : 'TD');
      this.text.draw(runs);
      doc.endMarkedContent();
      cellEl.add(content);
    });
    if (!last) return;
    const header = block.cells!.some((c) => c.header);
    const y = lines[lines.length - 1]!.y + leading + (block.spaceAfter ?? 0);
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().moveTo(this.geometry.left, y).lineTo(this.geometry.right, y).lineWidth(header ? 0.9 : 0.5).strokeColor(header ? COLORS.accent : COLORS.faint).stroke().restore();
    doc.endMarkedContent();
  }

  /** The bar beside a briefing block: through this page's lines, and up through the space above on the same page. */
  private drawAsideBar(block: Block, lines: PlacedLine[], first: boolean, leading: number): void {
    const top = lines[0]!.y;
    const above = first && block.aside === 'rest' && top > this.geometry.top + 0.5 ? (block.spaceBefore ?? 0) : 0;
    const bottom = lines[lines.length - 1]!.y + leading;
    const doc = this.doc;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().rect(this.geometry.left + ASIDE_BAR.x, top - above, ASIDE_BAR.width, bottom - top + above).fillColor(COLORS.accent).fill().restore();
    doc.endMarkedContent();
  }

  blockEnd(): void {
    const open = this.current;
    if (!open) return;
    open.cells?.forEach((c) => c.end());
    open.link?.end();
    open.el.end();
    this.current = undefined;
  }

  /** Dot leaders as one dotted stroke (round caps on a zero-length dash), aligned to a grid so columns of dots line up. */
  private drawLeaders(block: Block, line: PlacedLine, trailerX: number, leading: number): void {
    const style = STYLES[block.trailer!.run.style];
    const step = 4.5;
    const start = Math.ceil((line.x + line.line.width + 6) / step) * step;
    const end = trailerX - 5;
    if (end - start < step * 2) return;
    const baseline = line.y + (leading - style.size * (ASCENT + DESCENT)) / 2 + style.size * ASCENT;
    const doc = this.doc;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save()
      .moveTo(start, baseline - 0.6)
      .lineTo(end, baseline - 0.6)
      .lineWidth(0.9)
      .lineCap('round')
      .dash(0.001, { space: step })
      .strokeColor(COLORS.rule)
      .stroke()
      .undash()
      .restore();
    doc.endMarkedContent();
  }

  private drawLinks(block: Block, lines: PlacedLine[], trailerX: number, leading: number): void {
    const doc = this.doc;
    const open = this.current!;
    const lastIndex = lines.length - 1;
    lines.forEach((placed, i) => {
      if (block.link && open.link) {
        const right = i === lastIndex && trailerX > 0 ? this.geometry.right : placed.x + placed.line.width;
        doc.goTo(placed.x, placed.y, right - placed.x, leading, block.link, { structParent: open.link } as PDFKit.Mixins.AnnotationOption);
      }
      for (const seg of placed.line.segments) this.segmentLink(seg, placed, leading);
    });
  }

  private segmentLink(seg: Segment, placed: PlacedLine, leading: number): void {
    if (!seg.link && !seg.uri) return;
    const doc = this.doc;
    const linkEl = doc.struct('Link');
    this.current!.target.add(linkEl);
    const options = { structParent: linkEl } as PDFKit.Mixins.AnnotationOption;
    const x = placed.x + seg.x;
    if (seg.link) doc.goTo(x, placed.y, seg.width, leading, seg.link, options);
    else doc.link(x, placed.y, seg.width, leading, seg.uri!, options);
    linkEl.end();
  }
}
