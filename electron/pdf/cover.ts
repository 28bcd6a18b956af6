import type { PlanCover } from '../books/layout-plan';
import { drawText, type PdfDocument } from './draw-text';
import { COVER_MARKING_STYLES, drawMarking, layoutMarking, type MarkingLayout } from './marking';
import type { Measurer, Run } from './measure';
import { COLORS, STYLES, type PageGeometry, type StyleName } from './styles';

type StructEl = PDFKit.PDFStructureElement;

/** What of the cover did not fit on it and is printed instead at the start of the book's flow. */
export interface CoverOverflow {
  subtitle: boolean;
  fields: boolean;
  purpose: boolean;
}

interface CoverContext {
  doc: PdfDocument;
  sect: StructEl;
  measurer: Measurer;
  g: PageGeometry;
}

/** Prepared for / by and the date, as printed in columns (empty ones left out). */
export function coverFields(cover: PlanCover): Array<[string, string]> {
  return (
    [
      ['Prepared for', cover.preparedFor],
      ['Prepared by', cover.preparedBy],
      ['Date', cover.date],
    ] as Array<[string, string]>
  ).filter((f) => Boolean(f[1]));
}

const MARKING_TOP = 24;
const TITLE_TOP_ROOMY = 0.27;
const TITLE_TOP_TIGHT = 96;
/** The cover's content stays above the summary line and the foot marking. */
const CONTENT_BOTTOM = 112;

interface CoverLayout {
  titleTop: number;
  caveat: string;
  overflow: CoverOverflow;
  marking: MarkingLayout;
}

function linesHeight(m: Measurer, text: string, style: StyleName, width: number): number {
  return m.wrap([{ text, style }], width).length * STYLES[style].leading;
}

/** Heights of the cover's parts at the cover's widths. */
function partHeights(m: Measurer, g: PageGeometry, cover: PlanCover) {
  const fields = coverFields(cover);
  const column = (g.measure - 24) / Math.max(1, fields.length);
  return {
    title: 22 + linesHeight(m, cover.title, 'coverTitle', g.measure),
    subtitle: cover.subtitle ? 8 + linesHeight(m, cover.subtitle, 'coverSubtitle', g.measure) : 0,
    fields: fields.length ? Math.max(...fields.map(([, v]) => STYLES.coverLabel.leading + 2 + linesHeight(m, v, 'coverValue', column))) : 0,
    purpose: cover.purpose ? 30 + STYLES.coverLabel.leading + 3 + linesHeight(m, cover.purpose, 'coverPurpose', g.measure - 16) : 0,
  };
}

/**
 * Decides where the cover's parts go. The roomy layout when everything fits; else the title
 * starts higher; else the purpose, then the names and date, then the subtitle move to the
 * first page after the cover, so no accepted input ever overprints the foot or leaves the page.
 */
export function layoutCover(m: Measurer, g: PageGeometry, cover: PlanCover, caveat = ''): CoverLayout {
  const h = partHeights(m, g, cover);
  const caveatLines = caveat ? m.wrap([{ text: caveat, style: 'metaBold' }], g.measure).length : 0;
  const limit = g.height - CONTENT_BOTTOM - caveatLines * STYLES.metaBold.leading - (caveat ? 8 : 0);
  const bottomOf = (titleTop: number, o: CoverOverflow) => {
    let y = titleTop + h.title + (o.subtitle ? 0 : h.subtitle);
    if (!o.fields && h.fields) y = Math.max(y + 40, titleTop === TITLE_TOP_TIGHT ? y + 40 : g.height * 0.52) + h.fields;
    return y + (o.purpose ? 0 : h.purpose);
  };
  const marking = layoutMarking(m, cover.classification, g.measure, COVER_MARKING_STYLES);
  const tries: CoverOverflow[] = [
    { subtitle: false, fields: false, purpose: false },
    { subtitle: false, fields: false, purpose: Boolean(cover.purpose) },
    { subtitle: false, fields: true, purpose: Boolean(cover.purpose) },
  ];
  for (const overflow of tries) {
    for (const titleTop of [g.height * TITLE_TOP_ROOMY, TITLE_TOP_TIGHT]) {
      if (bottomOf(titleTop, overflow) <= limit) return { titleTop, overflow, marking, caveat };
    }
  }
  return { titleTop: TITLE_TOP_TIGHT, overflow: { subtitle: Boolean(cover.subtitle), fields: true, purpose: Boolean(cover.purpose) }, marking, caveat };
}

/** Wraps and sets a paragraph as one tagged element; returns the y below it. */
function paragraph(c: CoverContext, tag: string, runs: Run[], style: StyleName, x: number, y: number, width: number): number {
  const leading = STYLES[style].leading;
  const lines = c.measurer.wrap(runs, width);
  const el = c.doc.struct(tag);
  c.sect.add(el);
  const content = c.doc.markStructureContent(tag);
  for (const line of lines) {
    for (const seg of line.segments) drawText(c.doc, seg.style, seg.text, x + seg.x, y, leading);
    y += leading;
  }
  c.doc.endMarkedContent();
  el.add(content);
  el.end();
  return y;
}

function rule(doc: PdfDocument, x1: number, x2: number, y: number, width: number, color: string): void {
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
  doc.endMarkedContent();
}

function markingParagraph(c: CoverContext, marking: MarkingLayout, top: number): void {
  const el = c.doc.struct('P');
  c.sect.add(el);
  const content = c.doc.markStructureContent('P');
  drawMarking(c.doc, c.measurer, marking, c.g.left, c.g.measure, top);
  c.doc.endMarkedContent();
  el.add(content);
  el.end();
}

/**
 * The title page: classification marking at top and bottom, title and subtitle, who it
 * is prepared for and by, the date, and the purpose paragraph, as far as they fit (see
 * layoutCover). No running header or footer.
 */
export function drawCover(doc: PdfDocument, root: StructEl, measurer: Measurer, g: PageGeometry, cover: PlanCover, summaryLine: string, layout: CoverLayout, draw?: (doc: PdfDocument) => void): void {
  doc.addPage({ size: [g.width, g.height], margin: 0 });
  draw?.(doc);
  const sect = doc.struct('Sect');
  root.add(sect);
  const c: CoverContext = { doc, sect, measurer, g };
  const { overflow, marking } = layout;
  markingParagraph(c, marking, MARKING_TOP);
  rule(doc, g.left, g.right, 62, 0.5, COLORS.faint);

  let y = layout.titleTop;
  rule(doc, g.left, g.left + 56, y, 3, COLORS.accent);
  y += 22;
  y = paragraph(c, 'H1', [{ text: cover.title, style: 'coverTitle' }], 'coverTitle', g.left, y, g.measure);
  if (cover.subtitle && !overflow.subtitle) y = paragraph(c, 'P', [{ text: cover.subtitle, style: 'coverSubtitle' }], 'coverSubtitle', g.left, y + 8, g.measure);

  const fields = overflow.fields ? [] : coverFields(cover);
  if (fields.length) {
    y = layout.titleTop === TITLE_TOP_TIGHT ? y + 40 : Math.max(y + 40, g.height * 0.52);
    const column = (g.measure - 24) / fields.length;
    let bottom = y;
    fields.forEach(([label, value], i) => {
      const x = g.left + i * (column + 12);
      const after = paragraph(c, 'P', [{ text: `${label.toUpperCase()} `, style: 'coverLabel' }], 'coverLabel', x, y, column);
      bottom = Math.max(bottom, paragraph(c, 'P', [{ text: value, style: 'coverValue' }], 'coverValue', x, after + 2, column));
    });
    y = bottom;
  }

  if (cover.purpose && !overflow.purpose) {
    y += 30;
    const top = y;
    y = paragraph(c, 'P', [{ text: 'PURPOSE', style: 'coverLabel' }], 'coverLabel', g.left + 16, y, g.measure - 16);
    y = paragraph(c, 'P', [{ text: cover.purpose, style: 'coverPurpose' }], 'coverPurpose', g.left + 16, y + 3, g.measure - 16);
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().moveTo(g.left + 2, top + 2).lineTo(g.left + 2, y - 2).lineWidth(2).strokeColor(COLORS.accent).stroke().restore();
    doc.endMarkedContent();
  }

  if (layout.caveat) {
    // The handling caveat, just above the summary line, centred like the marking.
    const lines = measurer.wrap([{ text: layout.caveat, style: 'metaBold' }], g.measure);
    let top = g.height - 104 - lines.length * STYLES.metaBold.leading;
    for (const line of lines) {
      paragraph(c, 'P', line.segments, 'metaBold', g.left + (g.measure - line.width) / 2, top, g.measure);
      top += STYLES.metaBold.leading;
    }
  }
  const summary = measurer.wrap([{ text: summaryLine, style: 'meta' }], g.measure)[0]!;
  paragraph(c, 'P', summary.segments, 'meta', g.left + (g.measure - summary.width) / 2, g.height - 96, g.measure);
  rule(doc, g.left, g.right, g.height - 70, 0.5, COLORS.faint);
  // The marking repeats at the foot of the page, as on any classified paper (decoration: read once).
  doc.markContent('Artifact', { type: 'Pagination' });
  drawMarking(doc, measurer, marking, g.left, g.measure, g.height - 62);
  doc.endMarkedContent();
  sect.end();
}
