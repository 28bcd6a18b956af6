import { corpus } from '../corpus';
import type { BenchContext } from '../main';
import { findFunction } from '../domains';
import { nowMs, round } from '../timing';

/**
 * `extract`: single-core articles per second of ~3 KB (cleaning + extraction of forums,
 * actors, themes, date, place and key points), in this one process.
 */
export interface ExtractFigures {
  perSec: number;
  /** Articles per second of this process's CPU time (what one free core would do). */
  perCpuSec: number;
  articles: number;
  avgBytes: number;
  fn: string;
}

export async function extractSection(ctx: BenchContext): Promise<ExtractFigures> {
  const { fn, where } = findFunction<(text: string, options?: Record<string, unknown>) => unknown>(
    'ingest',
    ['extract'],
    ['extract/extract', 'extract/index'],
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
  const cpu0 = process.cpuUsage();
  for (const t of texts) fn(t);
  const cpu = process.cpuUsage(cpu0);
  const ms = nowMs() - start;
  // On a shared machine wall time includes waiting for a core; CPU time does not.
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  const avgBytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / texts.length;
  return { perSec: round((texts.length / ms) * 1000, 0), perCpuSec: round(texts.length / cpuSec, 0), articles: texts.length, avgBytes: round(avgBytes, 0), fn: where };
}
