import type { BookEntry } from './book-types';

/**
 * A summary's source as a citation: who published it, its title, the web address and the
 * date when known. An import records the file a summary came from as its source name when
 * nothing better is known ("h15.txt"): such a name says nothing to a reader, so it is kept
 * apart and printed last, only when there is nothing else.
 */
export interface PlanSource {
  anchor: string;
  /** The summary's title (the source article's headline). */
  title: string;
  publisher: string | null;
  author: string | null;
  /** Web address (http or https only). */
  url: string | null;
  /** Publication date, ISO. */
  date: string | null;
  /** The imported file's name, when that is all the library knows. */
  fileName: string | null;
}

const FILE_NAME = /^[^\s/\\]+\.(txt|md|markdown|html?|docx?|pdf|rtf|eml|msg|odt)$/i;

/** True for a source name that is only the name of an imported file. */
export function looksLikeFileName(name: string): boolean {
  return FILE_NAME.test(name.trim());
}

export function hasSource(e: BookEntry): boolean {
  return Boolean(e.sourceName?.trim() || e.sourceUrl?.trim() || e.sourceAuthor?.trim() || e.publishedDate || e.sourceFile?.trim());
}

export function sourceOf(e: BookEntry, anchor: string): PlanSource {
  const name = e.sourceName?.trim() || null;
  const rawUrl = e.sourceUrl?.trim() || null;
  const url = rawUrl && /^https?:\/\//i.test(rawUrl) ? rawUrl : null;
  // A non-web address (a local path) names a file too.
  const fileFromUrl = rawUrl && !url ? rawUrl.split(/[/\\]/).pop() || null : null;
  const publisher = name && !looksLikeFileName(name) ? name : null;
  const author = e.sourceAuthor?.trim() || null;
  // Libraries from before migration 0040 recorded the file name as the source name; since,
  // it is kept apart and cited only when nothing else names the source.
  const known = Boolean(publisher || author || url);
  const fileName = name && looksLikeFileName(name) ? name : (fileFromUrl ?? (known ? null : e.sourceFile?.trim() || null));
  return { anchor, title: e.title, publisher, author, url, date: e.publishedDate, fileName };
}
