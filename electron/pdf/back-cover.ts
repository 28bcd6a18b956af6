import { drawText, type PdfDocument } from './draw-text';
import { drawMarking, type MarkingLayout } from './marking';
import type { Measurer } from './measure';
import { drawDraftMark } from './page-chrome';
import { COLORS, STYLES, type PageGeometry, type StyleName } from './styles';

type StructEl = PDFKit.PDFStructureElement;

export interface BackCoverText {
  title: string;
  marking: MarkingLayout;
  /** "Version 3 · 1 December 2026 · Copy 4". */
  control: string;
  caveat: string;
  draft: boolean;
}

/**
 * The last page: the marking at top and bottom as on every page, and the document control
 * (title, version, date, copy, handling caveat) in the middle, so the closed book still
 * says what it is and how it must be handled.
 */
export function drawBackCover(doc: PdfDocument, root: StructEl, measurer: Measurer, g: PageGeometry, t: BackCoverText, markingTop: number): void {
  doc.addPage({ size: [g.width, g.height], margin: 0 });
  doc.markContent('Artifact', { type: 'Pagination' });
  if (t.draft) drawDraftMark(doc, g);
  drawMarking(doc, measurer, t.marking, g.left, g.measure, markingTop);
  drawMarking(doc, measurer, t.marking, g.left, g.measure, g.height - 34 - t.marking.height);
  doc.endMarkedContent();

  const sect = doc.struct('Sect');
  root.add(sect);
  const lines: Array<[string, StyleName]> = [[t.title, 'h2']];
  if (t.control) lines.push([t.control, 'meta']);
  if (t.caveat) lines.push([t.caveat, 'metaBold']);
  let y = g.height * 0.42;
  for (const [text, style] of lines) {
    const el = doc.struct('P');
    sect.add(el);
    const content = doc.markStructureContent('P');
    for (const line of measurer.wrap([{ text, style }], g.measure)) {
      const s = line.segments.map((seg) => seg.text).join('').trim();
      drawText(doc, style, s, g.left + (g.measure - measurer.width(style, s)) / 2, y, STYLES[style].leading);
      y += STYLES[style].leading;
    }
    doc.endMarkedContent();
    el.add(content);
    el.end();
    y += 6;
  }
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save().moveTo(g.left + g.measure / 2 - 28, y + 8).lineTo(g.left + g.measure / 2 + 28, y + 8).lineWidth(2).strokeColor(COLORS.accent).stroke().restore();
  doc.endMarkedContent();
  sect.end();
}
