import { describe, expect, it } from 'vitest';
import type { Block, FlowEvent, FlowSink } from '../../electron/pdf/flow';
import { Measurer } from '../../electron/pdf/measure';
import { Paginator } from '../../electron/pdf/paginator';
import { pageGeometry, STYLES } from '../../electron/pdf/styles';

// A monospaced stand-in for the fonts: every character is half an em wide.
const measurer = new Measurer((_font, size, text) => [...text].length * size * 0.5);
const g = pageGeometry('a4');
const perLine = Math.floor(g.measure / (STYLES.body.size * 0.5));
const linesPerPage = Math.floor((g.bottom - g.top) / STYLES.body.leading);

function para(id: string, lines: number, extra: Partial<Block> = {}): Block {
  const words = Array.from({ length: lines * Math.floor(perLine / 5) }, () => 'abcd').join(' ');
  return { kind: 'block', tag: 'P', style: 'body', runs: [{ text: words, style: 'body' }], anchor: id, ...extra };
}

async function paginate(events: FlowEvent[]) {
  const chunks: Array<{ id: string; page: number; lines: number }> = [];
  let page = 0;
  const sink: FlowSink = {
    beginPage: (p) => void (page = p),
    endPage() {},
    open() {},
    close() {},
    blockStart() {},
    blockEnd() {},
    chunk: (block, lines) => void chunks.push({ id: block.anchor!, page, lines: lines.length }),
  };
  const last = await new Paginator(events[Symbol.iterator](), measurer, g, sink, 2).run();
  return { chunks, last };
}

describe('Paginator', () => {
  it('sanity: the stand-in paragraph has the intended number of lines', () => {
    expect(measurer.wrap(para('x', 7).runs, g.measure)).toHaveLength(7);
  });

  it('moves a heading to the next page rather than strand it above a page break', async () => {
    const filler = para('filler', linesPerPage - 2);
    const heading: Block = { kind: 'block', tag: 'H2', style: 'body', runs: [{ text: 'Heading', style: 'body' }], anchor: 'h', keepWithNext: true };
    const { chunks } = await paginate([filler, heading, para('after', 6)]);
    const h = chunks.find((c) => c.id === 'h')!;
    const after = chunks.filter((c) => c.id === 'after');
    expect(h.page).toBe(3);
    expect(after[0]!.page).toBe(3);
  });

  it('never leaves a single line of a paragraph alone at a page bottom or top', async () => {
    for (let room = 1; room <= 4; room++) {
      for (const size of [4, 5, 8]) {
        const { chunks } = await paginate([para('filler', linesPerPage - room), para('p', size)]);
        const parts = chunks.filter((c) => c.id === 'p');
        expect(parts.reduce((n, c) => n + c.lines, 0)).toBe(size);
        for (const part of parts) expect(part.lines).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('keeps short blocks whole and starts sections on a new page', async () => {
    const { chunks, last } = await paginate([
      para('filler', linesPerPage - 2),
      para('short', 3),
      para('section', 1, { pageBreakBefore: true }),
    ]);
    expect(chunks.filter((c) => c.id === 'short')).toEqual([{ id: 'short', page: 3, lines: 3 }]);
    expect(chunks.find((c) => c.id === 'section')!.page).toBe(4);
    expect(last).toBe(4);
  });
});

describe('Measurer.wrap', () => {
  it('breaks a web address too long for a line after its slashes and dots, without hyphens', () => {
    const url = `https://www.example.org/${'very-long-path-segment/'.repeat(12)}final-document.html`;
    const lines = measurer.wrap([{ text: `Source: ${url}`, style: 'body' }], 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(200.01);
    const joined = lines.map((l) => l.segments.map((s) => s.text).join('')).join('');
    expect(joined.replace(/^Source: ?/, '')).toBe(url);
    for (const line of lines.slice(1, -1)) expect(line.segments.at(-1)!.text).toMatch(/[/.-]$/);
  });

  it('hyphenates an over-long word that is not an address', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung'.repeat(2);
    const lines = measurer.wrap([{ text: word, style: 'body' }], 150);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.segments[0]!.text.endsWith('-')).toBe(true);
    expect(lines.map((l) => l.segments[0]!.text.replace(/-$/, '')).join('')).toBe(word);
  });

  it('breaks Chinese between ideographs and keeps a mixed line in order', () => {
    const lines = measurer.wrap([{ text: 'Xi said «百年未有之大变局» in Moscow', style: 'body' }], 60);
    expect(lines.length).toBeGreaterThan(1);
    const texts = lines.map((l) => l.segments.map((s) => s.text).join(''));
    expect(texts.join('').replace(/\s/g, '')).toBe('Xisaid«百年未有之大变局»inMoscow');
    // A line ends inside the run of ideographs, without a hyphen.
    expect(texts.some((t) => /[\u4e00-\u9fff]$/.test(t.trimEnd()) && !t.includes('局'))).toBe(true);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(60.01);
  });

  it('sets a right-to-left name inside a left-to-right line in visual order, logical text kept', () => {
    const [line] = measurer.wrap([{ text: 'Crown Prince محمد بن سلمان met the minister', style: 'body' }], 1000);
    const segs = line!.segments;
    expect(segs.map((s) => s.text)).toEqual(['Crown Prince ', 'محمد بن سلمان', ' met the minister']);
    expect(segs[0]!.x).toBe(0);
    expect(segs[1]!.x).toBeGreaterThan(segs[0]!.x);
    expect(segs[2]!.x).toBeGreaterThan(segs[1]!.x);
  });

  it('sets a right-to-left paragraph flush right, its Latin word in place', () => {
    const lines = measurer.wrap([{ text: 'استقبل ولي العهد وزير الخارجية في الرياض وبحث الجانبان مع G20 العلاقات الثنائية', style: 'body' }], 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      const right = Math.max(...line.segments.map((s) => s.x + s.width));
      expect(right).toBeCloseTo(200, 0);
    }
    const withLatin = lines.find((l) => l.segments.some((s) => s.text.includes('G20')))!;
    const latin = withLatin.segments.find((s) => s.text.includes('G20'))!;
    // In a right-to-left line the Arabic before G20 (logically) stands to its right.
    const before = withLatin.segments[withLatin.segments.indexOf(latin) - 1];
    if (before) expect(before.x).toBeGreaterThan(latin.x);
  });

  it('names in the running header the section a page starts in, even when a second column begins there', async () => {
    const headers: string[] = [];
    const sink: FlowSink = { beginPage() {}, endPage: (_p, h) => void headers.push(h), open() {}, close() {}, blockStart() {}, blockEnd() {}, chunk() {} };
    const events: FlowEvent[] = [
      para('a', 3, { header: 'Other meetings' }),
      para('b', linesPerPage - 8),
      para('c', 1, { header: 'Index' }),
      ...Array.from({ length: 30 }, (_, i) => para(`i${i}`, 1, { columns: true })),
    ];
    await new Paginator(events[Symbol.iterator](), measurer, g, sink, 2).run();
    expect(headers[0]).toBe('Other meetings');
  });

  it('keeps a block marked keepWithPrevious with the end of the block before it', async () => {
    const { chunks } = await paginate([para('a', linesPerPage - 6), para('b', 5), para('src', 1, { keepWithPrevious: true })]);
    const src = chunks.find((c) => c.id === 'src')!;
    const bOnSamePage = chunks.filter((c) => c.id === 'b' && c.page === src.page);
    expect(bOnSamePage.reduce((n, c) => n + c.lines, 0)).toBeGreaterThanOrEqual(2);
  });

  it('splits a long paragraph at a page end instead of moving it whole to the next page', async () => {
    const { chunks } = await paginate([para('a', linesPerPage - 5), para('b', 12)]);
    expect(chunks.filter((c) => c.id === 'b').map((c) => c.page)).toEqual([2, 3]);
  });
});
