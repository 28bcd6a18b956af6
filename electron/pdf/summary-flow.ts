import type { LayoutPlan, PlanItem } from '../books/layout-plan';
import { sourceOf } from '../books/plan-sources';
import { linkPieces, metaLine, paragraphs, splitKeyPoints, type TextPiece } from '../books/summary-text';
import { citationRuns } from './back-matter-flow';
import { notesFlow } from './briefing-flow';
import type { Block, FlowEvent } from './flow';
import type { Run } from './measure';
import type { StyleName } from './styles';

function sameText(a: string, b: string): boolean {
  const fold = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return fold(a) === fold(b);
}

function label(text: string): Block {
  return { kind: 'block', tag: 'P', style: 'label', runs: [{ text: text.toUpperCase(), style: 'label' }], spaceBefore: 7, spaceAfter: 1, keepWithNext: true };
}

/** Text as runs in one style, web addresses as links in `linkStyle`. */
function linkedRuns(text: string, style: StyleName, linkStyle: StyleName): Run[] {
  return linkPieces(text).map((p) => (p.uri ? { text: p.text, style: linkStyle, uri: p.uri } : { text: p.text, style }));
}

/** A body paragraph's pieces as runs: key sentences bold (see books/summary-text.ts splitKeyPoints). */
function bodyRuns(pieces: readonly TextPiece[]): Run[] {
  return pieces.map((p) => (p.uri ? { text: p.text, style: 'bodyLink', uri: p.uri } : { text: p.text, style: p.emphasis === 'keyPoint' ? 'bodyBold' : 'body' }));
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
  // The book's briefing notes come first, under the heading: what the reader needs before the press summary.
  if (item.notes) yield* notesFlow(item.notes);

  const keyPoints = e.keyPoints.filter((k) => k.trim());
  const paras = paragraphs(e.body);
  // Imported text often repeats its headline as the first line: the title above already says it.
  if (paras.length > 1 && sameText(paras[0]!, e.title)) paras.shift();
  if (options.keyPointsOnly && keyPoints.length) {
    yield* keyPointList(keyPoints);
  } else {
    const { marked, listed } = splitKeyPoints(paras, keyPoints);
    if (listed.length) yield* keyPointList(listed);
    for (let i = 0; i < marked.length; i++) yield { kind: 'block', tag: 'P', style: 'body', runs: bodyRuns(marked[i]!), spaceBefore: i === 0 ? 8 : 5 };
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
