import type PDFDocument from 'pdfkit';
import { ASCENT, DESCENT, STYLES, type StyleName } from './styles';

export type Doc = InstanceType<typeof PDFDocument>;

// The fill colour and font last set on each page: setting them again for every run of text
// would cost time and bloat the content streams.
const current = new WeakMap<Doc, { page: unknown; style: StyleName }>();

/** Sets one run of text with its line box's top-left corner at (x, lineTop), centred in `leading`. */
export function drawText(doc: Doc, style: StyleName, text: string, x: number, lineTop: number, leading: number): void {
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
export function resetTextState(doc: Doc): void {
  current.delete(doc);
}
