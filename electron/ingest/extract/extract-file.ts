import { basename } from 'node:path';
import { AppError, errorMessage } from '../../errors';
import { contentHash } from '../../library/summaries';
import { extract } from './extract';
import type { Extraction, UserTheme } from './types';
import type { DocumentMeta } from '../read/document-meta';
import { readDocument } from '../read/read-document';

/**
 * One import item from text to extraction, with no library involved: what a worker thread
 * does (extract-worker.ts) and what the import does in its own thread for small batches.
 * Either way the outcome is plain data, so both give identical results.
 */
export type Extracted =
  | { ok: true; extraction: Extraction; /** contentHash of the body */ hash: string }
  | { ok: false; reason: string };

/** A file's text with what the file declares about itself (see readers/document-meta.ts). */
export interface ReadText {
  text: string;
  meta?: DocumentMeta;
}

/** A file to read and extract by path (plain-text formats), or text already read. */
export type ExtractJob = { file: string; path: string } | ({ file: string } & ReadText);

export async function extractJob(job: ExtractJob, userThemes: readonly UserTheme[]): Promise<Extracted> {
  try {
    const read = 'text' in job ? job : await readDocument(job.path);
    return extractText(job.file, read, userThemes);
  } catch (error) {
    return { ok: false, reason: refusal(job.file, error) };
  }
}

export function extractText(file: string, { text, meta }: ReadText, userThemes: readonly UserTheme[]): Extracted {
  try {
    const extraction = extract(text, { fileName: basename(file), userThemes, meta });
    if (!extraction.body.trim()) throw new AppError('EMPTY_INPUT', `${basename(file)} has only boilerplate (links, credits, menus), no article text.`);
    return { ok: true, extraction, hash: contentHash(extraction.body) };
  } catch (error) {
    return { ok: false, reason: refusal(file, error) };
  }
}

/** Why a file was refused, in words: the AppError's message, or what failed while reading it. */
export function refusal(file: string, error: unknown): string {
  if (error instanceof AppError) return error.message;
  return `${basename(file)} could not be read: ${errorMessage(error)}.`;
}
