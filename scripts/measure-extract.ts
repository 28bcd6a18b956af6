/**
 * `node` this (bundled with esbuild) to measure extraction speed on the test-set articles,
 * cut or repeated to about 3 KB each: prints articles per second (wall and CPU).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureExtract } from '../electron/ingest/extract/measure';

const dir = join(__dirname, '..', 'tests', 'fixtures', 'articles');
const texts = readdirSync(dir)
  .filter((f) => /\.(txt|md)$/.test(f) && !f.startsWith('README'))
  .map((f) => {
    let t = readFileSync(join(dir, f), 'utf8');
    while (t.length < 3000) t += `\n${t}`;
    return t.slice(0, 3072);
  });
const r = measureExtract(texts, Number(process.argv[2] ?? 3000));
console.log(`${r.articles} articles of ~${r.averageBytes} bytes in ${r.seconds.toFixed(2)} s: ${r.perSec.toFixed(0)} /s wall, ${r.perCpuSec.toFixed(0)} /s per CPU-second`);
