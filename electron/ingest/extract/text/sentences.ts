/**
 * Sentence spans of a cleaned body. Lines are paragraphs; inside a line a sentence ends at
 * . ! or ? followed by a space and a capital (or an opening quote), except after common
 * abbreviations and initials ("U.S.", "Mr.", "S. Jaishankar").
 */
export interface Span {
  start: number;
  end: number;
}

const NO_BREAK_AFTER = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'amb', 'h.e', 'no', 'vs', 'jr', 'sr',
  'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt',
]);

const END = /[.!?]["'”’)\]]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, spans: Span[]): void {
  const line = text.slice(from, to);
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(line); m; m = END.exec(line)) {
    const before = /([\p{L}.]+)[.!?]$/u.exec(line.slice(Math.max(0, m.index - 12), m.index + 1))?.[1] ?? '';
    const word = before.toLowerCase().replace(/\.$/, '');
    // Initials ("S."), dotted abbreviations ("U.S.") and titles do not end a sentence.
    if (line[m.index] === '.' && (NO_BREAK_AFTER.has(word) || /^\p{Lu}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before))) continue;
    push(spans, from + start, from + m.index + m[0].trimEnd().length, text);
    start = m.index + m[0].length;
  }
  push(spans, from + start, to, text);
}

function push(spans: Span[], start: number, end: number, text: string): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
