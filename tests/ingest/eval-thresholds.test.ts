import { describe, expect, it } from 'vitest';
import { formatReport } from '../eval/format-report';
import { loadFixtures } from '../eval/load-fixtures';
import { runEval } from '../eval/run-eval';
import { TARGETS } from '../eval/score-extraction';

/**
 * The extraction quality gate from the import/extraction issue, over the hand-labelled test
 * set in tests/fixtures/articles (see its README for the labelling rules). On failure the
 * message carries the full report with the worst misses; `npm run eval:extract` prints the same.
 */
describe('extraction quality on the labelled test set', async () => {
  const fixtures = loadFixtures();
  const { summary, scores } = await runEval(fixtures);
  const report = formatReport(summary, scores);

  it('covers at least 40 articles across at least 20 forums, with bilateral visits', () => {
    const forums = new Set(fixtures.flatMap((f) => f.expected.forums));
    const bilateral = fixtures.filter((f) => f.expected.forums.length === 0);
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(forums.size).toBeGreaterThanOrEqual(20);
    expect(bilateral.length).toBeGreaterThanOrEqual(6);
  });

  it(`finds forums with F1 >= ${TARGETS.forumF1}`, () => {
    expect(summary.forums.f1, report).toBeGreaterThanOrEqual(TARGETS.forumF1);
  });
  it(`finds actors with F1 >= ${TARGETS.actorF1}`, () => {
    expect(summary.actors.f1, report).toBeGreaterThanOrEqual(TARGETS.actorF1);
  });
  it(`finds themes with F1 >= ${TARGETS.themeF1}`, () => {
    expect(summary.themes.f1, report).toBeGreaterThanOrEqual(TARGETS.themeF1);
  });
  it(`dates the meeting exactly in >= ${TARGETS.dateExact * 100}% of articles`, () => {
    expect(summary.dateExact, report).toBeGreaterThanOrEqual(TARGETS.dateExact);
  });
  it(`places the meeting in the right city in >= ${TARGETS.cityAccuracy * 100}% of articles`, () => {
    expect(summary.cityAccuracy, report).toBeGreaterThanOrEqual(TARGETS.cityAccuracy);
  });
  it('removes every labelled noise line', () => {
    expect(scores.flatMap((s) => s.noise.kept.map((l) => `${s.file}: ${l}`)), report).toEqual([]);
  });
  it('keeps every labelled content sentence', () => {
    expect(scores.flatMap((s) => s.content.lost.map((l) => `${s.file}: ${l}`)), report).toEqual([]);
  });
});
