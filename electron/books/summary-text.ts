import type { BookEntry } from './book-types';
import { formatBookDate } from './layout-plan';
import type { PlanSource } from './plan-sources';

/**
 * A summary's text as both renderers print it (pdf/ and docx/): the line under its title, its
 * paragraphs, its key sentences and its citation, cut into pieces each renderer styles in its
 * own way.
 */

/** A piece of text: `uri` makes it a web link; `emphasis` marks a key sentence or a cited title. */
export interface TextPiece {
  text: string;
  uri?: string;
  emphasis?: 'keyPoint' | 'sourceTitle';
}

/** "27 July 2024 · Vientiane, Laos · East Asia Summit" */
export function metaLine(entry: BookEntry): string {
  const place = [entry.city, entry.country].filter(Boolean).join(', ');
  return [formatBookDate(entry.meetingDate), place, entry.forums.join(' / ')].filter(Boolean).join('  ·  ');
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

// A web address in running text; trailing punctuation is the sentence's, not the address's.
const URL = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?'")\]]/g;

/** Splits text into pieces, web addresses becoming links. */
export function linkPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(URL)) {
    if (m.index! > at) pieces.push({ text: text.slice(at, m.index) });
    pieces.push({ text: m[0], uri: m[0] });
    at = m.index! + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** A key sentence's pieces: its words marked, a web address in it left a plain link. */
function keyPieces(text: string): TextPiece[] {
  return linkPieces(text).map((p) => (p.uri ? p : { ...p, emphasis: 'keyPoint' }));
}

/**
 * Key points are printed once. Extraction takes them from the body, so a list above the
 * body would repeat each one: instead the body is printed with its key sentences marked,
 * where the reader sees them in context; only key points the body does not contain (written
 * by the user) are listed, under "Key points". With "key points only", the list is all there is.
 */
export function splitKeyPoints(paras: readonly string[], keyPoints: readonly string[]): { marked: TextPiece[][]; listed: string[] } {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const listed: string[] = [];
  const found: Array<{ para: number; start: number; end: number }> = [];
  for (const point of keyPoints) {
    const needle = squash(point).replace(/[.;]$/, '');
    const para = needle ? paras.findIndex((p) => p.includes(needle)) : -1;
    if (para < 0) listed.push(point);
    else {
      const start = paras[para]!.indexOf(needle);
      found.push({ para, start, end: start + needle.length });
    }
  }
  const marked = paras.map((p, i) => {
    const spans = found.filter((f) => f.para === i).sort((a, b) => a.start - b.start);
    const pieces: TextPiece[] = [];
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue; // overlapping points: the first one is marked already
      if (s.start > at) pieces.push(...linkPieces(p.slice(at, s.start)));
      pieces.push(...keyPieces(p.slice(s.start, s.end)));
      at = s.end;
    }
    if (at < p.length) pieces.push(...linkPieces(p.slice(at)));
    return pieces;
  });
  return { marked, listed };
}

/** A source as a citation: "Title. Author, Publisher, 27 July 2024. https://…" (the title only `withTitle`). */
export function citationPieces(s: PlanSource, withTitle: boolean): TextPiece[] {
  const pieces: TextPiece[] = [];
  const said = [s.author, s.publisher].filter(Boolean).join(', ');
  if (withTitle) pieces.push({ text: `${s.title}.`, emphasis: 'sourceTitle' });
  if (said) pieces.push({ text: ` ${said}${s.date ? ',' : '.'}` });
  if (s.date) pieces.push({ text: ` ${formatBookDate(s.date)}.` });
  if (s.url) pieces.push({ text: ` ${s.url}`, uri: s.url });
  if (s.fileName && !said && !s.url) pieces.push({ text: ` Imported from the file ${s.fileName}.` });
  return pieces;
}
