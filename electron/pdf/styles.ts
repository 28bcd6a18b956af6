import type { Paper } from '../books/book-types';
import type { FontName } from './fonts';

/** Page size and the text frame inside the margins, in PDF points (1/72 inch). */
export interface PageGeometry {
  paper: Paper;
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Width of the text frame. */
  measure: number;
}

const SIZES: Record<Paper, [number, number]> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

export function pageGeometry(paper: Paper): PageGeometry {
  const [width, height] = SIZES[paper];
  // Generous outer margins, a line length of about 70 characters of body text. The head and
  // foot hold the marking (up to two lines each), the running header and the footer line.
  const left = 72;
  const right = width - 72;
  return { paper, width, height, left, right, top: 86, bottom: height - 92, measure: right - left };
}

export interface TextStyle {
  font: FontName;
  size: number;
  /** Distance between baselines. */
  leading: number;
  color: string;
}

export const COLORS = {
  ink: '#1b1b1b',
  accent: '#1f3a5f',
  muted: '#5a5f66',
  rule: '#9aa5b1',
  faint: '#c9d1d9',
  marking: '#8b1a1a',
} as const;

export const STYLES = {
  body: { font: 'serif', size: 10.5, leading: 15, color: COLORS.ink },
  bodyItalic: { font: 'serifItalic', size: 10.5, leading: 15, color: COLORS.ink },
  bodyBold: { font: 'serifBold', size: 10.5, leading: 15, color: COLORS.ink },
  bodyLink: { font: 'serif', size: 10.5, leading: 15, color: COLORS.accent },
  h1: { font: 'sansBold', size: 20, leading: 26, color: COLORS.accent },
  h1Kicker: { font: 'sans', size: 9, leading: 13, color: COLORS.muted },
  h2: { font: 'sansBold', size: 13.5, leading: 18, color: COLORS.accent },
  summaryTitle: { font: 'serifBold', size: 12.5, leading: 16.5, color: COLORS.ink },
  meta: { font: 'sans', size: 8.5, leading: 12, color: COLORS.muted },
  metaBold: { font: 'sansBold', size: 8.5, leading: 12, color: COLORS.muted },
  label: { font: 'sansBold', size: 8, leading: 13, color: COLORS.accent },
  source: { font: 'sans', size: 8, leading: 11.5, color: COLORS.muted },
  sourceLink: { font: 'sans', size: 8, leading: 11.5, color: COLORS.accent },
  xref: { font: 'serifItalic', size: 10, leading: 14, color: COLORS.ink },
  xrefPage: { font: 'sans', size: 9, leading: 14, color: COLORS.accent },
  table: { font: 'sans', size: 9, leading: 12.5, color: COLORS.ink },
  tableBold: { font: 'sansBold', size: 9, leading: 12.5, color: COLORS.ink },
  tableItalic: { font: 'serifItalic', size: 9.5, leading: 12.5, color: COLORS.ink },
  tableHead: { font: 'sansBold', size: 8, leading: 12.5, color: COLORS.accent },
  toc1: { font: 'sansBold', size: 10.5, leading: 15, color: COLORS.accent },
  toc2: { font: 'sans', size: 10, leading: 14, color: COLORS.ink },
  toc3: { font: 'serif', size: 9.5, leading: 13, color: COLORS.ink },
  tocPage: { font: 'sans', size: 9.5, leading: 13, color: COLORS.ink },
  index: { font: 'serif', size: 9.5, leading: 13, color: COLORS.ink },
  indexPage: { font: 'sans', size: 8.5, leading: 13, color: COLORS.accent },
  coverMarking: { font: 'sansBold', size: 10, leading: 14, color: COLORS.marking },
  coverTitle: { font: 'serifBold', size: 28, leading: 35, color: COLORS.accent },
  coverSubtitle: { font: 'sans', size: 14, leading: 19, color: COLORS.muted },
  coverLabel: { font: 'sansBold', size: 7.5, leading: 11, color: COLORS.muted },
  coverValue: { font: 'sans', size: 11, leading: 15, color: COLORS.ink },
  coverPurpose: { font: 'serifItalic', size: 10.5, leading: 15.5, color: COLORS.ink },
  chrome: { font: 'sans', size: 7.5, leading: 10, color: COLORS.muted },
  chromeBold: { font: 'sansBold', size: 7.5, leading: 10, color: COLORS.marking },
  // Smaller steps for a long classification marking (see marking.ts).
  marking85: { font: 'sansBold', size: 8.5, leading: 11.5, color: COLORS.marking },
  marking65: { font: 'sansBold', size: 6.5, leading: 8.5, color: COLORS.marking },
  marking55: { font: 'sansBold', size: 5.5, leading: 7.5, color: COLORS.marking },
} satisfies Record<string, TextStyle>;

export type StyleName = keyof typeof STYLES;

/** Noto's ascent and descent (1069/-293 per 1000 em) centre the glyphs in the line box. */
export const ASCENT = 1.069;
export const DESCENT = 0.293;
