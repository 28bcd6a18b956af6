import type { LayoutPlan } from '../books/layout-plan';
import type { Run } from './measure';
import { ACTOR_INDEX_ANCHOR, SOURCES_ANCHOR, type Block, type FlowEvent, type PageOf } from './flow';

function heading(title: string, anchor: string): Block {
  return {
    kind: 'block',
    tag: 'H1',
    style: 'h1',
    runs: [{ text: title, style: 'h1' }],
    pageBreakBefore: true,
    header: title,
    anchor,
    outline: { title, level: 0 },
    ruleBelow: true,
    keepWithNext: true,
    spaceAfter: 9,
  };
}

function note(text: string): Block {
  return { kind: 'block', tag: 'P', style: 'h1Kicker', runs: [{ text, style: 'h1Kicker' }], spaceAfter: 10 };
}

/** Linked page numbers "4, 12, 37" for anchors, one number per page. */
function pageRuns(anchors: readonly string[], pageOf: PageOf): Run[] {
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

function initial(name: string): string {
  const first = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /\p{L}/u.test(first) ? first : '#';
}

/**
 * The back of the book: an index of actors (actor -> pages where the summaries naming
 * them start, each a link) and the list of sources. Generated lazily: during the
 * measuring pass every summary is already placed by the time these lines are asked for.
 */
export function* backMatterFlow(plan: LayoutPlan, pageOf: PageOf): Generator<FlowEvent> {
  if (plan.actorIndex.length) {
    yield { kind: 'open', tag: 'Sect' };
    yield heading('Index of actors', ACTOR_INDEX_ANCHOR);
    yield note('People, countries and organisations named in the summaries, with the pages where those summaries begin.');
    let letter = '';
    for (const actor of plan.actorIndex) {
      const l = initial(actor.name);
      if (l !== letter) {
        letter = l;
        yield { kind: 'block', tag: 'H2', style: 'h2', runs: [{ text: l, style: 'h2' }], keepWithNext: true, spaceBefore: 10, spaceAfter: 1, columns: true };
      }
      yield {
        kind: 'block',
        tag: 'P',
        style: 'index',
        runs: [{ text: `${actor.name}   `, style: 'index' }, ...pageRuns(actor.anchors, pageOf)],
        hang: 14,
        columns: true,
      };
    }
    yield { kind: 'close' };
  }
  if (plan.sources.length) {
    yield { kind: 'open', tag: 'Sect' };
    yield heading('Sources', SOURCES_ANCHOR);
    yield note('The source of each summary, in the order the summaries appear.');
    yield { kind: 'open', tag: 'L' };
    let n = 0;
    for (const s of plan.sources) {
      const runs: Run[] = [{ text: `${s.title}.`, style: 'xref' }];
      if (s.sourceName) runs.push({ text: ` ${s.sourceName}${s.sourceUrl ? ',' : '.'}`, style: 'index' });
      if (s.sourceUrl) runs.push({ text: ` ${s.sourceUrl}`, style: 'sourceLink', uri: /^https?:\/\//i.test(s.sourceUrl) ? s.sourceUrl : undefined });
      const page = pageOf(s.anchor);
      if (page !== undefined) runs.push({ text: ' (p. ', style: 'index' }, { text: String(page), style: 'indexPage', link: s.anchor }, { text: ')', style: 'index' });
      yield {
        kind: 'block',
        tag: 'LI',
        style: 'index',
        runs,
        label: { text: `${++n}.`, style: 'index' },
        indent: 26,
        spaceBefore: 4,
      };
    }
    yield { kind: 'close' };
    yield { kind: 'close' };
  }
}
