import type { FontName } from './fonts';
import { STYLES, type StyleName } from './styles';
import { replaceUncovered, type Covers } from './uncovered-text';

/** A piece of text in one style; `link` jumps to a named destination, `uri` opens a web address. */
export interface Run {
  text: string;
  style: StyleName;
  link?: string;
  uri?: string;
}

/** A run placed on a line: x is relative to the line's start. */
export interface Segment extends Run {
  x: number;
  width: number;
}

export interface Line {
  segments: Segment[];
  width: number;
}

/** Width of `text` in a font at a size, as the PDF writer will set it. */
export type WidthOf = (font: FontName, size: number, text: string) => number;

interface Token {
  text: string;
  run: Run;
  space: boolean;
}

// Where a web address or path may break without a hyphen: after these characters.
const URL_BREAK_AFTER = new Set(['/', '.', '-', '?', '&', '=', '_', '#', ':', ',', ';', '~', '+']);

/**
 * Measures and wraps text. Widths are cached per style and string, since a book repeats
 * the same words thousands of times.
 */
export class Measurer {
  private readonly caches = new Map<StyleName, Map<string, number>>();

  private readonly charCaches = new Map<StyleName, Map<string, number>>();

  /** `charWidth` is the unshaped advance of one character: fast, used to find break points in long words. */
  constructor(
    private readonly widthOf: WidthOf,
    private readonly charWidth: WidthOf = widthOf,
    private readonly covers: Covers = () => true,
  ) {}

  /** The text as it can be printed with the embedded fonts (see uncovered-text.ts). */
  printable(text: string): string {
    return replaceUncovered(text, this.covers);
  }

  private charAdvance(style: StyleName, ch: string): number {
    let cache = this.charCaches.get(style);
    if (!cache) this.charCaches.set(style, (cache = new Map()));
    let w = cache.get(ch);
    if (w === undefined) {
      const s = STYLES[style];
      w = this.charWidth(s.font, s.size, ch);
      cache.set(ch, w);
    }
    return w;
  }

  width(style: StyleName, text: string): number {
    let cache = this.caches.get(style);
    if (!cache) this.caches.set(style, (cache = new Map()));
    let w = cache.get(text);
    if (w === undefined) {
      const s = STYLES[style];
      w = this.widthOf(s.font, s.size, text);
      cache.set(text, w);
    }
    return w;
  }

  /** Greedy line breaking of runs; the first line may be shorter (hanging labels, leaders). */
  wrap(runs: readonly Run[], firstWidth: number, restWidth = firstWidth): Line[] {
    const lines: Line[] = [];
    let segments: Segment[] = [];
    let x = 0;
    const limit = () => (lines.length === 0 ? firstWidth : restWidth);
    const flush = () => {
      lines.push({ segments, width: x });
      segments = [];
      x = 0;
    };
    const place = (token: Token, text: string, withSpace: boolean) => {
      const sp = withSpace ? this.width(token.run.style, ' ') : 0;
      const w = this.width(token.run.style, text);
      const last = segments[segments.length - 1];
      if (last && last.style === token.run.style && last.link === token.run.link && last.uri === token.run.uri) {
        last.text += (withSpace ? ' ' : '') + text;
        last.width += sp + w;
      } else {
        segments.push({ ...token.run, text, x: x + sp, width: w });
      }
      x += sp + w;
    };
    const printable = runs.map((r) => ({ ...r, text: this.printable(r.text) }));
    for (const token of tokenize(printable)) {
      const withSpace = token.space && segments.length > 0;
      const w = this.width(token.run.style, token.text);
      const sp = withSpace ? this.width(token.run.style, ' ') : 0;
      if (x + sp + w <= limit() + 0.01) {
        place(token, token.text, withSpace);
        continue;
      }
      if (segments.length > 0 && w <= restWidth) {
        flush();
        place(token, token.text, false);
        continue;
      }
      // A word longer than a whole line (a web address, a chemical name): break it cleanly.
      let rest = token.text;
      let first = true;
      while (rest) {
        const room = limit() - x - (first && withSpace ? sp : 0);
        const piece = this.fittingPiece(token.run.style, rest, room);
        if (!piece) {
          if (segments.length === 0) {
            place(token, rest, false); // not even one character fits: let it overflow
            break;
          }
          flush();
          first = false;
          continue;
        }
        place(token, piece.text, first && withSpace);
        first = false;
        rest = rest.slice(piece.consumed);
        if (rest) flush();
      }
    }
    if (segments.length > 0 || lines.length === 0) flush();
    return lines;
  }

  /** The longest start of `word` that fits in `room`: at a URL break point if there is one, else hyphenated. */
  private fittingPiece(style: StyleName, word: string, room: number): { text: string; consumed: number } | undefined {
    if (room <= 0) return undefined;
    const chars = [...word];
    // Prefix widths from unshaped advances (shaping every prefix would cost a layout each),
    // with a little slack for kerning; the chosen piece is then measured for real.
    const slack = 1;
    let best = 0;
    let acc = 0;
    for (let i = 1; i <= chars.length; i++) {
      acc += this.charAdvance(style, chars[i - 1]!);
      if (acc > room - slack) break;
      best = i;
    }
    while (best > 0 && this.width(style, chars.slice(0, best).join('')) > room) best--;
    if (best === chars.length) return { text: word, consumed: word.length };
    const isUrl = /^(https?:\/\/|www\.)|[/\\]/i.test(word);
    for (let i = best; i > 1; i--) {
      if (URL_BREAK_AFTER.has(chars[i - 1]!)) {
        const text = chars.slice(0, i).join('');
        return { text, consumed: text.length };
      }
    }
    if (isUrl) {
      if (best < 1) return undefined;
      const text = chars.slice(0, best).join('');
      return { text, consumed: text.length };
    }
    for (let i = best; i > 1; i--) {
      const text = chars.slice(0, i - 1).join('');
      if (this.width(style, `${text}-`) <= room) return { text: `${text}-`, consumed: text.length };
    }
    return undefined;
  }
}

function tokenize(runs: readonly Run[]): Token[] {
  const tokens: Token[] = [];
  let pendingSpace = false;
  for (const run of runs) {
    const re = /(\s*)(\S+)|(\s+)$/g;
    for (let m = re.exec(run.text); m; m = re.exec(run.text)) {
      if (m[3] !== undefined) {
        pendingSpace = true;
        break;
      }
      tokens.push({ text: m[2]!, run, space: pendingSpace || m[1]!.length > 0 });
      pendingSpace = false;
    }
  }
  return tokens;
}
