// linebreak (pinned 1.1.0, already under pdfkit): UAX #14 line break opportunities, for text
// written without spaces (Chinese, Japanese).
import LineBreaker from 'linebreak';
import { isRtlParagraph, orderLine } from './bidi';
import type { FontName } from './fonts';
import { hasRtl, isSimpleText } from './scripts';
import { STYLES, type StyleName } from './styles';

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
  /** In a table row: which cell the segment belongs to. */
  cell?: number;
}

export interface Line {
  segments: Segment[];
  width: number;
}

/** Width of `text` in a font at a size, as the PDF writer will set it. */
export type WidthOf = (font: FontName, size: number, text: string) => number;

// Where a web address or path may break without a hyphen: after these characters.
const URL_BREAK_AFTER = new Set(['/', '.', '-', '?', '&', '=', '_', '#', ':', ',', ';', '~', '+']);

/** A web address or path: broken at its punctuation, never hyphenated. */
export function isWebAddress(word: string): boolean {
  return /^\(?(https?:\/\/|www\.)|[/\\]/i.test(word);
}

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
  ) {}

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
    const rooms: number[] = [];
    let segments: Segment[] = [];
    let x = 0;
    let limit = firstWidth + 0.01;
    /** `atSpace`: the line ends where a space was, kept (unmeasured) so extracted text reads "a b", not "ab". */
    const flush = (atSpace = false) => {
      const last = segments[segments.length - 1];
      if (atSpace && last) last.text += ' ';
      lines.push({ segments, width: x });
      rooms.push(limit - 0.01);
      segments = [];
      x = 0;
      limit = restWidth + 0.01;
    };
    const place = (run: Run, text: string, w: number, sp: number) => {
      const last = segments[segments.length - 1];
      if (last && last.style === run.style && last.link === run.link && last.uri === run.uri) {
        last.text += sp ? ` ${text}` : text;
        last.width += sp + w;
      } else {
        // The space between runs goes, unmeasured, at the end of the run before, so text read
        // from the structure tree says "Actors China", not "ActorsChina".
        if (last && sp && !/\s$/.test(last.text)) last.text += ' ';
        const segment: Segment = { text, style: run.style, x: x + sp, width: w };
        if (run.link) segment.link = run.link;
        if (run.uri) segment.uri = run.uri;
        segments.push(segment);
      }
      x += sp + w;
    };
    let pendingSpace = false;
    for (const run of runs) {
      // Latin, Greek, Cyrillic break at spaces only; other scripts also where UAX #14 allows (between ideographs).
      const { words, spacedBefore } = isSimpleText(run.text) ? { words: run.text.split(/\s+/), spacedBefore: undefined } : breakOpportunities(run.text);
      const space = this.width(run.style, ' ');
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        if (word === '') {
          if (words.length > 1) pendingSpace = true;
          continue;
        }
        const spaced = (pendingSpace || (spacedBefore ? spacedBefore[i]! : i > 0)) && segments.length > 0;
        pendingSpace = false;
        const w = this.width(run.style, word);
        const sp = spaced ? space : 0;
        if (x + sp + w <= limit) {
          place(run, word, w, sp);
          continue;
        }
        if (segments.length > 0 && w <= restWidth) {
          flush(spaced);
          place(run, word, w, 0);
          continue;
        }
        this.breakLongWord(run, word, spaced ? space : 0, () => limit - 0.01 - x, flush, place, () => segments.length, isWebAddress(word));
      }
      if (/\s$/.test(run.text)) pendingSpace = true;
    }
    if (segments.length > 0 || lines.length === 0) flush();
    return runs.some((r) => hasRtl(r.text)) ? this.orderLines(runs, lines, rooms) : lines;
  }

  /** Lines holding right-to-left text in visual order (bidi.ts); a right-to-left paragraph is set flush right. */
  private orderLines(runs: readonly Run[], lines: Line[], rooms: number[]): Line[] {
    const rtl = isRtlParagraph(runs.map((r) => r.text).join(''));
    const measure = (style: StyleName, text: string) => this.width(style, text);
    return lines.map((line, i) => (rtl || line.segments.some((s) => hasRtl(s.text)) ? orderLine(line.segments, rtl, rooms[i]!, measure) : line));
  }

  /** A word longer than a whole line (a web address, a chemical name): broken cleanly over lines. */
  private breakLongWord(
    run: Run,
    word: string,
    space: number,
    room: () => number,
    flush: (atSpace?: boolean) => void,
    place: (run: Run, text: string, w: number, sp: number) => void,
    placedCount: () => number,
    url: boolean,
  ): void {
    let rest = word;
    let sp = space;
    while (rest) {
      // The whole word's kind decides: the tail of a web address is still an address (never hyphenated).
      const piece = this.fittingPiece(run.style, rest, room() - sp, url);
      if (!piece) {
        if (placedCount() === 0) {
          place(run, rest, this.width(run.style, rest), 0); // not even one character fits: let it overflow
          return;
        }
        flush(sp > 0);
        sp = 0;
        continue;
      }
      place(run, piece.text, this.width(run.style, piece.text), sp);
      sp = 0;
      rest = rest.slice(piece.consumed);
      if (rest) flush();
    }
  }

  /** The longest start of `word` that fits in `room`: at a URL break point if there is one, else hyphenated. */
  private fittingPiece(style: StyleName, word: string, room: number, isUrl: boolean): { text: string; consumed: number } | undefined {
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

/**
 * Words of text in scripts written without spaces, cut at every line break opportunity of
 * UAX #14 (the linebreak package): between ideographs, after spaces and hyphens. `spacedBefore`
 * says which words follow a space.
 */
function breakOpportunities(text: string): { words: string[]; spacedBefore: boolean[] } {
  const words: string[] = [];
  const spacedBefore: boolean[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  let spaced = false;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const piece = text.slice(last, bk.position);
    last = bk.position;
    piece.split(/(\s+)/).forEach((part) => {
      if (part === '') return;
      if (/^\s+$/.test(part)) spaced = true;
      else {
        words.push(part);
        spacedBefore.push(spaced);
        spaced = false;
      }
    });
  }
  return { words, spacedBefore };
}
