// bidi-js (pinned 1.0.3, no dependencies at run time): a complete UAX #9 implementation, so
// right-to-left ordering follows the standard rather than our own rules.
import bidiFactory from 'bidi-js';

/**
 * Visual ordering of mixed left-to-right and right-to-left text (the Unicode bidirectional
 * algorithm, UAX #9, by bidi-js): embedding levels per character, then rule L2 reverses
 * every stretch at or above each odd level, from the highest level down. Text keeps its
 * logical order inside each piece; the emitter sets a right-to-left piece's glyphs right
 * to left.
 */
let engine: ReturnType<typeof bidiFactory> | undefined;

function levelsOf(text: string, direction: 'ltr' | 'rtl' | 'auto') {
  engine ??= bidiFactory();
  return engine.getEmbeddingLevels(text, direction);
}

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;
const LETTER = /\p{L}/gu;

/**
 * True when the paragraph is right to left: its first strong letter is (rules P2, P3), and
 * right-to-left letters are at least half of its letters. The second condition keeps a
 * left-to-right book's mixed entries (an Arabic title, then its Latin source and address)
 * left to right, with the Arabic embedded; an Arabic or Hebrew paragraph is right to left.
 */
export function isRtlParagraph(text: string): boolean {
  if ((levelsOf(text, 'auto').paragraphs[0]?.level ?? 0) % 2 === 0) return false;
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  return rtl * 2 >= (text.match(LETTER)?.length ?? 0);
}

/** The text with brackets and other mirrored characters swapped, as a right-to-left run shows them (rule L4). */
export function mirrored(text: string): string {
  engine ??= bidiFactory();
  let out = '';
  for (const ch of text) out += engine.getMirroredCharacter(ch) ?? ch;
  return out;
}

/** A stretch of one level: `start` and `end` index the text (UTF-16 units). */
export interface LevelRun {
  start: number;
  end: number;
  level: number;
}

/** The text's level runs in visual order (left to right on the page). */
export function visualRuns(text: string, rtl: boolean): LevelRun[] {
  return reorder(visualRunsLogical(text, rtl));
}

/** Rule L2 over any items with a level. */
export function reorder<T extends { level: number }>(items: T[]): T[] {
  let max = 0;
  let minOdd = Infinity;
  for (const it of items) {
    max = Math.max(max, it.level);
    if (it.level % 2 === 1) minOdd = Math.min(minOdd, it.level);
  }
  const out = [...items];
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < out.length; i++) {
      if (out[i]!.level < level) continue;
      let j = i;
      while (j + 1 < out.length && out[j + 1]!.level >= level) j++;
      const reversed = out.slice(i, j + 1).reverse();
      out.splice(i, reversed.length, ...reversed);
      i = j;
    }
  }
  return out;
}

interface Piece<S> {
  seg: S;
  /** Position in logical order. */
  order: number;
  text: string;
  level: number;
  /** Width of a gap between two segments (no text), else undefined: measured from the text. */
  gap?: number;
}

/**
 * Reorders one wrapped line for display: each segment is cut where the level changes, the
 * pieces are placed left to right in visual order, and returned in logical order. A right-to-left paragraph's
 * line is set flush right in `room` (its width is then the whole room).
 */
export function orderLine<S extends { text: string; style: St; x: number; width: number }, St>(
  segments: readonly S[],
  rtl: boolean,
  room: number,
  measure: (style: St, text: string) => number,
): { segments: S[]; width: number } {
  let text = '';
  const owners: Array<{ seg: S; start: number; gap: number }> = [];
  let end = 0;
  for (const seg of segments) {
    const gap = seg.x - end;
    if (gap > 0.01 && text) text += ' ';
    owners.push({ seg, start: text.length, gap: gap > 0.01 && text ? gap : 0 });
    text += seg.text;
    end = seg.x + seg.width;
  }
  const pieces: Array<Piece<S>> = [];
  for (const run of visualRunsLogical(text, rtl)) {
    for (const o of owners) {
      if (o.gap && o.start - 1 >= run.start && o.start - 1 < run.end) pieces.push({ seg: o.seg, order: pieces.length, text: '', level: run.level, gap: o.gap });
      const from = Math.max(run.start, o.start);
      const to = Math.min(run.end, o.start + o.seg.text.length);
      if (from < to) pieces.push({ seg: o.seg, order: pieces.length, text: text.slice(from, to), level: run.level });
    }
  }
  const placed: Array<{ seg: S; order: number }> = [];
  let x = 0;
  for (const p of reorder(pieces)) {
    const w = p.gap ?? measure(p.seg.style, p.text);
    if (p.gap === undefined) placed.push({ seg: { ...p.seg, text: p.text, x, width: w }, order: p.order });
    x += w;
  }
  // Placed in visual order, kept in logical order: the content stream (and so the tagged
  // structure and text extraction) then reads the line as it is written.
  const logical = placed.sort((a, b) => a.order - b.order).map((p) => p.seg);
  if (!rtl) return { segments: logical, width: x };
  const shift = Math.max(0, room - x);
  for (const seg of logical) seg.x += shift;
  return { segments: logical, width: Math.max(room, x) };
}

/** Level runs in logical order (before L2). */
function visualRunsLogical(text: string, rtl: boolean): LevelRun[] {
  const levels = levelsOf(text, rtl ? 'rtl' : 'ltr').levels;
  const base = rtl ? 1 : 0;
  for (let i = text.length - 1; i >= 0 && /\s/.test(text[i]!); i--) levels[i] = base;
  const runs: LevelRun[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: levels[i]! });
  }
  return runs;
}
