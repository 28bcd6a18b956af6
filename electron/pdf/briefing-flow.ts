import { NOTE_FIELDS, isFilledRow, type BriefingNotes, type FrontMatter, type ProgrammeRow } from '../../common/briefing';
import { parseMarkdownSubset, type InlineSpan } from '../../common/markdown-subset';
import { sectionHeading, type Block, type FlowEvent, type TableCell } from './flow';
import type { Run } from './measure';
import type { PageGeometry, StyleName } from './styles';

/**
 * The book's own briefing text in the flow: an item's notes as a briefing block under its
 * heading (a bar in the margin, a label per field), and the front matter ("Overview") after
 * the cover with the programme as a table (Table/TR/TH/TD in the structure tree).
 */

export const OVERVIEW_ANCHOR = 'front:overview';

/** Text indent of a briefing block, right of its bar. */
const ASIDE_INDENT = 12;

/** A span's style: bold wins over italic (the book has no bold italic face). */
function spanStyle(span: InlineSpan, base: 'body' | 'table'): StyleName {
  if (base === 'table') return span.bold ? 'tableBold' : span.italic ? 'tableItalic' : 'table';
  return span.bold ? 'bodyBold' : span.italic ? 'bodyItalic' : 'body';
}

function spanRuns(spans: readonly InlineSpan[], base: 'body' | 'table' = 'body'): Run[] {
  return spans.map((s) => ({ text: s.text, style: spanStyle(s, base) }));
}

/**
 * Markdown-subset text as paragraphs and lists. `aside` marks the blocks as part of a briefing
 * block (all continue the bar above them).
 */
export function* markdownFlow(text: string, indent: number, aside: boolean): Generator<FlowEvent> {
  const mark = aside ? { aside: 'rest' as const } : {};
  let first = true;
  for (const block of parseMarkdownSubset(text)) {
    if (block.kind === 'paragraph') {
      yield { kind: 'block', tag: 'P', style: 'body', runs: spanRuns(block.spans), indent, spaceBefore: first ? 1 : 5, ...mark };
    } else {
      yield { kind: 'open', tag: 'L' };
      for (let i = 0; i < block.items.length; i++) yield listItem(block.items[i]!, indent, first && i === 0 ? 1 : i === 0 ? 5 : 2, mark);
      yield { kind: 'close' };
    }
    first = false;
  }
}

function listItem(spans: InlineSpan[], indent: number, spaceBefore: number, mark: Partial<Block>): Block {
  return { kind: 'block', tag: 'LI', style: 'body', runs: spanRuns(spans), label: { text: '•', style: 'body' }, indent: indent + 14, spaceBefore, ...mark };
}

function asideLabel(text: string, first: boolean): Block {
  return {
    kind: 'block',
    tag: 'P',
    style: 'label',
    runs: [{ text: text.toUpperCase(), style: 'label' }],
    indent: ASIDE_INDENT,
    spaceBefore: first ? 10 : 7,
    keepWithNext: true,
    aside: first ? 'first' : 'rest',
  };
}

/** An item's briefing notes: each filled field under its label, inside one Div, beside one bar. */
export function* notesFlow(notes: BriefingNotes): Generator<FlowEvent> {
  const fields = NOTE_FIELDS.filter((f) => notes[f.key] !== '');
  if (fields.length === 0) return;
  const events: FlowEvent[] = [{ kind: 'open', tag: 'Div' }];
  let first = true;
  for (const field of fields) {
    events.push(asideLabel(field.label, first), ...markdownFlow(notes[field.key], ASIDE_INDENT, true));
    first = false;
  }
  // Air between the bar's end and the summary's text below it.
  const last = events.findLast((e): e is Block => e.kind === 'block');
  if (last) last.spaceAfter = 6;
  yield* events;
  yield { kind: 'close' };
}

function heading(text: string): Block {
  return { kind: 'block', tag: 'H2', style: 'h2', runs: [{ text, style: 'h2' }], keepWithNext: true, spaceBefore: 18, spaceAfter: 4 };
}

/** The programme's columns: time and press narrow, item and participants sharing the rest. */
function programmeColumns(g: PageGeometry): Array<{ x: number; width: number }> {
  const gap = 10;
  const time = 58;
  const press = 80;
  const rest = g.measure - time - press - 3 * gap;
  const item = Math.round(rest * 0.58);
  const participants = rest - item;
  const xs = [0, time + gap, time + gap + item + gap, time + gap + item + gap + participants + gap];
  return [time, item, participants, press].map((width, i) => ({ x: xs[i]!, width }));
}

const PROGRAMME_HEADINGS = ['Time', 'Item', 'Participants', 'Press'];

function programmeRow(cells: TableCell[], header: boolean): Block {
  return { kind: 'block', tag: 'TR', style: header ? 'tableHead' : 'table', runs: [], cells, keepTogether: true, spaceBefore: 4, spaceAfter: 3, keepWithNext: header };
}

export function* programmeFlow(rows: readonly ProgrammeRow[], g: PageGeometry): Generator<FlowEvent> {
  const columns = programmeColumns(g);
  yield { kind: 'open', tag: 'Table' };
  yield programmeRow(PROGRAMME_HEADINGS.map((text, i) => ({ ...columns[i]!, header: true, runs: [{ text, style: 'tableHead' }] })), true);
  for (const row of rows.filter(isFilledRow)) {
    const texts = [row.time, row.item, row.participants, row.press];
    const cells = texts.map((text, i): TableCell => {
      // The item may carry bold and italic; time, participants and press are plain.
      const runs = i === 1 ? parseMarkdownSubset(text).flatMap((b) => (b.kind === 'paragraph' ? spanRuns(b.spans, 'table') : [])) : text ? [{ text, style: i === 3 ? 'tableBold' as const : 'table' as const }] : [];
      return { ...columns[i]!, runs };
    });
    yield programmeRow(cells, false);
  }
  yield { kind: 'close' };
}

/** The front matter as the first section after the cover: each part only when filled in. */
export function* overviewFlow(front: FrontMatter, g: PageGeometry): Generator<FlowEvent> {
  yield { kind: 'open', tag: 'Sect' };
  yield sectionHeading('Overview', OVERVIEW_ANCHOR, { pageBreakBefore: true, keepWithNext: true, spaceAfter: 4 });
  const parts: Array<[string, string]> = [
    ['Purpose', front.purpose],
    ['Objectives', front.objectives],
    ['Key messages', front.keyMessages],
  ];
  for (const [title, text] of parts) {
    if (!text) continue;
    yield { kind: 'open', tag: 'Sect' };
    yield heading(title);
    yield* markdownFlow(text, 0, false);
    yield { kind: 'close' };
  }
  if (front.programme.some(isFilledRow)) {
    yield { kind: 'open', tag: 'Sect' };
    yield heading('Programme');
    yield* programmeFlow(front.programme, g);
    yield { kind: 'close' };
  }
  if (front.participants) {
    yield { kind: 'open', tag: 'Sect' };
    yield heading('Participants');
    yield* markdownFlow(front.participants, 0, false);
    yield { kind: 'close' };
  }
  yield { kind: 'close' };
}
