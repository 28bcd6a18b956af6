import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLayoutPlan, fullItemsInOrder, type LayoutPlan, type PlanSection } from '../../electron/books/layout-plan';
import { tempDir } from '../helpers/temp-library';
import { CYRILLIC, GREEK, MARKING, renderTo, settings, testPlan } from './book-fixture';
import { syntheticEntries } from './synthetic-entries';
import { itemsIn, normalize, readPdf, type ParsedPdf } from './read-pdf';

const { dir, cleanup } = tempDir('bbb-pdf-');
let plan: LayoutPlan;
let pdf: ParsedPdf;
let path: string;
let pages: number;

function allSections(sections: readonly PlanSection[]): PlanSection[] {
  return sections.flatMap((s) => [s, ...s.subsections]);
}

beforeAll(async () => {
  plan = testPlan(40, { groupBy: 'forum', groupBySecond: 'theme' });
  ({ path, pages } = await renderTo(dir, 'book.pdf', plan));
  pdf = await readPdf(path);
});

afterAll(async () => {
  await pdf?.close();
  cleanup();
});

describe('a rendered briefing book, parsed back', () => {
  it('has the plan the tests rely on: sub-sections, cross-references, Other meetings', () => {
    expect(pdf.pages.length).toBe(pages);
    expect(plan.sections.some((s) => s.subsections.length > 0)).toBe(true);
    expect(allSections(plan.sections).some((s) => s.items.some((i) => i.kind === 'xref'))).toBe(true);
    expect(plan.sections.at(-1)!.title).toBe('Other meetings');
  });

  it('prints on every contents line the page where that section or summary starts', async () => {
    const contentsPage = pdf.outline.find((o) => o.title === 'Contents')!.page;
    const firstSection = pdf.outline.find((o) => o.title === plan.sections[0]!.title)!.page;
    let checked = 0;
    for (const page of pdf.pages.slice(contentsPage - 1, firstSection - 1)) {
      for (const link of page.links) {
        const items = itemsIn(page, link.rect);
        const number = items.at(-1);
        if (!number || !/^\d+$/.test(number.str)) continue; // first line of a wrapped entry
        const target = await pdf.pageOfDest(link.dest!);
        expect(Number(number.str)).toBe(target);
        const title = normalize(items.slice(0, -1).map((i) => i.str).join(' '));
        expect(pdf.pages[target - 1]!.text).toContain(title);
        checked++;
      }
    }
    const expected = allSections(plan.sections).length + fullItemsInOrder(plan.sections).length + 2 + (plan.seeAlso.length ? 1 : 0); // + index, sources, see also
    expect(checked).toBe(expected);
  });

  it('points every cross-reference at the page where the summary is printed in full', async () => {
    const xrefs = allSections(plan.sections).flatMap((s) => s.items.filter((i) => i.kind === 'xref'));
    let checked = 0;
    for (const page of pdf.pages) {
      for (const link of page.links) {
        const see = itemsIn(page, link.rect).find((i) => /^see p\. \d+$/.test(i.str));
        if (!see) continue;
        const target = await pdf.pageOfDest(link.dest!);
        expect(Number(see.str.slice(6))).toBe(target);
        checked++;
      }
    }
    expect(checked).toBe(xrefs.length);
    for (const x of xrefs) {
      const target = await pdf.pageOfDest(x.anchor);
      expect(pdf.pages[target - 1]!.text).toContain(normalize(x.entry.title));
    }
  });

  it('has the classification marking at the head and foot of every page, cover and back cover too, and "Page X of Y" between them', () => {
    for (const page of pdf.pages) {
      const head = page.items.filter((i) => i.y > page.height - 40).map((i) => i.str);
      const foot = page.items.filter((i) => i.y < 56).map((i) => i.str);
      expect(head, `head of page ${page.number}`).toContain(MARKING);
      expect(foot, `foot of page ${page.number}`).toContain(MARKING);
    }
    expect(pdf.pages[0]!.text).not.toMatch(/Page \d+ of/);
    expect(pdf.pages.at(-1)!.text).not.toMatch(/Page \d+ of/);
    for (const page of pdf.pages.slice(1, -1)) expect(page.text).toContain(`Page ${page.number} of ${pages}`);
  });

  it('has an outline entry for every section and summary, pointing at its first page', async () => {
    const titles = pdf.outline.map((o) => o.title);
    expect(titles).toEqual(['Contents', ...plan.sections.map((s) => s.title), ...(plan.seeAlso.length ? ['See also'] : []), 'Index of actors', 'Sources']);
    for (const section of plan.sections) {
      const entry = pdf.outline.find((o) => o.title === section.title)!;
      expect(entry.page).toBe(await pdf.pageOfDest(section.anchor));
      const childTitles = section.subsections.length
        ? section.subsections.map((s) => s.title)
        : section.items.filter((i) => i.kind === 'full').map((i) => i.entry.title);
      expect(entry.children.map((c) => c.title)).toEqual(childTitles);
    }
    const summaries = pdf.outline.flatMap((o) => o.children.flatMap((c) => [c, ...c.children]));
    for (const item of fullItemsInOrder(plan.sections)) {
      const entry = summaries.find((s) => s.title === item.entry.title)!;
      expect(entry.page).toBe(await pdf.pageOfDest(item.anchor));
    }
  });

  it('extracts Cyrillic and Greek text exactly', () => {
    const text = pdf.pages.map((p) => p.text).join(' ');
    expect(text).toContain(CYRILLIC);
    expect(text).toContain(GREEK);
    expect(text).toContain('Встреча в Вьентьяне — Συνάντηση στη Βιεντιάν');
  });

  it('indexes each actor with linked pages where its summaries start', async () => {
    const indexPage = pdf.outline.find((o) => o.title === 'Index of actors')!.page;
    const sourcesPage = pdf.outline.find((o) => o.title === 'Sources')!.page;
    // People are filed by surname.
    expect(pdf.pages.slice(indexPage - 1, sourcesPage - 1).map((p) => p.text).join(' ')).toContain('Лавров, Сергей');
    const page = pdf.pages[indexPage - 1]!;
    const links = page.links.filter((l) => l.dest);
    expect(links.length).toBeGreaterThan(10);
    // Per index line: the numbers printed after the name are exactly the pages its links open.
    const lines = new Map<number, typeof links>();
    for (const link of links) lines.set(Math.round(link.rect[1]), [...(lines.get(Math.round(link.rect[1])) ?? []), link]);
    for (const lineLinks of lines.values()) {
      const left = Math.min(...lineLinks.map((l) => l.rect[0]));
      const right = Math.max(...lineLinks.map((l) => l.rect[2]));
      const [, y1, , y2] = lineLinks[0]!.rect;
      const printed = itemsIn(page, [left, y1, right, y2]).flatMap((i) => i.str.match(/\d+/g) ?? []).map(Number);
      const targets = await Promise.all(lineLinks.map((l) => pdf.pageOfDest(l.dest!)));
      expect(printed.sort((a, b) => a - b)).toEqual(targets.sort((a, b) => a - b));
    }
  });

  it('passes qpdf --check, embeds every font, and is tagged', () => {
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const row of fonts) expect(row.split(/\s+/).slice(-5, -4)[0]).toBe('yes');
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Test briefing book/);
  });

  it('reads correctly through its structure tree (what screen readers use): headings, lists, whole sentences', () => {
    const tree = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(tree).toMatch(/^Document/);
    for (const tag of ['H1 (block)', 'H2 (block)', 'H3 (block)', 'P (block)', 'L (block)', 'LI (block)', 'TOC', 'TOCI', 'Link (inline)']) {
      expect(tree).toContain(tag);
    }
    // Lines broken at a space keep it, so a paragraph reads as one sentence.
    expect(tree).toContain(`"${CYRILLIC}"`);
    expect(tree).toContain(`"${GREEK}"`);
    expect(tree).not.toMatch(/Page \d+ of/); // header and footer are artifacts
    // Labels, values and page references are separated by spaces, as they read on the page.
    expect(tree).toMatch(/\) see p\. \d+/);
    expect(tree).not.toMatch(/\)see p\.|Actors[^ "\s]/);
  });

  it('gives byte-identical files for the same plan in reproducible mode', async () => {
    const again = await renderTo(dir, 'again.pdf', plan);
    expect(readFileSync(again.path).equals(readFileSync(path))).toBe(true);
  });
});

describe('paper and options', () => {
  it('starts every section on a new page when asked, and lets sections follow on by default', async () => {
    const sectionPages = async (file: string, p: LayoutPlan) => {
      const parsed = await readPdf(file);
      try {
        return await Promise.all(p.sections.map((s) => parsed.pageOfDest(s.anchor)));
      } finally {
        await parsed.close();
      }
    };
    // Short summaries, so that several sections fit on a page when they follow on.
    const short = syntheticEntries(12, 7).map((e) => ({ ...e, body: e.body.split('\n\n')[0]!, keyPoints: [] }));
    const separate = buildLayoutPlan(settings({}, { sectionsOnNewPage: true }), short);
    const separatePages = await sectionPages((await renderTo(dir, 'separate.pdf', separate)).path, separate);
    expect(new Set(separatePages).size).toBe(separate.sections.length);
    const compact = buildLayoutPlan(settings(), short);
    const compactPages = await sectionPages((await renderTo(dir, 'compact.pdf', compact)).path, compact);
    expect(new Set(compactPages).size).toBeLessThan(compact.sections.length);
  });

  it('sets US Letter pages when asked', async () => {
    const letter = await renderTo(dir, 'letter.pdf', testPlan(5, {}, { paper: 'letter' }));
    expect(execFileSync('pdfinfo', [letter.path], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });
});
