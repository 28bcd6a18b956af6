import { resolve } from 'node:path';
import { extract } from '../../electron/ingest/extract/extract';
import type { ExtractOptions } from '../../electron/ingest/extract/types';
import { loadFixtures, type Fixture } from './load-fixtures';
import { loadNameResolver } from './name-resolver';
import { scoreArticle, summarise, type ArticleScore, type EvalSummary, type ExtractionLike } from './score-extraction';

export const GAZETTEER_DIR = resolve(__dirname, '../../resources/gazetteer');

/** Runs the project's extractor over every fixture and scores it; shared by the CLI script and the threshold test. */
export async function runEval(fixtures: Fixture[] = loadFixtures()): Promise<{ summary: EvalSummary; scores: ArticleScore[] }> {
  const resolveName = loadNameResolver(GAZETTEER_DIR);
  const scores: ArticleScore[] = [];
  for (const fixture of fixtures) {
    const options: ExtractOptions = { fileName: fixture.file };
    if (fixture.expected.fileDate) options.fileDate = fixture.expected.fileDate;
    if (fixture.meta) options.meta = fixture.meta;
    const actual = (await extract(fixture.text, options)) as ExtractionLike;
    scores.push(scoreArticle(fixture.file, fixture.expected, actual, resolveName));
  }
  return { summary: summarise(scores), scores };
}
