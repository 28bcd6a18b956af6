import type { Doc } from './draw-text';
import type { PdfKitEmbeddedFont } from './fast-layout';
import type { FontName } from './fonts';
import { ASCENT, DESCENT, STYLES, type StyleName } from './styles';

export interface PlacedRun {
  style: StyleName;
  text: string;
  x: number;
  /** Top of the line box, and its height: the text is centred in it. */
  top: number;
  leading: number;
}

interface EncodingFont extends PdfKitEmbeddedFont {
  id: string;
  encode(text: string): [string[], unknown[]];
  ref(): unknown;
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function rgb(hex: string): string {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => num(c / 255)).join(' ');
}

/**
 * Writes many runs of text as one text object. pdfkit's text() wraps every call in its own
 * graphics-state save, transform and text object, and measures the string twice; a book
 * sets tens of thousands of runs, so the flowing text goes straight into the content
 * stream here. Glyphs are encoded by pdfkit's font (which records them for the subset and
 * the ToUnicode map), so the fonts and text extraction are exactly as with text().
 */
export class TextEmitter {
  private readonly colors = new Map<string, string>();

  constructor(
    private readonly doc: Doc,
    private readonly fonts: ReadonlyMap<FontName, PdfKitEmbeddedFont>,
  ) {}

  draw(runs: readonly PlacedRun[]): void {
    if (runs.length === 0) return;
    const page = this.doc.page as unknown as { height: number; fonts: Record<string, unknown> };
    const out: string[] = [`q 1 0 0 -1 0 ${num(page.height)} cm`, 'BT'];
    let font: EncodingFont | undefined;
    let size = 0;
    let color = '';
    for (const run of runs) {
      if (!run.text) continue;
      const s = STYLES[run.style];
      const f = this.fonts.get(s.font) as EncodingFont;
      if (f !== font || s.size !== size) {
        font = f;
        size = s.size;
        page.fonts[f.id] ??= f.ref();
        out.push(`/${f.id} ${num(size)} Tf`);
      }
      if (s.color !== color) {
        color = s.color;
        let c = this.colors.get(color);
        if (!c) this.colors.set(color, (c = `${rgb(color)} rg`));
        out.push(c);
      }
      const [glyphs] = f.encode(run.text);
      const baseline = run.top + (run.leading - s.size * (ASCENT + DESCENT)) / 2 + s.size * ASCENT;
      out.push(`1 0 0 1 ${num(run.x)} ${num(page.height - baseline)} Tm <${glyphs.join('')}> Tj`);
    }
    out.push('ET', 'Q');
    this.doc.addContent(out.join('\n'));
  }
}
