import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CorpusItem } from './corpus';

/**
 * The peer's input: the same book as the pdfkit renderer draws (cover, contents, sections by
 * forum with "Other meetings" last, per summary title, metadata line, tags, key points, body,
 * source; actor index and source list at the back) as one HTML page using the same Noto
 * fonts, loaded from files with @font-face. Chromium paginates and prints it.
 */

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fontFaces(root: string): string {
  const dirs = [join(root, 'resources', 'fonts'), '/usr/share/fonts/truetype/noto'];
  const faces: string[] = [];
  for (const [family, file, weight, style] of [
    ['Noto Serif', 'NotoSerif-Regular.ttf', 400, 'normal'],
    ['Noto Serif', 'NotoSerif-Bold.ttf', 700, 'normal'],
    ['Noto Serif', 'NotoSerif-Italic.ttf', 400, 'italic'],
    ['Noto Sans', 'NotoSans-Regular.ttf', 400, 'normal'],
    ['Noto Sans', 'NotoSans-Bold.ttf', 700, 'normal'],
    ['Noto Sans', 'NotoSans-Italic.ttf', 400, 'italic'],
  ] as const) {
    const dir = dirs.find((d) => existsSync(join(d, file)));
    if (!dir) continue;
    faces.push(`@font-face { font-family: '${family}'; src: url('${pathToFileURL(join(dir, file)).href}') format('truetype'); font-weight: ${weight}; font-style: ${style}; }`);
  }
  return faces.join('\n');
}

export function groupByForum(items: readonly CorpusItem[]): Array<{ name: string; items: CorpusItem[] }> {
  const groups = new Map<string, CorpusItem[]>();
  const other: CorpusItem[] = [];
  for (const it of items) {
    if (!it.forum) other.push(it);
    else groups.set(it.forum, [...(groups.get(it.forum) ?? []), it]);
  }
  const byDate = (a: CorpusItem, b: CorpusItem) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  const out = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, list]) => ({ name, items: list.sort(byDate) }));
  if (other.length) out.push({ name: 'Other meetings', items: other.sort(byDate) });
  return out;
}

export function bookHtml(root: string, title: string, items: readonly CorpusItem[]): string {
  const groups = groupByForum(items);
  const parts: string[] = [];
  parts.push(`<section class="cover"><div class="mark">UNCLASSIFIED</div><h1>${esc(title)}</h1>
    <p class="sub">Meetings grouped by forum</p><p>Prepared for: The Minister</p><p>Prepared by: Policy Planning</p>
    <p>29 November 2026</p></section>`);
  parts.push('<nav class="toc"><h2>Contents</h2><ol>');
  groups.forEach((g, gi) => {
    parts.push(`<li class="sec"><a href="#s${gi}">${esc(g.name)}</a><ol>`);
    for (const it of g.items) parts.push(`<li><a href="#${it.id}">${esc(it.title)}</a></li>`);
    parts.push('</ol></li>');
  });
  parts.push('</ol></nav>');
  groups.forEach((g, gi) => {
    parts.push(`<section class="group"><h2 id="s${gi}">${esc(g.name)}</h2>`);
    for (const it of g.items) {
      const meta = [it.date, `${it.city}, ${it.country}`, it.forum].filter(Boolean).map((x) => esc(x!)).join(' · ');
      parts.push(`<article id="${it.id}"><h3>${esc(it.title)}</h3><p class="meta">${meta}</p>
        <p class="tags">${it.actors.map((a) => `<span>${esc(a.name)}</span>`).join(' ')} ${it.themes.map((t) => `<span class="t">${esc(t)}</span>`).join(' ')}</p>
        <ul class="kp">${it.keyPoints.map((k) => `<li>${esc(k)}</li>`).join('')}</ul>
        ${it.body.split('\n').map((p) => `<p>${esc(p)}</p>`).join('')}
        <p class="src">Source: ${esc(it.sourceName)}, ${esc(it.sourceUrl)}</p></article>`);
    }
    parts.push('</section>');
  });
  const actors = new Map<string, CorpusItem[]>();
  for (const it of items) for (const a of it.actors) actors.set(a.name, [...(actors.get(a.name) ?? []), it]);
  parts.push('<section class="index"><h2>Index of actors</h2><dl>');
  for (const [name, list] of [...actors.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`<dt>${esc(name)}</dt><dd>${list.map((it) => `<a href="#${it.id}">${esc(it.date)}</a>`).join(', ')}</dd>`);
  }
  parts.push('</dl><h2>Sources</h2><ol>');
  for (const it of items) parts.push(`<li>${esc(it.sourceName)}: ${esc(it.sourceUrl)}</li>`);
  parts.push('</ol></section>');

  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
${fontFaces(root)}
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
body { font-family: 'Noto Serif', serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
h1, h2, h3, .meta, .tags, nav { font-family: 'Noto Sans', sans-serif; }
.cover { page-break-after: always; text-align: center; padding-top: 60mm; }
.cover h1 { font-size: 26pt; } .mark { font-weight: 700; letter-spacing: 0.1em; }
.toc { page-break-after: always; } .toc ol { list-style: none; padding-left: 1em; } .toc .sec > a { font-weight: 700; }
.group > h2 { page-break-before: always; font-size: 18pt; border-bottom: 1px solid #444; }
h2, h3 { page-break-after: avoid; } p { orphans: 2; widows: 2; overflow-wrap: anywhere; }
h3 { font-size: 13pt; margin: 1.2em 0 0.2em; } .meta { color: #444; font-size: 9pt; margin: 0; }
.tags span { font-size: 8pt; border: 1px solid #999; border-radius: 3px; padding: 0 3px; margin-right: 2px; }
.kp { font-style: italic; } .src { font-size: 8.5pt; color: #444; }
.index { page-break-before: always; } dt { font-weight: 700; }
</style></head><body>${parts.join('\n')}</body></html>`;
}

export const HEADER_TEMPLATE = (title: string) =>
  `<div style="font-family:'Noto Sans';font-size:8px;width:100%;padding:0 20mm;color:#444">${esc(title)}</div>`;
export const FOOTER_TEMPLATE =
  `<div style="font-family:'Noto Sans';font-size:8px;width:100%;padding:0 20mm;display:flex;justify-content:space-between;color:#444"><span>UNCLASSIFIED</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
