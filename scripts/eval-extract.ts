/**
 * `npm run eval:extract [-- --json] [-- --worst N]`: scores the extractor over the test set in
 * tests/fixtures/articles and prints per-field precision / recall / F1 against the targets,
 * then the worst misses per field. With --json, prints one JSON object (summary + per-article).
 * Exit code 0 whether or not targets are met: the threshold test is the gate.
 */
import { formatReport } from '../tests/eval/format-report';
import { runEval } from '../tests/eval/run-eval';
import { missedTargets, TARGETS } from '../tests/eval/score-extraction';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const worstAt = args.indexOf('--worst');
const worst = worstAt >= 0 ? Number(args[worstAt + 1]) || 8 : 8;

runEval().then(
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
