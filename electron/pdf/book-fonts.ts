import type { PdfDocument } from './draw-text';
import { installDirectLayout } from './fast-layout';
import { FALLBACK_FILES, type FallbackFace } from './font-fallback';
import { FONT_FILES, fallbackData, fontData, type FontName } from './fonts';
import { TextShaper, type ShapingFont } from './shaping';

/**
 * Opens a fallback face (font-fallback.ts) in the document on first use, as the next font id
 * (so the same book gives the same ids), without changing the document's current font.
 */
function fallbackOpener(doc: PdfDocument): (face: FallbackFace) => ShapingFont {
  return (face) => {
    const state = doc as unknown as { _font: unknown };
    const saved = state._font;
    doc.registerFont(face, fallbackData(face), (FALLBACK_FILES[face] as { face?: string }).face);
    doc.font(face);
    const font = state._font as ShapingFont;
    installDirectLayout(font);
    state._font = saved;
    return font;
  };
}

/**
 * A second embedding of a font (its own id and subset), for the mirrored brackets of
 * right-to-left runs: pdfkit would hand back the same font for the same file, so the twin is
 * made from its class and listed with the document's fonts to be embedded at the end.
 */
function twinOpener(doc: PdfDocument): (font: ShapingFont) => ShapingFont {
  return (font) => {
    const state = doc as unknown as { _fontCount: number; _fontFamilies: Record<string, unknown> };
    const Embedded = font.constructor as new (document: PdfDocument, fontkitFont: unknown, id: string) => ShapingFont;
    const twin = new Embedded(doc, font.font, `F${++state._fontCount}`);
    state._fontFamilies[`${twin.id} mirrored`] = twin;
    installDirectLayout(twin);
    return twin;
  };
}

/**
 * The book's fonts in a pdfkit document: the five Noto Serif and Sans faces up front (fixed
 * ids F1..F5, for reproducible output) with the direct one-glyph-per-character layout, and a
 * shaper that opens the Noto faces of other scripts as runs need them.
 */
export function openBookFonts(doc: PdfDocument): { fonts: Map<FontName, ShapingFont>; shaper: TextShaper } {
  const fonts = new Map<FontName, ShapingFont>();
  for (const name of Object.keys(FONT_FILES) as FontName[]) {
    doc.registerFont(name, fontData(name));
    doc.font(name);
    const font = (doc as unknown as { _font: ShapingFont })._font;
    installDirectLayout(font);
    fonts.set(name, font);
  }
  return { fonts, shaper: new TextShaper(fonts, fallbackOpener(doc), twinOpener(doc)) };
}
