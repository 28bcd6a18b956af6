import type { BookEntry } from '../books/book-types';
import { formatBookDate } from '../books/layout-plan';
import type { LayoutPlan, PlanItem } from '../books/layout-plan';
import { sourceOf } from '../books/plan-sources';
import { citationRuns } from './back-matter-flow';
import type { Block, FlowEvent } from './flow';
import type { Run } from './measure';
import type { StyleName } from './styles';

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

function sameText(a: string, b: string): boolean {
  const fold = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return fold(a) === fold(b);
}

function label(text: string): Block {
  return { kind: 'block', tag: 'P', style: 'label', runs: [{ text: text.toUpperCase(), style: 'label' }], spaceBefore: 7, spaceAfter: 1, keepWithNext: true };
}

// A web address in running text; trailing punctuation is the sentence's, not the address's.
const URL = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?'")\]]/g;

/** Splits text into runs, web addresses becoming links. */
export function linkedRuns(text: string, style: StyleName, linkStyle: StyleName): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(URL)) {
    if (m.index! > at) runs.push({ text: text.slice(at, m.index), style });
    runs.push({ text: m[0], style: linkStyle, uri: m[0] });
    at = m.index! + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), style });
  return runs;
}

/**
 * Key points are printed once. Extraction takes them from the body, so a list above the
 * body would repeat each one: instead the body is printed with its key sentences in bold,
 * where the reader sees them in context; only key points the body does not contain (written
 * by the user) are listed, under "Key points". With "key points only", the list is all there is.
 */
export function splitKeyPoints(paras: readonly string[], keyPoints: readonly string[]): { marked: Run[][]; listed: string[] } {
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
    const runs: Run[] = [];
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue; // overlapping points: the first one is bold already
      if (s.start > at) runs.push(...linkedRuns(p.slice(at, s.start), 'body', 'bodyLink'));
      runs.push(...linkedRuns(p.slice(s.start, s.end), 'bodyBold', 'bodyLink'));
      at = s.end;
    }
    if (at < p.length) runs.push(...linkedRuns(p.slice(at), 'body', 'bodyLink'));
    return runs;
  });
  return { marked, listed };
}

function* keyPointList(points: readonly string[]): Generator<FlowEvent> {
  yield label('Key points');
  yield { kind: 'open', tag: 'L' };
  for (const point of points) {
    yield { kind: 'block', tag: 'LI', style: 'body', runs: linkedRuns(point, 'body', 'bodyLink'), label: { text: '•', style: 'body' }, indent: 14, spaceBefore: 2 };
  }
  yield { kind: 'close' };
}

function tagLine(name: string, values: string[]): Block {
  // The space after the label is part of its text, so the structure tree reads "Actors China", not "ActorsChina".
  return { kind: 'block', tag: 'P', style: 'meta', runs: [{ text: `${name}  `, style: 'metaBold' }, { text: values.join(', '), style: 'meta' }], keepWithNext: true, hang: 0 };
}

export function* summaryFlow(plan: LayoutPlan, item: Extract<PlanItem, { kind: 'full' }>, depth: 2 | 3, firstInGroup: boolean): Generator<FlowEvent> {
  const e = item.entry;
  const { options } = plan;
  yield { kind: 'open', tag: 'Sect' };
  yield {
    kind: 'block',
    tag: depth === 2 ? 'H2' : 'H3',
    style: 'summaryTitle',
    runs: [{ text: e.title, style: 'summaryTitle' }],
    spaceBefore: firstInGroup ? 4 : 22,
    spaceAfter: 2,
    keepWithNext: true,
    anchor: item.anchor,
    outline: { title: e.title, level: depth - 1 },
  };
  const meta = metaLine(e);
  if (meta) yield { kind: 'block', tag: 'P', style: 'meta', runs: [{ text: meta, style: 'meta' }], keepWithNext: true };
  if (e.actors.length) yield tagLine('Actors', e.actors);
  if (e.themes.length) yield tagLine('Themes', e.themes);

  const keyPoints = e.keyPoints.filter((k) => k.trim());
  const paras = paragraphs(e.body);
  // Imported text often repeats its headline as the first line: the title above already says it.
  if (paras.length > 1 && sameText(paras[0]!, e.title)) paras.shift();
  if (options.keyPointsOnly && keyPoints.length) {
    yield* keyPointList(keyPoints);
  } else {
    const { marked, listed } = splitKeyPoints(paras, keyPoints);
    if (listed.length) yield* keyPointList(listed);
    for (let i = 0; i < marked.length; i++) yield { kind: 'block', tag: 'P', style: 'body', runs: marked[i]!, spaceBefore: i === 0 ? 8 : 5 };
  }
  if (options.includeNotes && e.notes.trim()) {
    yield label('Notes');
    for (const p of paragraphs(e.notes)) yield { kind: 'block', tag: 'P', style: 'bodyItalic', runs: [{ text: p, style: 'bodyItalic' }], spaceBefore: 3 };
  }
  if (options.includeSources) {
    const runs = citationRuns(sourceOf(e, item.anchor), false);
    if (runs.length) {
      yield {
        kind: 'block',
        tag: 'P',
        style: 'source',
        runs: [{ text: 'Source ', style: 'metaBold' }, ...runs.map((r) => ({ ...r, style: r.uri ? ('sourceLink' as const) : ('source' as const) }))],
        spaceBefore: 7,
        keepWithPrevious: true,
      };
    }
  }
  yield { kind: 'close' };
}
