import type PDFDocument from 'pdfkit';
import { ASCENT, DESCENT, STYLES, type StyleName } from './styles';

export type Doc = InstanceType<typeof PDFDocument>;

/** Sets one run of text with its line box's top-left corner at (x, lineTop), centred in `leading`. */
export function drawText(doc: Doc, style: StyleName, text: string, x: number, lineTop: number, leading: number): void {
  const s = STYLES[style];
  const y = lineTop + (leading - s.size * (ASCENT + DESCENT)) / 2;
  doc.font(s.font).fontSize(s.size).fillColor(s.color).text(text, x, y, { lineBreak: false });
}
