import { describe, expect, it } from 'vitest';
import { formatReport } from '../eval/format-report';
import { existsSync } from 'node:fs';
import { DEVSET_TUNE2_DIR, DEVSET_TUNE3_DIR, DEVSET_TUNE_DIR, loadFixtures } from '../eval/load-fixtures';
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

/**
 * The development set's tune half (issue 13), which the extractor was tuned on: a floor just
 * under what it reaches, so later changes cannot quietly undo the tuning. The held-out half
 * is reported by `npm run eval:extract` only; it does not meet issue 13's goals yet (see the
 * issue's closing notes), so it has no gate here.
 */
describe('extraction quality on the development set (tune half)', async () => {
  const fixtures = existsSync(DEVSET_TUNE_DIR) ? loadFixtures(DEVSET_TUNE_DIR) : [];
  const { summary, scores } = await runEval(fixtures);
  const report = formatReport(summary, scores, 8, 'Development set, tune half');

  it.runIf(fixtures.length > 0)('holds dates, forums, actors, places and noise at the tuned level', () => {
    expect(summary.dateWithin3, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.dateExact, report).toBeGreaterThanOrEqual(0.9);
    expect(summary.forums.f1, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.actors.f1, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.actors.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.cityAccuracy, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.noiseRemoved, report).toBe(1);
    expect(summary.contentKept, report).toBe(1);
  });

  it.runIf(fixtures.length > 0)('dates no meeting after its publication date unless the note says it lies ahead', async () => {
    const { extract } = await import('../../electron/ingest/extract/extract');
    for (const f of fixtures) {
      const e = extract(f.text, { fileName: f.file, ...(f.meta ? { meta: f.meta } : {}) });
      const published = e.source.published;
      if (e.date && published && e.date.length === 10 && e.date > published) expect(e.dateInfo?.note, f.file).toMatch(/lies ahead/);
    }
  });
});

/**
 * The second tuning set (tests/fixtures/devset/tune2), written for the fields the held-out half
 * missed: forums named in passing, distractor cities, calls and site noise. A floor just under
 * what the second round reached. Themes have no gate here: tightening them costs the
 * regression set's recall (see resources/taxonomy and themes.ts).
 */
describe('extraction quality on the development set (tune2)', async () => {
  const fixtures = existsSync(DEVSET_TUNE2_DIR) ? loadFixtures(DEVSET_TUNE2_DIR) : [];
  const { summary, scores } = await runEval(fixtures);
  const report = formatReport(summary, scores, 8, 'Development set, tune2');

  it.runIf(fixtures.length > 0)('holds forums, places, dates and noise at the tuned level', () => {
    expect(summary.forums.f1, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.cityAccuracy, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.dateWithin3, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.actors.f1, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.noiseRemoved, report).toBe(1);
    expect(summary.contentKept, report).toBe(1);
  });
});

/**
 * The third set's tune half (tests/fixtures/devset/tune3, written by someone who had not read
 * the extractor): floors just under what this session reached on it (noise 0.835 -> 0.930 and
 * date exact 0.85 -> 0.95 from new furniture rules, "on Saturday 6th", no weekday year ahead).
 */
describe('extraction quality on the third set (tune3)', async () => {
  const fixtures = existsSync(DEVSET_TUNE3_DIR) ? loadFixtures(DEVSET_TUNE3_DIR) : [];
  const { summary, scores } = await runEval(fixtures);
  const report = formatReport(summary, scores, 8, 'Third set, tune half');

  it.runIf(fixtures.length > 0)('holds dates, noise and content at the tuned level', () => {
    // Scored as the loader reads the files (no app readers), which differs a little from --via-readers.
    expect(summary.dateExact, report).toBeGreaterThanOrEqual(0.9);
    expect(summary.dateWithin3, report).toBeGreaterThanOrEqual(0.95);
    expect(summary.noiseRemoved, report).toBeGreaterThanOrEqual(0.9);
    expect(summary.actors.f1, report).toBeGreaterThanOrEqual(0.93);
    expect(summary.contentKept, report).toBe(1);
  });
});
