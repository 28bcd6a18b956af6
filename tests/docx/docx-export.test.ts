import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx, renderDocxToFile } from '../../electron/docx/render-docx';
import { tempDir } from '../helpers/temp-library';
import { MARKING, testPlan } from '../pdf/book-fixture';

const plan = testPlan(24, { groupBy: 'forum', groupBySecond: 'theme' }, { copyNumber: 'Copy 3 of 10' });
const parts = (bytes: Buffer) => {
  const files = unzipSync(bytes);
  return (name: string) => strFromU8(files[name]!);
};

describe('Word export', () => {
  const { dir, cleanup } = tempDir('bbb-docx-');
  afterAll(cleanup);

  it('reads back in order: sections and summaries as headings, key points and sources as lists, the text', async () => {
    const bytes = await renderDocx(plan, { version: 3 });
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    const headings = [...html.matchAll(/<h([123])>(.*?)<\/h\1>/g)].map((m) => [Number(m[1]), m[2]!.replace(/<[^>]+>/g, '')] as const);
    // Every section, subsection and summary printed in full, in the plan's order.
    const expected: Array<readonly [number, string]> = [];
    for (const s of plan.sections) {
      expected.push([1, s.title]);
      for (const i of s.items) if (i.kind === 'full') expected.push([2, i.entry.title]);
      for (const sub of s.subsections) {
        expected.push([2, sub.title]);
        for (const i of sub.items) if (i.kind === 'full') expected.push([3, i.entry.title]);
      }
    }
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(headings.slice(0, expected.length)).toEqual(expected.map(([l, t]) => [l, escape(t)]));
    expect(headings.map((h) => h[1])).toEqual(expect.arrayContaining(['Index of actors', 'Sources']));
    expect(html).toMatch(/<ul><li>/);
    const first = plan.sections[0]!.items.find((i) => i.kind === 'full') ?? plan.sections[0]!.subsections[0]!.items.find((i) => i.kind === 'full')!;
    const sentence = first.entry.body.split(/(?<=\.)\s/)[0]!;
    expect(html.replace(/<[^>]+>/g, '')).toContain(escape(sentence));
  });

  it('carries the marking in every header and footer, uses named styles only, a TOC field and links to real bookmarks', async () => {
    const part = parts(await renderDocx(plan, { version: 3 }));
    const doc = part('word/document.xml');
    expect(part('word/header1.xml')).toContain(`>${MARKING}<`);
    expect(part('word/footer1.xml')).toContain(`>${MARKING}<`);
    expect(part('word/footer1.xml')).toMatch(/Version 3.*Copy 3 of 10/);
    expect(part('word/footer1.xml')).toMatch(/PAGE[\s\S]*NUMPAGES/);
    for (const level of [1, 2, 3]) expect(doc).toContain(`<w:pStyle w:val="Heading${level}"/>`);
    expect(doc).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;/);
    // No direct formatting: runs name a style, never a font, size, colour, bold or italics.
    expect(doc).not.toMatch(/<w:(b|i|sz|color|rFonts|u)\b[^>]*\/>/);
    const bookmarks = new Set([...doc.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]));
    const anchors = [...doc.matchAll(/<w:hyperlink[^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    const refs = [...doc.matchAll(/PAGEREF ([A-Za-z0-9_]+)/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(20);
    expect(refs.length).toBeGreaterThan(20);
    for (const a of [...anchors, ...refs]) expect(bookmarks.has(a), `link to ${a}`).toBe(true);
    expect(part('docProps/custom.xml')).toMatch(/name="Classification"[\s\S]*RESTRICTED/);
    expect(part('docProps/core.xml')).toContain('<dc:title>Test briefing book</dc:title>');
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('prints DRAFT as Word watermark only when chosen, and sets Letter paper', async () => {
    const plain = parts(await renderDocx(plan))('word/header1.xml');
    expect(plain).not.toContain('DRAFT');
    const draft = testPlan(6, {}, { draft: true, paper: 'letter' });
    const part = parts(await renderDocx(draft));
    expect(part('word/header1.xml')).toMatch(/PowerPlusWaterMarkObject[\s\S]*string="DRAFT"/);
    expect(part('word/document.xml')).toContain('<w:pgSz w:w="12240" w:h="15840"');
  });

  it('gives byte-identical files for the same plan in reproducible mode', async () => {
    const a = await renderDocx(plan, { reproducible: true, version: 2 });
    const b = await renderDocx(plan, { reproducible: true, version: 2 });
    expect(Buffer.compare(a, b)).toBe(0);
    expect(parts(a)('docProps/core.xml')).toContain('2000-01-01T00:00:00Z');
  });

  it('writes the file whole or not at all: a cancelled export leaves nothing', async () => {
    const path = join(dir, 'book.docx');
    const progress: string[] = [];
    const written = await renderDocxToFile(plan, path, { onProgress: (p) => progress.push(p.phase) });
    expect(written.bytes).toBe(readFileSync(path).length);
    expect(progress).toContain('layout');
    expect(progress.at(-1)).toBe('write');
    const controller = new AbortController();
    const cancelled = join(dir, 'cancelled.docx');
    const run = renderDocxToFile(plan, cancelled, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(cancelled)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
