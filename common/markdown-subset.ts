/**
 * The small Markdown subset briefing notes and front matter are written in: paragraphs
 * (separated by a blank line), bullet lists (lines starting with "- " or "* "), **bold** and
 * *italic* (or _italic_). Nothing else is interpreted: HTML, links, headings and images stay
 * the literal text the user typed, so hostile text prints as text. Pure: the PDF and Word
 * renderers and the live preview all read a note through this one parser.
 */

export interface InlineSpan {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type MarkdownBlock =
  | { kind: 'paragraph'; spans: InlineSpan[] }
  | { kind: 'list'; items: InlineSpan[][] };

const BULLET = /^\s{0,3}[-*]\s+(.*)$/;

/** Parses the subset into paragraphs and lists; an empty or blank text gives no blocks. */
export function parseMarkdownSubset(source: string): MarkdownBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', spans: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list?.length) blocks.push({ kind: 'list', items: list.map(parseInline) });
    list = undefined;
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    const bullet = BULLET.exec(line);
    if (!line.trim()) {
      flushParagraph();
      flushList();
    } else if (bullet) {
      flushParagraph();
      (list ??= []).push(bullet[1]!.trim());
    } else if (list && /^\s+\S/.test(line)) {
      // An indented line continues the list item above it.
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/**
 * Bold and italic inside one paragraph or item. A marker counts only when it has a closing
 * partner; an unmatched "*" or "**" is printed as typed. Bold may hold italic and the reverse.
 */
export function parseInline(text: string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  walk(text, false, false, spans);
  return mergeSpans(spans).filter((s) => s.text !== '');
}

function walk(text: string, bold: boolean, italic: boolean, out: InlineSpan[]): void {
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const marker = markerAt(text, i);
    if (marker) {
      const close = closingIndex(text, i + marker.length, marker);
      if (close > i + marker.length) {
        if (plain) out.push({ text: plain, bold, italic });
        plain = '';
        const inner = text.slice(i + marker.length, close);
        walk(inner, bold || marker === '**' || marker === '__', italic || marker === '*' || marker === '_', out);
        i = close + marker.length;
        continue;
      }
    }
    plain += text[i];
    i++;
  }
  if (plain) out.push({ text: plain, bold, italic });
}

function markerAt(text: string, i: number): string | undefined {
  const two = text.slice(i, i + 2);
  if (two === '**' || two === '__') return two;
  const one = text[i];
  if (one !== '*' && one !== '_') return undefined;
  // "_" inside a word (snake_case, file_name) is not emphasis.
  if (one === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) return undefined;
  // An opening marker is followed by a non-space character.
  return /\S/.test(text[i + 1] ?? '') ? one : undefined;
}

function closingIndex(text: string, from: number, marker: string): number {
  for (let j = from; j < text.length; j++) {
    // Inside italic, a doubled marker opens (or is) bold: step over the pair, never close on it.
    if (marker.length === 1 && text.startsWith(marker + marker, j)) {
      const inner = closingIndex(text, j + 2, marker + marker);
      j = inner > 0 ? inner + 1 : j + 1;
      continue;
    }
    if (!text.startsWith(marker, j) || /\s/.test(text[j - 1] ?? ' ')) continue;
    if (marker === '_' && /[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}

function mergeSpans(spans: InlineSpan[]): InlineSpan[] {
  const out: InlineSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.bold === s.bold && last.italic === s.italic) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The text without its markers (search snippets, the document's accessible text). */
export function markdownPlainText(source: string): string {
  return parseMarkdownSubset(source)
    .map((b) => (b.kind === 'paragraph' ? spansText(b.spans) : b.items.map((item) => `• ${spansText(item)}`).join('\n')))
    .join('\n\n');
}

function spansText(spans: readonly InlineSpan[]): string {
  return spans.map((s) => s.text).join('');
}
