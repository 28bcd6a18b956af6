import type { Measurer } from './measure';
import { drawText, type Doc } from './draw-text';
import { COLORS, type PageGeometry, type StyleName } from './styles';

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
  classification: string;
  page: number;
  total: number;
}

/**
 * Running header (book title left, current section right, a hairline under them) and
 * footer (classification marking centred, "Page X of Y" right) on every page after the
 * cover. Marked as pagination artifacts so screen readers skip them.
 */
export function drawPageChrome(doc: Doc, g: PageGeometry, measurer: Measurer, t: ChromeText): void {
  const headerTop = g.top - 38;
  const footerTop = g.bottom + 30;
  const leading = 10;
  doc.markContent('Artifact', { type: 'Pagination' });

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
  const marking = fitText(measurer, 'chromeBold', t.classification, g.measure / 2);
  drawText(doc, 'chromeBold', marking, g.left + (g.measure - measurer.width('chromeBold', marking)) / 2, footerTop, leading);
  const pageText = `Page ${t.page} of ${t.total}`;
  drawText(doc, 'chrome', pageText, g.right - measurer.width('chrome', pageText), footerTop, leading);

  doc.endMarkedContent();
}
