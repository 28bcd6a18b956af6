import { Bookmark, HeadingLevel, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { NOTE_FIELDS, isFilledRow, type BriefingNotes, type FrontMatter } from '../../common/briefing';
import { parseMarkdownSubset, type InlineSpan } from '../../common/markdown-subset';
import { BULLETS, STYLE } from './docx-styles';

/**
 * The book's briefing text in Word, as the PDF prints it: the front matter as an "Overview"
 * after the cover (the programme as a Word table with a repeating header row), and an item's
 * notes under its heading in the barred notes styles.
 */

export const OVERVIEW_BOOKMARK = 'docx:overview';

function runs(spans: readonly InlineSpan[]): TextRun[] {
  return spans.map((s) => new TextRun({ text: s.text, bold: s.bold || undefined, italics: s.italic || undefined }));
}

/** Markdown-subset text as paragraphs in `style` and bullets in `listStyle`. */
function markdownParagraphs(text: string, style: string, listStyle: string): Paragraph[] {
  return parseMarkdownSubset(text).flatMap((block) =>
    block.kind === 'paragraph'
      ? [new Paragraph({ style, children: runs(block.spans) })]
      : block.items.map((item) => new Paragraph({ style: listStyle, numbering: { reference: BULLETS, level: 0 }, children: runs(item) })),
  );
}

export function notesBlocks(notes: BriefingNotes | undefined): FileChild[] {
  if (!notes) return [];
  return NOTE_FIELDS.filter((f) => notes[f.key]).flatMap((f) => [
    new Paragraph({ style: STYLE.notesLabel, children: [new TextRun(f.label)] }),
    ...markdownParagraphs(notes[f.key], STYLE.notesText, STYLE.notesListItem),
  ]);
}

const COLUMN_WIDTHS = [14, 40, 30, 16];

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } });
}

function programmeTable(front: FrontMatter): Table {
  const head = new TableRow({
    tableHeader: true,
    children: ['Time', 'Item', 'Participants', 'Press'].map((t, i) => cell([new Paragraph({ style: STYLE.tableHead, children: [new TextRun(t)] })], COLUMN_WIDTHS[i]!)),
  });
  const rows = front.programme.filter(isFilledRow).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [row.time, row.item, row.participants, row.press].map((text, i) => {
          const spans = i === 1 ? parseMarkdownSubset(text).flatMap((b) => (b.kind === 'paragraph' ? b.spans : [])) : [{ text, bold: i === 3, italic: false }];
          return cell([new Paragraph({ style: STYLE.tableText, children: runs(spans) })], COLUMN_WIDTHS[i]!);
        }),
      }),
  );
  return new Table({ rows: [head, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}

const heading = (level: 1 | 2, text: string, bookmark?: string) =>
  new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [bookmark ? new Bookmark({ id: bookmark, children: [new TextRun(text)] }) : new TextRun(text)] });

/** The Overview: each part only when filled in, ending with a page break before the contents. */
export function overviewBlocks(front: FrontMatter | undefined, bookmark: string): FileChild[] {
  if (!front) return [];
  const out: FileChild[] = [heading(1, 'Overview', bookmark)];
  const texts: Array<[string, string]> = [
    ['Purpose', front.purpose],
    ['Objectives', front.objectives],
    ['Key messages', front.keyMessages],
  ];
  for (const [title, text] of texts) if (text) out.push(heading(2, title), ...markdownParagraphs(text, STYLE.body, STYLE.listItem));
  if (front.programme.some(isFilledRow)) out.push(heading(2, 'Programme'), programmeTable(front));
  if (front.participants) out.push(heading(2, 'Participants'), ...markdownParagraphs(front.participants, STYLE.body, STYLE.listItem));
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}
