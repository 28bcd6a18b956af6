import type { PdfDocument } from './draw-text';
import { drawText } from './draw-text';
import type { Measurer } from './measure';
import { STYLES, type StyleName } from './styles';

/**
 * The classification marking, set whole at the head and foot of every page: never cut. It
 * wraps onto a second line, and when even two lines are not enough it is set smaller, down
 * to a floor size; MAX_MARKING_LENGTH (books/book-types) is chosen so that any accepted
 * marking fits two lines at the floor.
 */
export interface MarkingLayout {
  style: StyleName;
  lines: string[];
  leading: number;
  height: number;
}

const MAX_LINES = 2;

/** Sizes tried in turn, largest first; the last is the floor. */
export const PAGE_MARKING_STYLES: readonly StyleName[] = ['chromeBold', 'marking65', 'marking55'];
export const COVER_MARKING_STYLES: readonly StyleName[] = ['coverMarking', 'marking85', 'chromeBold', 'marking65', 'marking55'];

export function layoutMarking(measurer: Measurer, text: string, width: number, ladder: readonly StyleName[]): MarkingLayout {
  let result: MarkingLayout | undefined;
  for (const style of ladder) {
    const lines = measurer.wrap([{ text, style }], width).map((l) => l.segments.map((s) => s.text).join('').trim());
    const leading = STYLES[style].leading;
    result = { style, lines, leading, height: lines.length * leading };
    if (lines.length <= MAX_LINES) return result;
  }
  return result!;
}

/** Sets the marking's lines centred between `left` and `left + width`, from `top` down. */
export function drawMarking(doc: PdfDocument, measurer: Measurer, layout: MarkingLayout, left: number, width: number, top: number): void {
  layout.lines.forEach((line, i) => {
    const w = measurer.width(layout.style, line);
    drawText(doc, layout.style, line, left + (width - w) / 2, top + i * layout.leading, layout.leading);
  });
}
