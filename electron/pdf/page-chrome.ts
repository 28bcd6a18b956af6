import type { Measurer } from './measure';
import { drawText, resetTextState, type PdfDocument } from './draw-text';
import { drawMarking, type MarkingLayout } from './marking';
import { COLORS, STYLES, type PageGeometry, type StyleName } from './styles';

/** Shortens text with an ellipsis so it fits `max` points. */
export function fitText(measurer: Measurer, style: StyleName, text: string, max: number): string {
  if (measurer.width(style, text) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measurer.width(style, `${chars.slice(0, mid).join('').trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

export interface ChromeText {
  title: string;
  section: string;
  marking: MarkingLayout;
  /** Document control at the foot's left: "Version 3 · 1 December 2026 · Copy 4". */
  control: string;
  page: number;
  total: number;
  draft: boolean;
}

/** Top of the marking block at the head of a page. */
export const HEAD_MARKING_TOP = 12;

/**
 * Running header (book title left, current section right, a hairline under them) under the
 * marking, and footer (document control left, "Page X of Y" right) above the marking, on
 * every page after the cover. Marked as pagination artifacts so screen readers skip them.
 */
export function drawPageChrome(doc: PdfDocument, g: PageGeometry, measurer: Measurer, t: ChromeText): void {
  const leading = 10;
  const headerTop = g.top - 46;
  const footerTop = g.bottom + 20;
  doc.markContent('Artifact', { type: 'Pagination' });
  if (t.draft) drawDraftMark(doc, g);
  drawMarking(doc, measurer, t.marking, g.left, g.measure, HEAD_MARKING_TOP);

  const half = g.measure / 2 - 10;
  const title = fitText(measurer, 'chrome', t.title, t.section ? half : g.measure);
  drawText(doc, 'chrome', title, g.left, headerTop, leading);
  if (t.section) {
    const section = fitText(measurer, 'chrome', t.section, half);
    drawText(doc, 'chrome', section, g.right - measurer.width('chrome', section), headerTop, leading);
  }
  const headerRule = headerTop + leading + 4;
  doc.save().moveTo(g.left, headerRule).lineTo(g.right, headerRule).lineWidth(0.5).strokeColor(COLORS.faint).stroke().restore();

  const footerRule = footerTop - 6;
  doc.save().moveTo(g.left, footerRule).lineTo(g.right, footerRule).lineWidth(0.5).strokeColor(COLORS.faint).stroke().restore();
  const pageText = `Page ${t.page} of ${t.total}`;
  const pageWidth = measurer.width('chrome', pageText);
  if (t.control) drawText(doc, 'chrome', fitText(measurer, 'chrome', t.control, g.measure - pageWidth - 20), g.left, footerTop, leading);
  drawText(doc, 'chrome', pageText, g.right - pageWidth, footerTop, leading);
  drawMarking(doc, measurer, t.marking, g.left, g.measure, footerTop + leading + 4);

  doc.endMarkedContent();
}

/**
 * A large pale DRAFT across the middle of the page, behind the text. Set level, not on a
 * diagonal: text extraction (and search) then reads it as the word it is.
 */
export function drawDraftMark(doc: PdfDocument, g: PageGeometry): void {
  const size = 150;
  doc.save();
  doc.font(STYLES.chromeBold.font).fontSize(size).fillColor(COLORS.marking).fillOpacity(0.07);
  const w = doc.widthOfString('DRAFT');
  doc.text('DRAFT', (g.width - w) / 2, g.height / 2 - size * 0.7, { lineBreak: false });
  doc.restore();
  resetTextState(doc);
}
