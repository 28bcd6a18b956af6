import type { BookEntry } from '../books/book-types';
import { formatBookDate } from '../books/format-date';
import type { LayoutPlan, PlanItem, PlanSection } from '../books/layout-plan';
import { ACTOR_INDEX_ANCHOR, CONTENTS_ANCHOR, SOURCES_ANCHOR, type Block, type FlowEvent, type PageOf } from './flow';
import type { Run } from './measure';
import { backMatterFlow } from './back-matter-flow';
import type { CoverOverflow } from './cover';
import { frontMatterFlow } from './front-matter-flow';


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

function* contentsFlow(plan: LayoutPlan, pageOf: PageOf): Generator<FlowEvent> {
  yield {
    kind: 'block',
    tag: 'H1',
    style: 'h1',
    runs: [{ text: 'Contents', style: 'h1' }],
    pageBreakBefore: true,
    header: 'Contents',
    anchor: CONTENTS_ANCHOR,
    outline: { title: 'Contents', level: 0 },
    ruleBelow: true,
    spaceAfter: 12,
  };
  yield { kind: 'open', tag: 'TOC' };
  for (const s of plan.sections) {
    yield tocLine(s.title, s.anchor, 1, pageOf);
    for (const sub of s.subsections) {
      yield tocLine(sub.title, sub.anchor, 2, pageOf);
      for (const item of sub.items) if (item.kind === 'full') yield tocLine(item.entry.title, item.anchor, 3, pageOf);
    }
    for (const item of s.items) if (item.kind === 'full') yield tocLine(item.entry.title, item.anchor, 2, pageOf);
  }
  if (plan.actorIndex.length) yield tocLine('Index of actors', ACTOR_INDEX_ANCHOR, 1, pageOf);
  if (plan.sources.length) yield tocLine('Sources', SOURCES_ANCHOR, 1, pageOf);
  yield { kind: 'close' };
}

/** "27 July 2024 · Vientiane, Laos · East Asia Summit" */
export function metaLine(entry: BookEntry): string {
  const place = [entry.city, entry.country].filter(Boolean).join(', ');
  return [formatBookDate(entry.meetingDate), place, entry.forums.join(' / ')].filter(Boolean).join('  ·  ');
}

function paragraphs(text: string): string[] {
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

function* summaryFlow(plan: LayoutPlan, item: Extract<PlanItem, { kind: 'full' }>, depth: 2 | 3, firstInGroup: boolean): Generator<FlowEvent> {
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
  const tagLine = (name: string, values: string[]): Block => ({
    kind: 'block',
    tag: 'P',
    style: 'meta',
    runs: [{ text: `${name}  `, style: 'metaBold' }, { text: values.join(', '), style: 'meta' }],
    keepWithNext: true,
    hang: 0,
  });
  if (e.actors.length) yield tagLine('Actors', e.actors);
  if (e.themes.length) yield tagLine('Themes', e.themes);

  const keyPoints = e.keyPoints.filter((k) => k.trim());
  if (keyPoints.length) {
    yield label('Key points');
    yield { kind: 'open', tag: 'L' };
    for (const point of keyPoints) {
      yield {
        kind: 'block',
        tag: 'LI',
        style: 'body',
        runs: [{ text: point, style: 'body' }],
        label: { text: '•', style: 'body' },
        indent: 14,
        spaceBefore: 2,
      };
    }
    yield { kind: 'close' };
  }
  if (!options.keyPointsOnly || keyPoints.length === 0) {
    const paras = paragraphs(e.body);
    // Imported text often repeats its headline as the first line: the title above already says it.
    if (paras.length > 1 && sameText(paras[0]!, e.title)) paras.shift();
    for (let i = 0; i < paras.length; i++) {
      yield { kind: 'block', tag: 'P', style: 'body', runs: [{ text: paras[i]!, style: 'body' }], spaceBefore: i === 0 ? 8 : 5 };
    }
  }
  if (options.includeNotes && e.notes.trim()) {
    yield label('Notes');
    for (const p of paragraphs(e.notes)) yield { kind: 'block', tag: 'P', style: 'bodyItalic', runs: [{ text: p, style: 'bodyItalic' }], spaceBefore: 3 };
  }
  if (options.includeSources && (e.sourceName || e.sourceUrl)) {
    const runs: Run[] = [{ text: 'Source  ', style: 'metaBold' }];
    if (e.sourceName) runs.push({ text: e.sourceName + (e.sourceUrl ? ', ' : ''), style: 'source' });
    if (e.sourceUrl) runs.push({ text: e.sourceUrl, style: 'sourceLink', uri: /^https?:\/\//i.test(e.sourceUrl) ? e.sourceUrl : undefined });
    yield { kind: 'block', tag: 'P', style: 'source', runs, spaceBefore: 7 };
  }
  yield { kind: 'close' };
}

function xrefBlock(item: PlanItem, pageOf: PageOf, firstInGroup: boolean): Block {
  const date = formatBookDate(item.entry.meetingDate);
  const page = pageOf(item.anchor);
  return {
    kind: 'block',
    tag: 'P',
    style: 'xref',
    runs: [{ text: item.entry.title, style: 'xref' }, ...(date ? [{ text: ` (${date})`, style: 'xref' as const }] : [])],
    trailer: { run: { text: page === undefined ? '' : `see p. ${page}`, style: 'xrefPage' }, reserve: `see p. ${PAGE_RESERVE}` },
    link: item.anchor,
    spaceBefore: firstInGroup ? 4 : 12,
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
  const all = section.subsections.length ? section.subsections.flatMap((s) => s.items) : section.items;
  const ids = new Set(all.map((i) => i.entry.id));
  const elsewhere = new Set(all.filter((i) => i.kind === 'xref').map((i) => i.entry.id)).size;
  const n = ids.size;
  const head = `${n} meeting${n === 1 ? '' : 's'}`;
  if (elsewhere === 0) return head;
  if (elsewhere === n) return `${head}, printed in full under ${n === 1 ? 'another heading' : 'other headings'}`;
  return `${head}, ${elsewhere} of them printed in full under another heading`;
}

function* sectionFlow(plan: LayoutPlan, s: PlanSection, pageOf: PageOf): Generator<FlowEvent> {
  yield { kind: 'open', tag: 'Sect' };
  yield {
    kind: 'block',
    tag: 'H1',
    style: 'h1',
    runs: [{ text: s.title, style: 'h1' }],
    pageBreakBefore: true,
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
  yield* itemsFlow(plan, s.items, 2, pageOf);
  yield { kind: 'close' };
}

/** Everything after the cover, as one flow: contents, sections, actor index, sources. */
export function* bookFlow(plan: LayoutPlan, pageOf: PageOf, coverOverflow?: CoverOverflow): Generator<FlowEvent> {
  if (coverOverflow) yield* frontMatterFlow(plan.cover, coverOverflow);
  yield* contentsFlow(plan, pageOf);
  for (const s of plan.sections) yield* sectionFlow(plan, s, pageOf);
  yield* backMatterFlow(plan, pageOf);
}
