import type { PdfDocument } from './draw-text';
import type { FontName } from './fonts';
import { isSimpleText } from './scripts';
import type { Glyph, ShapedRun, ShapingFont, TextShaper } from './shaping';
import { ASCENT, DESCENT, STYLES, type StyleName } from './styles';

export interface PlacedRun {
  style: StyleName;
  /** Text of one bidi level, in logical order (a right-to-left piece is set right to left). */
  text: string;
  x: number;
  /** Top of the line box, and its height: the text is centred in it. */
  top: number;
  leading: number;
}

interface StructContentLike {
  refs: Array<{ pageRef: unknown; mcid: number }>;
  push(content: { refs: Array<{ pageRef: unknown; mcid: number }> }): void;
}

/** pdfkit's record of an open marked-content sequence. */
interface Marking {
  tag: string;
  options?: { mcid?: number } & Record<string, unknown>;
  structContent?: StructContentLike;
}

interface PageState {
  markings: Marking[];
  structParentTreeKey: number;
  dictionary: unknown;
}

interface DocState {
  getStructParentTree(): { get(key: number): unknown[] };
  markStructureContent(tag: string, options?: Record<string, unknown>): StructContentLike;
  endMarkedContent(): unknown;
}

interface EncodingFont extends ShapingFont {
  encode(text: string): [string[], unknown[]];
  ref(): unknown;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function rgb(hex: string): string {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => num(c / 255)).join(' ');
}

/** A PDF text string in UTF-16BE hex, for ActualText. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

/** Records a shaped glyph in the font's subset, widths and ToUnicode map (as pdfkit's encode does). */
function glyphCode(font: EncodingFont, glyph: Glyph): { code: string; width: number } {
  const gid = font.subset.includeGlyph(glyph.id);
  font.widths[gid] ??= glyph.advanceWidth * font.scale;
  font.unicode[gid] ??= glyph.unicode ?? glyph.codePoints;
  return { code: gid.toString(16).padStart(4, '0'), width: font.widths[gid]! };
}

/**
 * Writes many runs of text as one text object. pdfkit's text() wraps every call in its own
 * graphics-state save, transform and text object, and measures the string twice; a book
 * sets tens of thousands of runs, so the flowing text goes straight into the content
 * stream here. Glyphs are encoded by pdfkit's font (which records them for the subset and
 * the ToUnicode map), so the fonts and text extraction are exactly as with text().
 * Text in other scripts is shaped (shaping.ts) and set glyph by glyph with its advances and
 * mark offsets; where its glyphs do not read as the text in logical order (right to left,
 * reordered Devanagari vowels) it is marked with its ActualText, so copying, search and the
 * tagged structure read the words as written.
 */
export class TextEmitter {
  private readonly colors = new Map<string, string>();

  constructor(
    private readonly doc: PdfDocument,
    private readonly fonts: ReadonlyMap<FontName, ShapingFont>,
    private readonly shaper: TextShaper,
  ) {}

  draw(runs: readonly PlacedRun[]): void {
    if (runs.length === 0) return;
    const page = this.doc.page as unknown as { height: number; fonts: Record<string, unknown> };
    const out: string[] = [`q 1 0 0 -1 0 ${num(page.height)} cm`, 'BT'];
    let font: EncodingFont | undefined;
    let size = 0;
    let color = '';
    const setFont = (f: EncodingFont, s: number) => {
      if (f === font && s === size) return;
      font = f;
      size = s;
      page.fonts[f.id] ??= f.ref();
      out.push(`/${f.id} ${num(size)} Tf`);
    };
    const flush = (...ops: string[]) => {
      out.push(...ops);
      this.doc.addContent(out.join('\n'));
      out.length = 0;
    };
    const newTextObject = () => {
      out.push('BT');
      font = undefined; // a new graphics state (after Q) or text object: set again
      size = 0;
      color = '';
    };
    const flip = `q 1 0 0 -1 0 ${num(page.height)} cm`;
    for (const run of runs) {
      if (!run.text) continue;
      const s = STYLES[run.style];
      const setColor = () => {
        if (s.color === color) return;
        color = s.color;
        let c = this.colors.get(color);
        if (!c) this.colors.set(color, (c = `${rgb(color)} rg`));
        out.push(c);
      };
      const baseline = page.height - (run.top + (run.leading - s.size * (ASCENT + DESCENT)) / 2 + s.size * ASCENT);
      if (!isSimpleText(run.text)) {
        // Runs placed left to right, written in logical order (a right-to-left piece's last first).
        setColor();
        const shaped = this.shaper.shape(s.font, run.text);
        let x = run.x;
        const placed = shaped.map((r) => ({ r, x: (x += (r.width * s.size) / 1000) - (r.width * s.size) / 1000 }));
        if (shaped[0]?.rtl) placed.reverse();
        for (const p of placed) {
          const marking = p.r.actualText === undefined ? undefined : this.structMarking();
          if (marking) {
            // The paragraph's sequence ends; the run's own (inside the same coordinates) begins.
            flush('ET', 'Q');
            this.doc.endMarkedContent();
            flush(flip);
            this.beginActualText(marking, p.r.actualText!);
            newTextObject();
          }
          setColor();
          setFont(p.r.font as EncodingFont, s.size);
          this.shapedRun(out, p.r, s.size, p.x, baseline, !marking);
          if (marking) {
            flush('ET');
            this.doc.endMarkedContent();
            flush('Q');
            this.resumeStructContent(marking);
            out.push(flip);
            newTextObject();
          }
        }
        continue;
      }
      const f = this.fonts.get(s.font) as EncodingFont;
      setFont(f, s.size);
      setColor();
      const [glyphs] = f.encode(run.text);
      out.push(`1 0 0 1 ${num(run.x)} ${num(baseline)} Tm <${glyphs.join('')}> Tj`);
    }
    out.push('ET', 'Q');
    this.doc.addContent(out.join('\n'));
  }

  /** The structure-tagged marked-content sequence the text is being written in, if any. */
  private structMarking(): Marking | undefined {
    const top = (this.doc.page as unknown as PageState).markings.at(-1);
    return top?.structContent ? top : undefined;
  }

  /**
   * Splits the paragraph's marked-content sequence around a run that needs ActualText: the
   * run gets a sequence of its own (next MCID, the ActualText in its properties),
   * added to the paragraph's structure content. A Span nested inside the paragraph's sequence
   * would do as well by the standard, but poppler's structure reader stops at its end.
   */
  private beginActualText(marking: Marking, text: string): void {
    const doc = this.doc as unknown as PdfDocument & DocState;
    const page = doc.page as unknown as PageState;
    const parents = doc.getStructParentTree().get(page.structParentTreeKey);
    const mcid = parents.length;
    parents.push(null);
    // Tagged Span (its MCID ties it to the paragraph's element): readers such as poppler take
    // ActualText from Span sequences only.
    page.markings.push({ tag: 'Span', options: { mcid } });
    doc.addContent(`/Span <</MCID ${mcid} /ActualText <${utf16Hex(text)}>>> BDC`);
    marking.structContent!.push({ refs: [{ pageRef: page.dictionary, mcid }] });
  }

  /** Goes on with the paragraph's text in a new sequence, part of the same structure content. */
  private resumeStructContent(marking: Marking): void {
    const doc = this.doc as unknown as PdfDocument & DocState;
    const { mcid: _mcid, ...options } = marking.options ?? {};
    const rest = doc.markStructureContent(marking.tag, options);
    marking.structContent!.push(rest);
    // Later splits of this paragraph add to the content the caller holds.
    (doc.page as unknown as PageState).markings.at(-1)!.structContent = marking.structContent;
  }

  /** Sets a shaped run from pen position x on `baseline` (PDF space); returns the pen after it. */
  private shapedRun(out: string[], run: ShapedRun, size: number, x: number, baseline: number, nestActualText: boolean): number {
    const font = run.font as EncodingFont;
    // Pen positions in visual order, then the glyphs written in logical order: a right-to-left
    // run's glyphs come from the shaper right to left, so they are written last to first.
    const at: number[] = [];
    let pen = x;
    for (const advance of run.advances) {
      at.push(pen);
      pen += (advance * size) / 1000;
    }
    const order = run.order;
    // Outside the tagged structure (page header and footer artifacts), a nested Span carries it.
    const actual = nestActualText && run.actualText !== undefined;
    if (actual) out.push(`/Span <</ActualText <${utf16Hex(run.actualText!)}>>> BDC`);
    let tj: string[] = [];
    const flush = () => {
      if (tj.length) out.push(`[${tj.join(' ')}] TJ`);
      tj = [];
    };
    let next = Number.NaN; // where the text matrix's pen stands after the last glyph written
    for (const i of order) {
      const glyph = run.glyphs[i]!;
      const { code, width } = glyphCode(font, glyph);
      const dx = run.xOffsets[i]!;
      const dy = run.yOffsets[i]!;
      if (dx !== 0 || dy !== 0 || !(Math.abs(at[i]! - next) <= 0.005)) {
        flush();
        out.push(`1 0 0 1 ${num(at[i]! + (dx * size) / 1000)} ${num(baseline + (dy * size) / 1000)} Tm`);
      }
      tj.push(`<${code}>`);
      const advance = run.advances[i]!;
      if (dx === 0 && dy === 0 && Math.abs(width - advance) > 0.01) tj.push(num(width - advance));
      next = dx === 0 && dy === 0 ? at[i]! + (advance * size) / 1000 : Number.NaN;
    }
    flush();
    if (actual) out.push('EMC');
    return pen;
  }
}
