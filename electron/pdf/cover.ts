import type { PlanCover } from '../books/layout-plan';
import { drawText, type Doc } from './draw-text';
import type { Measurer, Run } from './measure';
import { COLORS, STYLES, type PageGeometry, type StyleName } from './styles';

type StructEl = PDFKit.PDFStructureElement;

interface CoverContext {
  doc: Doc;
  sect: StructEl;
  measurer: Measurer;
  g: PageGeometry;
}

/** Wraps and sets a paragraph as one tagged element; returns the y below it. */
function paragraph(c: CoverContext, tag: string, runs: Run[], style: StyleName, x: number, y: number, width: number, align: 'left' | 'center' = 'left'): number {
  const leading = STYLES[style].leading;
  const lines = c.measurer.wrap(runs, width);
  const el = c.doc.struct(tag);
  c.sect.add(el);
  const content = c.doc.markStructureContent(tag);
  for (const line of lines) {
    const left = align === 'center' ? x + (width - line.width) / 2 : x;
    for (const seg of line.segments) drawText(c.doc, seg.style, seg.text, left + seg.x, y, leading);
    y += leading;
  }
  c.doc.endMarkedContent();
  el.add(content);
  el.end();
  return y;
}

function rule(doc: Doc, x1: number, x2: number, y: number, width: number, color: string): void {
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
  doc.endMarkedContent();
}

/**
 * The title page: classification marking at top and bottom, title and subtitle, who it
 * is prepared for and by, the date, and the purpose paragraph. No running header or footer.
 */
export function drawCover(doc: Doc, root: StructEl, measurer: Measurer, g: PageGeometry, cover: PlanCover, summaryLine: string): void {
  doc.addPage({ size: [g.width, g.height], margin: 0 });
  const sect = doc.struct('Sect');
  root.add(sect);
  const c: CoverContext = { doc, sect, measurer, g };
  const marking = [{ text: cover.classification, style: 'coverMarking' as const }];

  paragraph(c, 'P', marking, 'coverMarking', g.left, 40, g.measure, 'center');
  rule(doc, g.left, g.right, 62, 0.5, COLORS.faint);

  let y = g.height * 0.27;
  rule(doc, g.left, g.left + 56, y, 3, COLORS.accent);
  y += 22;
  y = paragraph(c, 'H1', [{ text: cover.title, style: 'coverTitle' }], 'coverTitle', g.left, y, g.measure);
  if (cover.subtitle) y = paragraph(c, 'P', [{ text: cover.subtitle, style: 'coverSubtitle' }], 'coverSubtitle', g.left, y + 8, g.measure);

  y = Math.max(y + 40, g.height * 0.52);
  const fields: Array<[string, string]> = [
    ['Prepared for', cover.preparedFor],
    ['Prepared by', cover.preparedBy],
    ['Date', cover.date],
  ].filter((f): f is [string, string] => Boolean(f[1]));
  const column = (g.measure - 24) / Math.max(1, fields.length);
  let bottom = y;
  fields.forEach(([label, value], i) => {
    const x = g.left + i * (column + 12);
    const after = paragraph(
      c,
      'P',
      [{ text: `${label.toUpperCase()} `, style: 'coverLabel' }],
      'coverLabel',
      x,
      y,
      column,
    );
    bottom = Math.max(bottom, paragraph(c, 'P', [{ text: value, style: 'coverValue' }], 'coverValue', x, after + 2, column));
  });
  y = bottom;

  if (cover.purpose) {
    y += 30;
    const top = y;
    y = paragraph(c, 'P', [{ text: 'PURPOSE', style: 'coverLabel' }], 'coverLabel', g.left + 16, y, g.measure - 16);
    y = paragraph(c, 'P', [{ text: cover.purpose, style: 'coverPurpose' }], 'coverPurpose', g.left + 16, y + 3, g.measure - 16);
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().moveTo(g.left + 2, top + 2).lineTo(g.left + 2, y - 2).lineWidth(2).strokeColor(COLORS.accent).stroke().restore();
    doc.endMarkedContent();
  }

  paragraph(c, 'P', [{ text: summaryLine, style: 'meta' }], 'meta', g.left, g.height - 96, g.measure, 'center');
  rule(doc, g.left, g.right, g.height - 66, 0.5, COLORS.faint);
  // The marking repeats at the foot of the page, as on any classified paper (decoration: read once).
  doc.markContent('Artifact', { type: 'Pagination' });
  const w = measurer.width('coverMarking', cover.classification);
  drawText(doc, 'coverMarking', cover.classification, g.left + (g.measure - w) / 2, g.height - 54, STYLES.coverMarking.leading);
  doc.endMarkedContent();
  sect.end();
}
