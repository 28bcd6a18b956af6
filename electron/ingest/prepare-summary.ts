import { basename } from 'node:path';
import type { SummaryInput } from '../library/types';

/**
 * Turns plain text into a summary ready to store: normalised whitespace, and a title taken
 * from the first line when it reads like a headline, else from the first sentence.
 * (The extraction pipeline in this folder adds forums, actors, themes, date and place.)
 */
export function prepareSummary(text: string, options: { fileName?: string } = {}): SummaryInput {
  const body = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title: titleOf(body, options.fileName), body };
}

function titleOf(body: string, fileName?: string): string {
  const firstLine = body.split('\n', 1)[0] ?? '';
  if (firstLine.length > 0 && firstLine.length <= 140 && !/[.!?]$/.test(firstLine)) return firstLine;
  const sentence = /^(.{20,160}?[.!?])(\s|$)/s.exec(body)?.[1];
  if (sentence) return sentence.replace(/\s+/g, ' ');
  const words = body.replace(/\s+/g, ' ').split(' ');
  if (words.length > 1) return words.length > 14 ? `${words.slice(0, 14).join(' ')}…` : words.join(' ');
  return fileName ? basename(fileName).replace(/\.[^.]+$/, '') : body.slice(0, 100);
}
