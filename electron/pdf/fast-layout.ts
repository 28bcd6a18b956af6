/**
 * pdfkit shapes text with fontkit, which for Noto (whose tables cover hundreds of scripts)
 * costs about a millisecond per word — a 1,000-summary book would take minutes. The book
 * only sets Latin, Cyrillic and Greek text, which needs no shaping: each character maps to
 * one glyph with its advance width. This replaces the shaper of one pdfkit font with that
 * direct mapping (after NFC normalisation, so accented letters are single glyphs). Leaving
 * out ligatures also keeps copied and extracted text exactly what was written.
 */

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface PositionLike {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The parts of pdfkit's EmbeddedFont this touches. */
export interface PdfKitEmbeddedFont {
  scale: number;
  font: { glyphForCodePoint(cp: number): FontkitGlyph; hasGlyphForCodePoint(cp: number): boolean; unitsPerEm: number };
  layoutRun(text: string, features?: unknown): { glyphs: FontkitGlyph[]; positions: PositionLike[]; advanceWidth: number };
  widthOfString(text: string, size: number): number;
}

export function installDirectLayout(font: PdfKitEmbeddedFont): void {
  // One glyph and one position per character, shared by every run that uses it: pdfkit
  // caches each word's layout for the whole document, and nothing writes to a position
  // (justification copies the ones it changes), so a book's words hold no copies of them.
  const glyphs = new Map<number, { glyph: FontkitGlyph; position: PositionLike }>();
  const glyphOf = (cp: number) => {
    let g = glyphs.get(cp);
    if (!g) {
      const found = font.font.glyphForCodePoint(cp);
      // Keep the code point this glyph stands for in the text (the ToUnicode map uses it).
      const w = found.advanceWidth * font.scale;
      g = {
        glyph: { id: found.id, advanceWidth: found.advanceWidth, codePoints: [cp] },
        position: { xAdvance: w, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: w },
      };
      glyphs.set(cp, g);
    }
    return g;
  };
  font.layoutRun = (text: string) => {
    const runGlyphs: FontkitGlyph[] = [];
    const positions: PositionLike[] = [];
    let advanceWidth = 0;
    for (const ch of text.normalize('NFC')) {
      const g = glyphOf(ch.codePointAt(0)!);
      runGlyphs.push(g.glyph);
      positions.push(g.position);
      advanceWidth += g.position.xAdvance;
    }
    return { glyphs: runGlyphs, positions, advanceWidth };
  };
}
