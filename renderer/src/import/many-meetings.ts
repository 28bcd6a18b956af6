import type { Extraction } from '../../../electron/ingest/extract/types';
import { formatCount } from '../format';

/** Past these, one text is most likely many meetings (a digest, a newsletter, a whole file dump). */
const MANY_FORUMS = 6;
const MANY_ACTORS = 40;
const LONG_TEXT_CHARS = 100_000;

/**
 * Why a text to import looks like many meetings rather than one, in words, or undefined.
 * A summary is one meeting: a 2 MB paste with 30 forums would become one summary tagged
 * with all of them, which no filter or book can use well.
 */
export function manyMeetingsWarning(extraction: Extraction): string | undefined {
  const forums = extraction.forums.length;
  const actors = extraction.actors.length;
  const chars = extraction.body.length;
  if (forums <= MANY_FORUMS && actors <= MANY_ACTORS && chars <= LONG_TEXT_CHARS) return undefined;
  return (
    `This looks like many meetings in one text (${formatCount(chars)} characters, ${forums} forums, ${actors} actors). ` +
    'A summary is one meeting: split the text into one file per meeting for useful filters and books, or import it as it is.'
  );
}
