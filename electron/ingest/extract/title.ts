import { basename } from 'node:path';

/**
 * A title for the summary: the first line when it reads like a headline (short, without a
 * closing full stop), else the first sentence (cut at a clause boundary when long), else
 * the file name.
 */
export function titleOf(body: string, fileName?: string): string {
  const firstLine = (body.split('\n', 1)[0] ?? '').trim();
  if (firstLine.length >= 8 && firstLine.length <= 160 && !/[.!?]$/.test(firstLine) && body.length > firstLine.length) return firstLine;
  const sentence = /^(.{10,}?[.!?])(?:\s|$)/s.exec(firstLine)?.[1] ?? firstLine;
  const flat = sentence.replace(/\s+/g, ' ');
  if (flat.length >= 8 && flat.length <= 160) return flat;
  if (flat.length > 160) {
    const clause = /^(.{60,160}?)(?:,\s|\s(?:where|which|who|while|after|as)\s)/.exec(flat)?.[1];
    if (clause) return clause;
    return `${flat.slice(0, 157).replace(/\s+\S*$/, '')}…`;
  }
  return fileName ? basename(fileName).replace(/\.[^.]+$/, '') : flat || 'Untitled';
}
