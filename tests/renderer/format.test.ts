import { isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { fold, formatMeetingDate, formatPlace, plural } from '../../renderer/src/format';
import { titleHighlighter } from '../../renderer/src/library/ResultList';

describe('display formatting', () => {
  it('prints a meeting date as precisely as it is known', () => {
    expect(formatMeetingDate('2024-07-27', 'day')).toBe('27 July 2024');
    expect(formatMeetingDate('2024-07', 'month')).toBe('July 2024');
    expect(formatMeetingDate('2024', 'year')).toBe('2024');
    expect(formatMeetingDate('2024-07-27')).toBe('27 July 2024');
    expect(formatMeetingDate(null)).toBe('');
  });

  it('joins place parts that exist, and counts in words', () => {
    expect(formatPlace('Vientiane', 'Laos')).toBe('Vientiane, Laos');
    expect(formatPlace(null, 'Laos')).toBe('Laos');
    expect(plural(1, 'summary', 'summaries')).toBe('1 summary');
    expect(plural(100000, 'summary', 'summaries')).toBe('100,000 summaries');
  });

  it('folds case and accents for matching typed names', () => {
    expect(fold('  Đặng Lavrov ')).toBe(fold('dang lavrov'));
    expect(fold('Türkiye')).toBe('turkiye');
  });
});

describe('title highlighting', () => {
  const marked = (node: unknown) =>
    (Array.isArray(node) ? node : [node]).filter((n): n is ReactElement<{ children: string }> => isValidElement(n)).map((n) => n.props.children);

  it('marks query words at word starts, the rest of the word included', () => {
    const mark = titleHighlighter('minist asean');
    expect(marked(mark('ASEAN foreign ministers meet; Ministerial ends'))).toEqual(['ASEAN', 'ministers', 'Ministerial']);
  });

  it('does not match inside words, and treats regex characters as text', () => {
    expect(marked(titleHighlighter('sean')('ASEAN summit'))).toEqual([]);
    expect(titleHighlighter('a.b (c')('no match here')).toBe('no match here');
    expect(titleHighlighter('')('Title')).toBe('Title');
  });
});
