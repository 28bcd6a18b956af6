import { extract } from './extract';

/**
 * Extraction throughput on one core: runs `extract` over the texts round-robin for at least
 * `minMs` (after a warm-up that compiles the gazetteer) and reports articles per second of
 * wall time and per second of this process's CPU time (which a busy machine does not distort).
 */
export interface ExtractThroughput {
  articles: number;
  averageBytes: number;
  seconds: number;
  perSec: number;
  perCpuSec: number;
}

export function measureExtract(texts: readonly string[], minMs = 2000): ExtractThroughput {
  if (texts.length === 0) throw new Error('measureExtract needs at least one text');
  for (const t of texts.slice(0, 20)) extract(t);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  let bytes = 0;
  while (performance.now() - t0 < minMs || n < texts.length) {
    const text = texts[n % texts.length]!;
    extract(text);
    bytes += text.length;
    n++;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { articles: n, averageBytes: Math.round(bytes / n), seconds, perSec: n / seconds, perCpuSec: n / cpuSeconds };
}
