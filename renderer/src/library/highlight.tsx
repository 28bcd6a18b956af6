import type { ReactNode } from 'react';

/**
 * Marks the words of a search query in a title, as the search does in snippets: each word
 * matches at the start of a word, the last one as a prefix (what FTS matched). Built once
 * per query; text only, never HTML.
 */
export function titleHighlighter(query: string): (title: string) => ReactNode {
  // Left-out terms (-word, -"phrase") and the OR operator are not what was found.
  const wanted = query.replace(/(^|\s)-("[^"]*"?|\S+)/g, ' ').replace(/(^|\s)OR(?=\s|$)/g, ' ');
  const words = wanted
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return (title) => title;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return (title) => {
    const out: ReactNode[] = [];
    let last = 0;
    for (const m of title.matchAll(re)) {
      if (m.index > last) out.push(title.slice(last, m.index));
      out.push(<mark key={m.index}>{m[0]}</mark>);
      last = m.index + m[0].length;
    }
    if (out.length === 0) return title;
    if (last < title.length) out.push(title.slice(last));
    return out;
  };
}
