/**
 * `npm run eval:extract [-- --json] [--worst N] [--dir PATH]`: scores the extractor over the
 * test set in tests/fixtures/articles (or another folder of NAME.ext + NAME.expected.json pairs
 * labelled the same way, e.g. a held-out set) and prints per-field precision / recall / F1 against the targets,
 * then the worst misses per field. With --json, prints one JSON object (summary + per-article).
 * Exit code 0 whether or not targets are met: the threshold test is the gate.
 */
import { resolve } from 'node:path';
import { formatReport } from '../tests/eval/format-report';
import { loadFixtures } from '../tests/eval/load-fixtures';
import { runEval } from '../tests/eval/run-eval';
import { missedTargets, TARGETS } from '../tests/eval/score-extraction';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const worstAt = args.indexOf('--worst');
const worst = worstAt >= 0 ? Number(args[worstAt + 1]) || 8 : 8;
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 && args[dirAt + 1] ? resolve(process.env.INIT_CWD ?? process.cwd(), args[dirAt + 1]!) : undefined;

runEval(loadFixtures(dir)).then(
  ({ summary, scores }) => {
    if (asJson) {
      process.stdout.write(`${JSON.stringify({ summary, targets: TARGETS, missedTargets: missedTargets(summary), articles: scores })}\n`);
    } else {
      process.stdout.write(`${formatReport(summary, scores, worst)}\n`);
    }
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);
