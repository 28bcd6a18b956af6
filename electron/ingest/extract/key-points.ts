import type { AnalysedText } from './document';

/**
 * 3-5 sentences of the text that best summarise it, in reading order: sentences near the
 * start, naming the meeting's forums and actors and carrying the themes' key phrases, of a
 * readable length. Extractive: the sentences are quoted as written.
 */
export function keyPoints(doc: AnalysedText, weights: { entityStarts: number[]; themeStarts: number[] }): string[] {
  // Length first: most sentences are decided without copying their text (a hot loop in imports).
  const sentences: Array<{ start: number; index: number; text: string }> = [];
  doc.sentences.forEach((s, index) => {
    if (s.end - s.start < 50 || s.end - s.start > 450) return;
    const text = doc.text.slice(s.start, s.end);
    if (/[.!?]["')]?$/.test(text) && text.split(' ').length >= 8) sentences.push({ start: s.start, index, text });
  });
  if (sentences.length === 0) return [];
  const count = Math.max(3, Math.min(5, Math.round(doc.sentences.length / 4)));
  const entitiesIn = perSentence(doc, weights.entityStarts);
  const themesIn = perSentence(doc, weights.themeStarts);
  const scored = sentences.map((s) => {
    const entities = entitiesIn[s.index] ?? 0;
    const themes = themesIn[s.index] ?? 0;
    const position = 1 - Math.min(s.index, 12) / 12;
    const quote = /^["']/.test(s.text) ? -0.5 : 0;
    return { s, score: 2 * position + Math.min(entities, 4) * 0.6 + Math.min(themes, 4) * 0.5 + quote };
  });
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .sort((a, b) => a.s.start - b.s.start)
    .map((x) => x.s.text);
}

/** How many of the offsets fall in each sentence (sentences are sorted: binary search). */
function perSentence(doc: AnalysedText, offsets: number[]): number[] {
  const counts = new Array<number>(doc.sentences.length).fill(0);
  for (const at of offsets) {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.sentences[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    if (doc.sentences[lo] && at < doc.sentences[lo]!.end) counts[lo]!++;
  }
  return counts;
}
