import { describe, expect, it } from 'vitest';
import { readHtml } from '../../electron/ingest/read/read-html';
import { dropUnsafeElements, nestingDepth } from '../../electron/ingest/read/html-budget';

const ARTICLE = '<article><h1>Ministers meet</h1><p>Foreign ministers met in Vientiane on 26 July 2024 to discuss the South China Sea and the situation in Myanmar, officials said.</p><p>They agreed to meet again next year in Kuala Lumpur, where Malaysia will chair the association.</p></article>';

describe('web pages are read in linear time, and pathological ones refused in words', () => {
  it('drops scripts, styles and frames, and everything after one that is never closed', () => {
    expect(dropUnsafeElements('<p>a</p><script>x()</script><p>b</p><STYLE>p{}</style ><p>c</p>')).toBe('<p>a</p> <p>b</p> <p>c</p>');
    expect(dropUnsafeElements('<p>kept</p><script>never closed <p>hidden</p>')).toBe('<p>kept</p> ');
  });

  // The old pattern rescanned the page from each tag: this input ran past a minute, so the
  // test's own timeout (30 s) is what fails it; read in one pass it takes milliseconds.
  it('reads 2 MB of unclosed <script tags in one pass', () => {
    const { text } = readHtml(`<html><body>${ARTICLE}${'<script '.repeat(250_000)}</body></html>`, 'scripts.html');
    expect(text).toContain('Foreign ministers met in Vientiane');
  });

  it('measures nesting in one pass, "<a <a" without ">" included', () => {
    expect(nestingDepth('<div><div><p>x<br><img src=a></div></div>')).toBe(2);
    expect(nestingDepth('<a <a <a '.repeat(100_000))).toBe(0);
  });

  it('refuses a page nested deeper than any real article, naming the file', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body></html>`;
    expect(() => readHtml(deep, 'deep.html')).toThrow(/deep\.html nests its elements 100,00\d levels deep/);
    expect(readHtml(`<html><body>${'<div>'.repeat(50)}${ARTICLE}${'</div>'.repeat(50)}</body></html>`).text).toContain('Kuala Lumpur');
  });
});
