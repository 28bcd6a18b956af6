import { describe, expect, it } from 'vitest';
import { markdownPlainText, parseInline, parseMarkdownSubset } from '../../common/markdown-subset';

const plain = (text: string) => ({ text, bold: false, italic: false });

describe('the Markdown subset of briefing notes', () => {
  it('reads paragraphs separated by blank lines, joining the lines of one paragraph', () => {
    expect(parseMarkdownSubset('First line\nsame paragraph.\n\n\nSecond.')).toEqual([
      { kind: 'paragraph', spans: [plain('First line same paragraph.')] },
      { kind: 'paragraph', spans: [plain('Second.')] },
    ]);
    expect(parseMarkdownSubset('  \n\n ')).toEqual([]);
    expect(parseMarkdownSubset('Windows\r\nline ends')).toEqual([{ kind: 'paragraph', spans: [plain('Windows line ends')] }]);
  });

  it('reads "-" and "*" bullet lists, with indented continuation lines, next to paragraphs', () => {
    expect(parseMarkdownSubset('Intro:\n- one\n* two\n  continued\nAfter.')).toEqual([
      { kind: 'paragraph', spans: [plain('Intro:')] },
      { kind: 'list', items: [[plain('one')], [plain('two continued')]] },
      { kind: 'paragraph', spans: [plain('After.')] },
    ]);
    // A hyphen inside a sentence, or one with no space after it, is not a bullet.
    expect(parseMarkdownSubset('-5 degrees')).toEqual([{ kind: 'paragraph', spans: [plain('-5 degrees')] }]);
  });

  it('reads **bold**, *italic*, _italic_ and bold inside italic', () => {
    expect(parseInline('We **welcome** the *progress* and _note_ it.')).toEqual([
      plain('We '),
      { text: 'welcome', bold: true, italic: false },
      plain(' the '),
      { text: 'progress', bold: false, italic: true },
      plain(' and '),
      { text: 'note', bold: false, italic: true },
      plain(' it.'),
    ]);
    expect(parseInline('*a **b** c*')).toEqual([
      { text: 'a ', bold: false, italic: true },
      { text: 'b', bold: true, italic: true },
      { text: ' c', bold: false, italic: true },
    ]);
  });

  it('prints unmatched markers, snake_case and arithmetic as typed', () => {
    expect(parseInline('2 * 3 = 6 and a ** b')).toEqual([plain('2 * 3 = 6 and a ** b')]);
    expect(parseInline('file_name_here')).toEqual([plain('file_name_here')]);
    expect(parseInline('**open but never closed')).toEqual([plain('**open but never closed')]);
  });

  it('never interprets HTML, links or headings: hostile text stays text', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> [link](javascript:alert(3)) # not a heading';
    expect(parseMarkdownSubset(hostile)).toEqual([{ kind: 'paragraph', spans: [plain(hostile)] }]);
    expect(markdownPlainText(`- **<b>bold?</b>**`)).toBe('• <b>bold?</b>');
  });
});
