import type PDFDocument from 'pdfkit';
import { isRtlParagraph, visualRuns } from './bidi';
import { hasRtl, isSimpleText } from './scripts';
import { ASCENT, DESCENT, STYLES, type StyleName } from './styles';
import type { TextEmitter } from './text-emitter';

export type PdfDocument = InstanceType<typeof PDFDocument>;

// The fill colour and font last set on each page: setting them again for every run of text
// would cost time and bloat the content streams.
const current = new WeakMap<PdfDocument, { page: unknown; style: StyleName }>();

// Text in other scripts (shaped, fallback fonts, right to left) goes through the document's emitter.
const emitters = new WeakMap<PdfDocument, { emitter: TextEmitter; width: (style: StyleName, text: string) => number }>();

/** Lets drawText set text in every script on this document (render-book.ts). */
export function useEmitter(doc: PdfDocument, emitter: TextEmitter, width: (style: StyleName, text: string) => number): void {
  emitters.set(doc, { emitter, width });
}

/** Sets one run of text with its line box's top-left corner at (x, lineTop), centred in `leading`. */
export function drawText(doc: PdfDocument, style: StyleName, text: string, x: number, lineTop: number, leading: number): void {
  const complex = isSimpleText(text) ? undefined : emitters.get(doc);
  if (complex) {
    // Pieces of one direction, left to right on the page (a right-to-left title reads right to left).
    // Placed in visual order, written in logical order (as measure.ts lines are).
    let left = x;
    const rtl = hasRtl(text) && isRtlParagraph(text);
    const placed = visualRuns(text, rtl).map((run) => {
      const piece = { style, text: text.slice(run.start, run.end), x: left, top: lineTop, leading, start: run.start };
      left += complex.width(style, piece.text);
      return piece;
    });
    complex.emitter.draw(placed.sort((a, b) => a.start - b.start));
    return;
  }
  const s = STYLES[style];
  const y = lineTop + (leading - s.size * (ASCENT + DESCENT)) / 2;
  const last = current.get(doc);
  if (!last || last.page !== doc.page || last.style !== style) {
    doc.font(s.font).fontSize(s.size).fillColor(s.color);
    current.set(doc, { page: doc.page, style });
  }
  doc.text(text, x, y, { lineBreak: false });
}

/** Forgets the font and colour last set (after drawing that set them behind drawText's back). */
export function resetTextState(doc: PdfDocument): void {
  current.delete(doc);
}
