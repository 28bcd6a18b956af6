import { corpus } from '../corpus';
import type { BenchContext } from '../context';
import { findFunction } from '../domains';
import { nowMs, round } from '../timing';

/**
 * `extract`: single-core articles per second of ~3 KB (cleaning + extraction of forums,
 * actors, themes, date, place and key points), in this one process.
 */
export interface ExtractFigures {
  perSec: number;
  articles: number;
  avgBytes: number;
  fn: string;
}

export async function extractSection(ctx: BenchContext): Promise<ExtractFigures> {
  const { fn, where } = findFunction<(text: string, options?: Record<string, unknown>) => unknown>(
    'ingest',
    ['extractArticle', 'extractSummary', 'extract', 'extractText'],
    ['extract/extract', 'extract/index', 'extract'],
  );
  // ~3 KB articles: the corpus items whose raw text is between 2.5 and 3.5 KB.
  const texts: string[] = [];
  for (const it of corpus(20000, ctx.vocab, 99)) {
    const bytes = Buffer.byteLength(it.raw);
    if (bytes >= 2500 && bytes <= 3500) texts.push(it.raw);
    if (texts.length === (ctx.quick ? 1000 : 3000)) break;
  }
  for (const t of texts.slice(0, 100)) fn(t);
  const start = nowMs();
  for (const t of texts) fn(t);
  const ms = nowMs() - start;
  const avgBytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / texts.length;
  return { perSec: round((texts.length / ms) * 1000, 0), articles: texts.length, avgBytes: round(avgBytes, 0), fn: where };
}
