import { formatBookDate } from '../books/layout-plan';
import { fullItemsInOrder, type LayoutPlan, type PlanItem, type PlanSection } from '../books/layout-plan';
import { backMatterFlow } from './back-matter-flow';
import type { CoverOverflow } from './cover';
import { ACTOR_INDEX_ANCHOR, CONTENTS_ANCHOR, SEE_ALSO_ANCHOR, sectionHeading, SOURCES_ANCHOR, type Block, type FlowEvent, type PageOf } from './flow';
import { FRONT_MATTER_ANCHOR, frontMatterFlow } from './front-matter-flow';
import { OVERVIEW_ANCHOR, overviewFlow } from './briefing-flow';
import { pageGeometry } from './styles';
import { summaryFlow } from './summary-flow';

const PAGE_RESERVE = '0000';

function tocLine(title: string, anchor: string, level: 1 | 2 | 3, pageOf: PageOf): Block {
  const style = level === 1 ? 'toc1' : level === 2 ? 'toc2' : 'toc3';
  return {
    kind: 'block',
    tag: 'TOCI',
    style,
    runs: [{ text: title, style }],
    indent: level === 1 ? 0 : level === 2 ? 14 : level === 3 ? 28 : 0,
    hang: 10,
    trailer: { run: { text: String(pageOf(anchor) ?? ''), style: 'tocPage' }, reserve: PAGE_RESERVE },
    link: anchor,
    spaceBefore: level === 1 ? 9 : level === 2 ? 4 : 1,
    keepWithNext: level === 1,
  };
}

function* contentsFlow(plan: LayoutPlan, pageOf: PageOf, frontMatter: boolean): Generator<FlowEvent> {
  yield sectionHeading('Contents', CONTENTS_ANCHOR, { pageBreakBefore: true, spaceAfter: 12 });
  if (!plan.options.keyPointsOnly && fullItemsInOrder(plan.sections).some((i) => i.entry.keyPoints.some((k) => k.trim()))) {
    // Key points are bold in the text rather than listed again (see books/summary-text.ts): say so once.
    yield { kind: 'block', tag: 'P', style: 'h1Kicker', runs: [{ text: 'Key points are set in bold in the text of each summary.', style: 'h1Kicker' }], spaceAfter: 8 };
  }
  yield { kind: 'open', tag: 'TOC' };
  const lines = [...contentsLines(plan, pageOf, frontMatter)];
  // The last lines stay together, so the contents never ends on a page holding only one or two of them.
  lines.slice(-TOC_KEEP_LAST, -1).forEach((line) => (line.keepWithNext = true));
  yield* lines;
  yield { kind: 'close' };
}

const TOC_KEEP_LAST = 8;

function* contentsLines(plan: LayoutPlan, pageOf: PageOf, frontMatter: boolean): Generator<Block> {
  if (frontMatter) yield tocLine('About this book', FRONT_MATTER_ANCHOR, 1, pageOf);
  if (plan.frontMatter) yield tocLine('Overview', OVERVIEW_ANCHOR, 1, pageOf);
  for (const s of plan.sections) {
    yield tocLine(s.title, s.anchor, 1, pageOf);
    for (const sub of s.subsections) {
      yield tocLine(sub.title, sub.anchor, 2, pageOf);
      for (const item of sub.items) if (item.kind === 'full') yield tocLine(item.entry.title, item.anchor, 3, pageOf);
    }
    for (const item of s.items) if (item.kind === 'full') yield tocLine(item.entry.title, item.anchor, 2, pageOf);
  }
  if (plan.seeAlso.length) yield tocLine('See also', SEE_ALSO_ANCHOR, 1, pageOf);
  if (plan.actorIndex.length) yield tocLine('Index of actors', ACTOR_INDEX_ANCHOR, 1, pageOf);
  if (plan.sources.length) yield tocLine('Sources', SOURCES_ANCHOR, 1, pageOf);
}

function xrefBlock(item: PlanItem, pageOf: PageOf, firstInGroup: boolean): Block {
  const date = formatBookDate(item.entry.meetingDate);
  const page = pageOf(item.anchor);
  return {
    kind: 'block',
    tag: 'P',
    style: 'xref',
    // The trailing space keeps "(11 July 2025)" and "see p. 20" apart in the structure tree.
    runs: [{ text: `${item.entry.title} `, style: 'xref' }, ...(date ? [{ text: `(${date}) `, style: 'xref' as const }] : [])],
    trailer: { run: { text: page === undefined ? '' : `see p. ${page}`, style: 'xrefPage' }, reserve: `see p. ${PAGE_RESERVE}` },
    link: item.anchor,
    spaceBefore: firstInGroup ? 4 : 8,
    hang: 10,
  };
}

function* itemsFlow(plan: LayoutPlan, items: readonly PlanItem[], depth: 2 | 3, pageOf: PageOf): Generator<FlowEvent> {
  let first = true;
  for (const item of items) {
    if (item.kind === 'full') yield* summaryFlow(plan, item, depth, first);
    else yield xrefBlock(item, pageOf, first);
    first = false;
  }
}

function countLine(section: PlanSection): string {
  const all = [...section.items, ...section.subsections.flatMap((s) => s.items)];
  const full = new Set(all.filter((i) => i.kind === 'full').map((i) => i.entry.id)).size;
  const elsewhere = new Set(all.filter((i) => i.kind === 'xref').map((i) => i.entry.id)).size;
  const head = `${full} meeting${full === 1 ? '' : 's'}`;
  return elsewhere ? `${head}; ${elsewhere} more printed in full under other headings` : head;
}

function* sectionFlow(plan: LayoutPlan, s: PlanSection, pageOf: PageOf, first: boolean): Generator<FlowEvent> {
  yield { kind: 'open', tag: 'Sect' };
  yield {
    kind: 'block',
    tag: 'H1',
    style: 'h1',
    runs: [{ text: s.title, style: 'h1' }],
    // Sections follow on by default (a new page for each leaves many pages half empty); the first leaves the contents.
    pageBreakBefore: first || plan.options.sectionsOnNewPage,
    spaceBefore: 34,
    header: s.title,
    anchor: s.anchor,
    outline: { title: s.title, level: 0 },
    ruleBelow: true,
    keepWithNext: true,
    spaceAfter: 9,
  };
  yield { kind: 'block', tag: 'P', style: 'h1Kicker', runs: [{ text: countLine(s), style: 'h1Kicker' }], keepWithNext: true, spaceAfter: 12 };
  for (const sub of s.subsections) {
    yield { kind: 'open', tag: 'Sect' };
    yield {
      kind: 'block',
      tag: 'H2',
      style: 'h2',
      runs: [{ text: sub.title, style: 'h2' }],
      header: `${s.title}  ·  ${sub.title}`,
      anchor: sub.anchor,
      outline: { title: sub.title, level: 1 },
      keepWithNext: true,
      spaceBefore: 26,
      spaceAfter: 4,
    };
    yield* itemsFlow(plan, sub.items, 3, pageOf);
    yield { kind: 'close' };
  }
  if (s.subsections.length && s.items.length) {
    // Summaries of this group printed under another one: listed once, after the subheadings.
    yield { kind: 'block', tag: 'P', style: 'label', runs: [{ text: 'ALSO UNDER OTHER HEADINGS', style: 'label' }], spaceBefore: 20, spaceAfter: 1, keepWithNext: true, header: s.title };
  }
  yield* itemsFlow(plan, s.items, 2, pageOf);
  yield { kind: 'close' };
}

/** Everything after the cover, as one flow: what the cover had no room for, the overview (front matter), contents, sections, back matter. */
export function* bookFlow(plan: LayoutPlan, pageOf: PageOf, coverOverflow?: CoverOverflow): Generator<FlowEvent> {
  const frontMatter = Boolean(coverOverflow && (coverOverflow.subtitle || coverOverflow.fields || coverOverflow.purpose));
  if (coverOverflow) yield* frontMatterFlow(plan.cover, coverOverflow);
  if (plan.frontMatter) yield* overviewFlow(plan.frontMatter, pageGeometry(plan.options.paper));
  yield* contentsFlow(plan, pageOf, frontMatter);
  let first = true;
  for (const s of plan.sections) {
    yield* sectionFlow(plan, s, pageOf, first);
    first = false;
  }
  yield* backMatterFlow(plan, pageOf);
}
