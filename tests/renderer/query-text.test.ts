import { describe, expect, it } from 'vitest';
import { MIN_TYPING_DELAY_MS, normalizeText, prefixWord, searchKey, typingDelay } from '../../renderer/src/library/query-text';

describe('query text', () => {
  it('gives queries that differ only in spacing the same search key, and different ones different keys', () => {
    expect(normalizeText('  maritime   security ')).toBe('maritime security');
    expect(searchKey({ text: 'maritime ' })).toBe(searchKey({ text: 'maritime' }));
    expect(searchKey({ text: '' })).toBe(searchKey({ text: '   ' }));
    expect(searchKey({ text: 'maritime s' })).not.toBe(searchKey({ text: 'maritime' }));
    expect(searchKey({ text: 'trade', forum: ['G20'] })).not.toBe(searchKey({ text: 'trade' }));
    expect(searchKey({ text: 'trade', sort: 'date-asc' })).not.toBe(searchKey({ text: 'trade' }));
  });

  it('finds the word searched as a prefix: the last one, unless a closing quote ends the text', () => {
    expect(prefixWord('maritime s')).toBe('s');
    expect(prefixWord('Lavrov, Wang')).toBe('Wang');
    expect(prefixWord('"east asia"')).toBeUndefined();
    expect(prefixWord('"east as')).toBe('as');
    expect(prefixWord('  ')).toBeUndefined();
  });

  it('waits longer before searching a short prefix on a big library, and never long on a small one', () => {
    const big = 100_000;
    const one = typingDelay('maritime s', big);
    const two = typingDelay('maritime se', big);
    const three = typingDelay('maritime sec', big);
    expect(one).toBeGreaterThan(two);
    expect(two).toBeGreaterThan(three);
    expect(three).toBe(MIN_TYPING_DELAY_MS);
    expect(typingDelay('', big)).toBe(MIN_TYPING_DELAY_MS);
    expect(typingDelay('"east asia"', big)).toBe(MIN_TYPING_DELAY_MS);
    // A few hundred summaries: every key searches after (nearly) the minimum pause.
    expect(typingDelay('s', 300)).toBeLessThanOrEqual(MIN_TYPING_DELAY_MS + 2);
    // In between, in proportion.
    const mid = typingDelay('s', 25_000);
    expect(mid).toBeGreaterThan(MIN_TYPING_DELAY_MS);
    expect(mid).toBeLessThan(one);
  });
});
