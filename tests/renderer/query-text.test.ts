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

  it('waits longer before searching a short prefix on a slow library, and never long on a fast one', () => {
    const slow = 400;
    const one = typingDelay('maritime s', slow);
    const two = typingDelay('maritime se', slow);
    const three = typingDelay('maritime sec', slow);
    expect(one).toBeGreaterThan(two);
    expect(two).toBeGreaterThan(three);
    expect(three).toBe(MIN_TYPING_DELAY_MS);
    expect(typingDelay('', slow)).toBe(MIN_TYPING_DELAY_MS);
    // A library that answers in 5 ms: every key searches after the minimum pause.
    expect(typingDelay('s', 5)).toBe(MIN_TYPING_DELAY_MS);
    // In between, the pause is the last search's time.
    expect(typingDelay('s', 90)).toBe(90);
  });
});
