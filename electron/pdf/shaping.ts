import type { PdfKitEmbeddedFont } from './fast-layout';
import { mirrored } from './bidi';
import { itemize, type AnyFace, type FallbackFace } from './font-fallback';
import type { FontName } from './fonts';
import { hasRtl, isSimpleText, needsShaping } from './scripts';

export interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
  /** Text for the ToUnicode map when it differs from codePoints. */
  unicode?: number[];
}

/** A pdfkit font with the parts the shaper and the emitter use (fontkit's font inside). */
export interface ShapingFont extends PdfKitEmbeddedFont {
  id: string;
  /** PostScript name of the face. */
  name: string;
  font: PdfKitEmbeddedFont['font'] & {
    layout(text: string): { glyphs: Glyph[]; positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }> };
  };
}

/** One face's glyphs for a stretch of text, in visual (left-to-right) order. */
export interface ShapedRun {
  font: ShapingFont;
  /** The logical text the glyphs stand for (the PDF's ActualText when they read differently). */
  text: string;
  glyphs: Glyph[];
  /** Per glyph, in thousandths of an em: advance and offset of the glyph from the pen. */
  advances: number[];
  xOffsets: number[];
  yOffsets: number[];
  /** Sum of advances, thousandths of an em. */
  width: number;
  /** Glyphs run right to left (the shaper gives them in visual order). */
  rtl: boolean;
  /**
   * The order the glyphs are written in: the text's logical order (so the content stream,
   * the tagged structure and extraction read it as written), with zero-width joiners left out.
   */
  order: number[];
  /** The run's text when its glyphs, left to right, do not read as it (reordered vowel signs). */
  actualText?: string;
}

export type OpenFallback = (face: FallbackFace) => ShapingFont;

/** A second embedding of a font, for the mirrored brackets of right-to-left runs (see unmirror). */
export type OpenTwin = (font: ShapingFont) => ShapingFont;

// Shaped words are kept (a book repeats them); shaped lines only briefly, between being
// measured and being written (each line is set once), so memory stays flat.
const WORD_CACHE_LIMIT = 20_000;
const LINE_CACHE_LIMIT = 1_000;

/**
 * Shapes text that the fast path cannot set: splits it into runs by face (font-fallback.ts),
 * shapes Arabic, Hebrew and Devanagari runs with fontkit's OpenType layout engine (joining
 * forms, lam-alef and other ligatures, conjuncts, mark positioning; fontkit gave the same
 * glyphs and positions as HarfBuzz on the names we tested), and maps CJK runs one glyph per
 * character. A right-to-left piece's runs come out in visual order. Results are cached per
 * face and text: a book repeats names many times.
 */
export class TextShaper {
  private readonly fallbacks = new Map<FallbackFace, ShapingFont>();

  private readonly cache = new Map<string, ShapedRun[]>();

  private readonly coverage = new Map<string, boolean>();

  private readonly words = new Map<string, ReturnType<ShapingFont['font']['layout']>>();

  private readonly twins = new Map<ShapingFont, ShapingFont>();

  /** Fonts whose glyphs only ever appear in right-to-left runs (their mirrored glyphs map to the text's characters). */
  private readonly rtlOnly = new Set<ShapingFont>();

  constructor(
    private readonly fonts: ReadonlyMap<FontName, ShapingFont>,
    private readonly openFallback: OpenFallback,
    private readonly openTwin: OpenTwin,
  ) {}

  fontOf(face: AnyFace): ShapingFont {
    const base = this.fonts.get(face as FontName);
    if (base) return base;
    const key = face as FallbackFace;
    let f = this.fallbacks.get(key);
    if (!f) {
      this.fallbacks.set(key, (f = this.openFallback(key)));
      if (key.startsWith('arabic') || key.startsWith('hebrew')) this.rtlOnly.add(f);
    }
    return f;
  }

  private twinOf(font: ShapingFont): ShapingFont {
    let twin = this.twins.get(font);
    if (!twin) {
      this.twins.set(font, (twin = this.openTwin(font)));
      this.rtlOnly.add(twin);
    }
    return twin;
  }

  private has = (face: AnyFace, cp: number): boolean => {
    const key = `${face}:${cp}`;
    let ok = this.coverage.get(key);
    if (ok === undefined) this.coverage.set(key, (ok = this.fontOf(face).font.hasGlyphForCodePoint(cp)));
    return ok;
  };

  /** Width in points of `text` set in `font` at `size`; the fast path for Latin, Greek and Cyrillic. */
  width(font: FontName, size: number, text: string): number {
    if (isSimpleText(text)) return this.fonts.get(font)!.widthOfString(text, size);
    let w = 0;
    for (const run of this.shape(font, text)) w += run.width;
    return (w * size) / 1000;
  }

  /** The runs of `text` (one bidi level) in visual order. */
  shape(font: FontName, text: string): ShapedRun[] {
    const key = `${font}\u0000${text}`;
    let runs = this.cache.get(key);
    if (runs) return runs;
    const rtl = hasRtl(text);
    runs = [];
    for (const item of itemize(text.normalize('NFC'), font, this.has)) {
      const face = this.fontOf(item.face);
      const complex = item.script !== undefined && needsShaping(item.script);
      if (!rtl || complex || this.rtlOnly.has(face)) runs.push(this.shapeRun(face, item.text, complex, rtl));
      // A bracket in a right-to-left run is shown mirrored: set from the face's twin, whose
      // ToUnicode entry can then name the character the text has, not the glyph's.
      else for (const part of mirrorParts(item.text)) runs.push(this.shapeRun(part.mirror ? this.twinOf(face) : face, part.text, false, rtl));
    }
    if (rtl) runs.reverse();
    if (this.cache.size >= LINE_CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, runs);
    return runs;
  }

  private shapeRun(font: ShapingFont, text: string, complex: boolean, rtl: boolean): ShapedRun {
    const run: ShapedRun = { font, text, glyphs: [], advances: [], xOffsets: [], yOffsets: [], width: 0, rtl, order: [] };
    // A right-to-left run shows brackets mirrored; their glyphs keep the text's own characters.
    const shown = rtl ? mirrored(text) : text;
    if (complex) {
      // Word by word (joining and clusters never cross a space): a book repeats its words.
      const words = shown.split(/( +)/).filter(Boolean);
      if (rtl) words.reverse();
      for (const word of words) this.shapeWord(run, word);
      return withOrder(this.rtlOnly.has(font) ? unmirror(run, shown) : run);
    }
    // The face's direct one-glyph-per-character layout (fast-layout.ts).
    const laid = font.layoutRun(shown);
    laid.glyphs.forEach((g, i) => {
      const w = laid.positions[i]!.xAdvance;
      run.glyphs.push(g);
      run.advances.push(w);
      run.xOffsets.push(0);
      run.yOffsets.push(0);
      run.width += w;
    });
    if (rtl) for (const list of [run.glyphs, run.advances]) list.reverse(); // visual order, as the shaper gives
    return withOrder(this.rtlOnly.has(font) ? unmirror(run, shown) : run);
  }

  /** Appends one word shaped by fontkit (its glyphs in visual order) to the run. */
  private shapeWord(run: ShapedRun, word: string): void {
    const font = run.font;
    const key = `${font.id}\u0000${word}`;
    let cached = this.words.get(key);
    if (!cached) {
      if (this.words.size >= WORD_CACHE_LIMIT) this.words.clear();
      this.words.set(key, (cached = font.font.layout(word)));
    }
    const laid = cached;
    const rtl = run.rtl;
    laid.glyphs.forEach((g, i) => {
      const p = laid.positions[i]!;
      // Text extraction (poppler, pdf.js) reverses right-to-left text it reads off the page
      // character by character, also inside one glyph: a ligature's text (lam-alef) is
      // recorded in visual order for the ToUnicode map so it comes back in logical order.
      run.glyphs.push(rtl && g.codePoints.length > 1 ? { id: g.id, advanceWidth: g.advanceWidth, codePoints: g.codePoints, unicode: [...g.codePoints].reverse() } : g);
      run.advances.push(p.xAdvance * font.scale);
      run.xOffsets.push(p.xOffset * font.scale);
      run.yOffsets.push(p.yOffset * font.scale);
      run.width += p.xAdvance * font.scale;
    });
  }
}

/**
 * Mirrored glyphs of a right-to-left run stand for the characters of the text (their
 * mirrors). Only fonts used in right-to-left runs alone get here (the Arabic and Hebrew faces,
 * and twins of the others), so each glyph's ToUnicode entry can name the text's character.
 */
function unmirror(run: ShapedRun, shown: string): ShapedRun {
  if (shown === run.text) return run;
  run.glyphs = run.glyphs.map((g) => {
    if (g.codePoints.length !== 1) return g;
    const ch = String.fromCodePoint(g.codePoints[0]!);
    const own = mirrored(ch);
    if (own === ch) return g;
    const cp = own.codePointAt(0)!;
    return { id: g.id, advanceWidth: g.advanceWidth, codePoints: [cp], unicode: [cp] };
  });
  return run;
}

/** The text cut into stretches of characters with and without a mirrored form. */
function mirrorParts(text: string): Array<{ text: string; mirror: boolean }> {
  const parts: Array<{ text: string; mirror: boolean }> = [];
  for (const ch of text) {
    const mirror = mirrored(ch) !== ch;
    const last = parts[parts.length - 1];
    if (last && last.mirror === mirror) last.text += ch;
    else parts.push({ text: ch, mirror });
  }
  return parts;
}

const reads = (glyphs: readonly Glyph[], order: readonly number[]) => String.fromCodePoint(...order.flatMap((i) => glyphs[i]!.codePoints));

/** Sets the run's writing order and, where its glyphs read differently left to right, its ActualText. */
function withOrder(run: ShapedRun): ShapedRun {
  const visual = run.glyphs.map((_, i) => i);
  // A zero-width joiner or non-joiner comes back from the shaper as a zero-width space glyph.
  const written = visual.filter((i) => !(run.advances[i] === 0 && run.glyphs[i]!.codePoints.length === 1 && run.glyphs[i]!.codePoints[0] === 0x20));
  const natural = run.rtl ? [...written].reverse() : written;
  const text = run.text.replace(/[\u200c\u200d]/g, '');
  run.order = reads(run.glyphs, natural) === text ? natural : (logicalOrder(run.glyphs, text, natural) ?? natural);
  // Right-to-left runs get none: poppler reverses ActualText again (their glyphs' own text reads right).
  if (!run.rtl && reads(run.glyphs, written) !== text) run.actualText = run.text;
  return run;
}

/** The glyphs in an order whose text reads as `text` (the first fitting glyph at each step), if there is one. */
function logicalOrder(glyphs: readonly Glyph[], text: string, candidates: readonly number[]): number[] | undefined {
  const target = [...text].map((c) => c.codePointAt(0)!);
  const left = [...candidates];
  const order: number[] = [];
  let pos = 0;
  while (left.length) {
    const k = left.findIndex((i) => {
      const cps = glyphs[i]!.codePoints;
      return cps.length > 0 && cps.every((cp, j) => target[pos + j] === cp);
    });
    if (k < 0) return undefined;
    const [i] = left.splice(k, 1);
    order.push(i!);
    pos += glyphs[i!]!.codePoints.length;
  }
  return pos === target.length ? order : undefined;
}

