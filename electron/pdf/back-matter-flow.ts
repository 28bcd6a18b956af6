import type { LayoutPlan } from '../books/layout-plan';
import type { PlanSource } from '../books/plan-sources';
import { citationPieces } from '../books/summary-text';
import type { Run } from './measure';
import { ACTOR_INDEX_ANCHOR, SEE_ALSO_ANCHOR, sectionHeading, SOURCES_ANCHOR, type Block, type FlowEvent, type PageOf } from './flow';

function heading(title: string, anchor: string, newPage: boolean): Block {
  return sectionHeading(title, anchor, { pageBreakBefore: newPage, spaceBefore: 30, keepWithNext: true, spaceAfter: 9 });
}

function note(text: string): Block {
  return { kind: 'block', tag: 'P', style: 'h1Kicker', runs: [{ text, style: 'h1Kicker' }], spaceAfter: 10, keepWithNext: true };
}

const TAIL_KEPT = 5;

/** Linked page numbers "4, 12, 37" for anchors, one number per page. */
export function pageRuns(anchors: readonly string[], pageOf: PageOf): Run[] {
  const runs: Run[] = [];
  const seen = new Set<number>();
  for (const anchor of anchors) {
    const page = pageOf(anchor);
    if (page === undefined || seen.has(page)) continue;
    seen.add(page);
    // The comma travels with its number, so a line never starts with one.
    const previous = runs[runs.length - 1];
    if (previous) previous.text += ',';
    runs.push({ text: ` ${page}`, style: 'indexPage', link: anchor });
  }
  return runs;
}

function columnHeading(text: string, style: 'h2' | 'label', spaceBefore: number): Block {
  return { kind: 'block', tag: 'H2', style, runs: [{ text, style }], keepWithNext: true, spaceBefore, spaceAfter: 1, columns: true };
}

function* seeAlsoFlow(plan: LayoutPlan, pageOf: PageOf): Generator<FlowEvent> {
  if (!plan.seeAlso.length) return;
  yield { kind: 'open', tag: 'Sect' };
  yield heading('See also', SEE_ALSO_ANCHOR, plan.options.sectionsOnNewPage);
  yield note('Headings with no summary of their own: the pages where their summaries are printed in full.');
  for (const entry of plan.seeAlso) {
    yield {
      kind: 'block',
      tag: 'P',
      style: 'index',
      runs: [{ text: `${entry.title}   `, style: 'index' }, ...pageRuns(entry.items.map((i) => i.anchor), pageOf)],
      hang: 14,
      columns: true,
      outline: { title: entry.title, level: 1 },
    };
  }
  yield { kind: 'close' };
}

function* actorIndexFlow(plan: LayoutPlan, pageOf: PageOf): Generator<FlowEvent> {
  if (!plan.actorIndex.length) return;
  yield { kind: 'open', tag: 'Sect' };
  yield heading('Index of actors', ACTOR_INDEX_ANCHOR, plan.options.sectionsOnNewPage);
  yield note('People (by surname), countries and organisations named in the summaries, with the pages where those summaries begin.');
  for (const group of plan.actorIndex) {
    yield { kind: 'open', tag: 'Sect' };
    yield { ...columnHeading(group.title, 'h2', 16), tag: 'H2' };
    let letter = '';
    for (const actor of group.entries) {
      if (actor.heading !== letter) {
        letter = actor.heading;
        yield { ...columnHeading(letter, 'label', 6), tag: 'H3' };
      }
      const aliases = actor.aliases.length ? [{ text: ` (also ${actor.aliases.join(', ')})`, style: 'xref' as const }] : [];
      yield {
        kind: 'block',
        tag: 'P',
        style: 'index',
        runs: [{ text: actor.display, style: 'index' }, ...aliases, { text: '   ', style: 'index' }, ...pageRuns(actor.anchors, pageOf)],
        hang: 14,
        columns: true,
      };
    }
    yield { kind: 'close' };
  }
  yield { kind: 'close' };
}

/** "Author. Publisher, Title, 3 May 2025. https://…" with the file name only when nothing else is known. */
export function citationRuns(s: PlanSource, withTitle: boolean): Run[] {
  return citationPieces(s, withTitle).map((p) =>
    p.uri ? { text: p.text, style: 'sourceLink', uri: p.uri } : { text: p.text, style: p.emphasis === 'sourceTitle' ? 'xref' : 'index' },
  );
}

function* sourcesFlow(plan: LayoutPlan, pageOf: PageOf): Generator<FlowEvent> {
  if (!plan.sources.length) return;
  yield { kind: 'open', tag: 'Sect' };
  yield heading('Sources', SOURCES_ANCHOR, plan.options.sectionsOnNewPage);
  yield note('The source of each summary, in the order the summaries appear.');
  yield { kind: 'open', tag: 'L' };
  let n = 0;
  for (const s of plan.sources) {
    const runs = citationRuns(s, true);
    const page = pageOf(s.anchor);
    if (page !== undefined) runs.push({ text: ' (p. ', style: 'index' }, { text: String(page), style: 'indexPage', link: s.anchor }, { text: ')', style: 'index' });
    // The last items keep together, so the book's last page never holds a single one.
    const keepWithNext = n >= plan.sources.length - TAIL_KEPT && n < plan.sources.length - 1;
    yield { kind: 'block', tag: 'LI', style: 'index', runs, label: { text: `${++n}.`, style: 'index' }, indent: 26, spaceBefore: 4, keepWithNext };
  }
  yield { kind: 'close' };
  yield { kind: 'close' };
}

/**
 * The back of the book: the "See also" list, an index of actors (actor -> pages where the
 * summaries naming them start, each a link) and the list of sources. Generated lazily:
 * during the measuring pass every summary is already placed when these lines are asked for.
 */
export function* backMatterFlow(plan: LayoutPlan, pageOf: PageOf): Generator<FlowEvent> {
  yield* seeAlsoFlow(plan, pageOf);
  yield* actorIndexFlow(plan, pageOf);
  yield* sourcesFlow(plan, pageOf);
}
