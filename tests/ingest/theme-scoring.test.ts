import { describe, expect, it } from 'vitest';
import { analyse } from '../../electron/ingest/extract/document';
import { scoreThemes } from '../../electron/ingest/extract/themes';

const ids = (text: string) => scoreThemes(analyse(text)).map((t) => t.id);

describe('theme scoring: sentence-level evidence', () => {
  it('keeps a theme one sentence is about', () => {
    const text =
      'The ministers met in Jakarta on Tuesday. They discussed the agenda for next year. ' +
      'Officials also reviewed the calendar. The ministers called for the complete denuclearization of the Korean Peninsula and an end to missile launches.';
    expect(ids(text)).toContain('arms-control');
  });

  it('drops a theme named by one hint word in a single sentence', () => {
    const text =
      'The ministers met in Jakarta on Tuesday to discuss the agenda for next year. ' +
      'They agreed to open a new ferry service between the two ports and to expand railway links. ' +
      'Officials reviewed the calendar, and the talks touched briefly on stability.';
    const found = ids(text);
    expect(found).toContain('transport-connectivity');
    expect(found).not.toContain('regional-security');
  });

  it('credits every theme that lists a shared phrase', () => {
    // "piracy" is a crime word and a maritime word: the longest-match scan keeps one match per
    // phrase, which must count for both themes, not only the one compiled first.
    const text =
      'The ministers discussed piracy in the Gulf of Guinea at length. Piracy incidents rose sharply last year. ' +
      'The delegates agreed that piracy remained their main concern.';
    const found = ids(text);
    expect(found).toContain('maritime');
    expect(found).toContain('transnational-crime');
  });
});
