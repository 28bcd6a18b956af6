import {
  Bookmark, ExternalHyperlink, HeadingLevel, InternalHyperlink, PageBreak, PageReference, Paragraph, TableOfContents, TextRun,
  type FileChild, type ParagraphChild,
} from 'docx';
import { formatBookDate } from '../books/layout-plan';
import type { LayoutPlan, PlanItem, PlanSection } from '../books/layout-plan';
import { sourceOf, type PlanSource } from '../books/plan-sources';
import { citationPieces, metaLine, paragraphs, splitKeyPoints, type TextPiece } from '../books/summary-text';
import { notesBlocks, OVERVIEW_BOOKMARK } from './docx-briefing';
import { BULLETS, STYLE } from './docx-styles';

/**
 * The brief's body as Word paragraphs, from the same layout plan the PDF prints: cover,
 * contents (a real TOC field, pre-filled), sections under Word's Heading 1-3, summaries with
 * their metadata, key points and text, cross-references as internal links with PAGEREF page
 * numbers Word fills in, the actor index and the sources.
 */
export class DocxBookmarks {
  private readonly names = new Map<string, string>();

  /** Word bookmark names: a letter first, no punctuation, at most 40 characters. */
  of(anchor: string): string {
    let name = this.names.get(anchor);
    if (!name) this.names.set(anchor, (name = `bb_${this.names.size + 1}`));
    return name;
  }
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function heading(level: 1 | 2 | 3, text: string, bookmark?: string): Paragraph {
  const run = new TextRun(text);
  return new Paragraph({ heading: HEADINGS[level - 1], children: [bookmark ? new Bookmark({ id: bookmark, children: [run] }) : run] });
}

function styled(style: string, text: string): Paragraph {
  return new Paragraph({ style, children: [new TextRun(text)] });
}

/** Text pieces in Word: key sentences in their character style, addresses as links. */
function wordRuns(runs: readonly TextPiece[]): ParagraphChild[] {
  // A link's leading space (a citation's " https://...") stays outside the underlined link.
  const spaced = runs.flatMap((r) => (r.uri && r.text.startsWith(' ') ? [{ ...r, uri: undefined, text: ' ' }, r] : [r]));
  return spaced.map((r) => {
    if (r.uri) return new ExternalHyperlink({ link: r.uri, children: [new TextRun({ text: r.text.trimStart(), style: 'Hyperlink' })] });
    return r.emphasis === 'keyPoint' ? new TextRun({ text: r.text, style: STYLE.keyPointText }) : new TextRun(r.text);
  });
}

function bullet(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ style: STYLE.listItem, numbering: { reference: BULLETS, level: 0 }, children });
}

function pageRef(bookmark: string, text: string): ParagraphChild[] {
  return [new InternalHyperlink({ anchor: bookmark, children: [new TextRun({ text, style: 'Hyperlink' })] }), new TextRun(' (p. '), new PageReference(bookmark), new TextRun(')')];
}

export function coverBlocks(plan: LayoutPlan, summaryLine: string): FileChild[] {
  const { cover, options } = plan;
  // The marking itself is in every page's header and footer, the cover's too.
  const out: FileChild[] = [];
  if (options.handlingCaveat.trim()) out.push(styled(STYLE.caveat, options.handlingCaveat.trim()));
  out.push(styled(STYLE.coverTitle, cover.title));
  if (cover.subtitle) out.push(styled(STYLE.coverSubtitle, cover.subtitle));
  if (cover.preparedFor) out.push(styled(STYLE.coverLine, `Prepared for: ${cover.preparedFor}`));
  if (cover.preparedBy) out.push(styled(STYLE.coverLine, `Prepared by: ${cover.preparedBy}`));
  if (cover.date) out.push(styled(STYLE.coverLine, cover.date));
  if (options.copyNumber.trim()) out.push(styled(STYLE.coverLine, options.copyNumber.trim()));
  out.push(styled(STYLE.coverLine, summaryLine));
  if (cover.purpose.trim()) {
    out.push(styled(STYLE.label, 'Purpose'));
    for (const p of paragraphs(cover.purpose)) out.push(styled(STYLE.purpose, p));
  }
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/**
 * Word's own table of contents field over Heading 1-3, pre-filled with the headings (and
 * links to them) so it reads right before the user presses F9; Word adds the page numbers.
 */
export function contentsBlock(plan: LayoutPlan, bookmarks: DocxBookmarks): FileChild[] {
  const entries: Array<{ title: string; level: number; href: string }> = [];
  const walk = (sections: readonly PlanSection[], level: number) => {
    for (const s of sections) {
      entries.push({ title: s.title, level, href: bookmarks.of(s.anchor) });
      for (const item of s.items) if (item.kind === 'full') entries.push({ title: item.entry.title, level: level + 1, href: bookmarks.of(item.anchor) });
      walk(s.subsections, level + 1);
    }
  };
  if (plan.frontMatter) entries.push({ title: 'Overview', level: 1, href: bookmarks.of(OVERVIEW_BOOKMARK) });
  walk(plan.sections, 1);
  if (plan.seeAlso.length) entries.push({ title: 'See also', level: 1, href: bookmarks.of('docx:see-also') });
  if (plan.options.actorIndex && plan.actorIndex.length) entries.push({ title: 'Index of actors', level: 1, href: bookmarks.of('docx:index') });
  if (plan.sources.length) entries.push({ title: 'Sources', level: 1, href: bookmarks.of('docx:sources') });
  return [
    styled(STYLE.label, 'Contents'),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3', cachedEntries: entries.map((e) => ({ ...e, level: Math.min(e.level, 3) })) }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function tagLine(label: string, values: readonly string[]): Paragraph {
  return new Paragraph({ style: STYLE.meta, children: [new TextRun(`${label}: ${values.join(', ')}`)] });
}

export function summaryBlocks(plan: LayoutPlan, item: Extract<PlanItem, { kind: 'full' }>, level: 2 | 3, bookmarks: DocxBookmarks): FileChild[] {
  const e = item.entry;
  const out: FileChild[] = [heading(level, e.title, bookmarks.of(item.anchor))];
  const meta = metaLine(e);
  if (meta) out.push(styled(STYLE.meta, meta));
  if (e.actors.length) out.push(tagLine('Actors', e.actors));
  if (e.themes.length) out.push(tagLine('Themes', e.themes));
  out.push(...notesBlocks(item.notes));
  const keyPoints = e.keyPoints.filter((k) => k.trim());
  const paras = paragraphs(e.body);
  // Key points are printed once, as in the PDF (books/summary-text.ts splitKeyPoints says why).
  const { marked, listed } = plan.options.keyPointsOnly && keyPoints.length ? { marked: [], listed: keyPoints } : splitKeyPoints(paras, keyPoints);
  if (listed.length) {
    out.push(styled(STYLE.label, 'Key points'));
    for (const point of listed) out.push(bullet([new TextRun(point)]));
  }
  for (const runs of marked) out.push(new Paragraph({ style: STYLE.body, children: wordRuns(runs) }));
  if (plan.options.includeNotes && e.notes.trim()) {
    out.push(styled(STYLE.label, 'Notes'));
    for (const p of paragraphs(e.notes)) out.push(styled(STYLE.note, p));
  }
  if (plan.options.includeSources) {
    const cited = citation(sourceOf(e, item.anchor), false);
    if (cited.length) out.push(new Paragraph({ style: STYLE.source, children: [new TextRun('Source: '), ...cited] }));
  }
  return out;
}

function xrefLine(item: PlanItem, bookmarks: DocxBookmarks): Paragraph {
  const date = formatBookDate(item.entry.meetingDate);
  return new Paragraph({ style: STYLE.xref, children: [new TextRun('See '), ...pageRef(bookmarks.of(item.anchor), item.entry.title), ...(date ? [new TextRun(`, ${date}`)] : [])] });
}

export function sectionBlocks(plan: LayoutPlan, section: PlanSection, bookmarks: DocxBookmarks): FileChild[] {
  const level = section.level;
  const out: FileChild[] = [heading(level, section.title, bookmarks.of(section.anchor))];
  for (const item of section.items) {
    if (item.kind === 'full') out.push(...summaryBlocks(plan, item, level === 1 ? 2 : 3, bookmarks));
    else out.push(xrefLine(item, bookmarks));
  }
  for (const sub of section.subsections) out.push(...sectionBlocks(plan, sub, bookmarks));
  return out;
}

export function seeAlsoBlocks(plan: LayoutPlan, bookmarks: DocxBookmarks): FileChild[] {
  if (!plan.seeAlso.length) return [];
  const out: FileChild[] = [heading(1, 'See also', bookmarks.of('docx:see-also'))];
  for (const entry of plan.seeAlso) {
    out.push(styled(STYLE.indexLetter, entry.title));
    for (const item of entry.items) out.push(xrefLine(item, bookmarks));
  }
  return out;
}

export function indexBlocks(plan: LayoutPlan, bookmarks: DocxBookmarks): FileChild[] {
  if (!plan.options.actorIndex || !plan.actorIndex.length) return [];
  const out: FileChild[] = [heading(1, 'Index of actors', bookmarks.of('docx:index'))];
  for (const group of plan.actorIndex) {
    out.push(heading(2, group.title));
    let letter = '';
    for (const entry of group.entries) {
      if (entry.heading !== letter) out.push(styled(STYLE.indexLetter, (letter = entry.heading)));
      const children: ParagraphChild[] = [new TextRun(entry.aliases.length ? `${entry.display} (${entry.aliases.join('; ')})  ` : `${entry.display}  `)];
      entry.anchors.forEach((anchor, i) => {
        if (i > 0) children.push(new TextRun(', '));
        children.push(new InternalHyperlink({ anchor: bookmarks.of(anchor), children: [new PageReference(bookmarks.of(anchor))] }));
      });
      out.push(new Paragraph({ style: STYLE.indexEntry, children }));
    }
  }
  return out;
}

/** A citation, worded as the PDF words it (author and publisher, date, address; a file name last). */
function citation(s: PlanSource, withTitle: boolean): ParagraphChild[] {
  return wordRuns(citationPieces(s, withTitle));
}

export function sourcesBlocks(plan: LayoutPlan, bookmarks: DocxBookmarks): FileChild[] {
  if (!plan.sources.length) return [];
  const out: FileChild[] = [heading(1, 'Sources', bookmarks.of('docx:sources'))];
  for (const s of plan.sources) out.push(bullet([...citation(s, true), new TextRun(' (p. '), new PageReference(bookmarks.of(s.anchor)), new TextRun(')')]));
  return out;
}
