import { execFileSync } from 'node:child_process';

/** A word as `pdftotext -bbox` places it: PDF points, origin at the top left. */
export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

export interface BoxPage {
  number: number;
  width: number;
  height: number;
  words: Word[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every page's words with their boxes, from poppler's pdftotext. */
export function wordBoxes(path: string): BoxPage[] {
  const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages: BoxPage[] = [];
  for (const m of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: unescape(w[5]!),
    }));
    pages.push({ number: pages.length + 1, width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** The words of a band of the page (y0 between top and bottom), read row by row, joined by spaces. */
export function bandText(page: BoxPage, top: number, bottom: number): string {
  return page.words
    .filter((w) => w.y0 >= top && w.y0 < bottom)
    .sort((a, b) => Math.round(a.y0) - Math.round(b.y0) || a.x0 - b.x0)
    .map((w) => w.text)
    .join(' ');
}

/** Pairs of words whose boxes overlap by more than 30% of the smaller one (text printed over text). */
export function overlaps(page: BoxPage): Array<[string, string]> {
  const ws = [...page.words].sort((a, b) => a.y0 - b.y0);
  const hits: Array<[string, string]> = [];
  for (let a = 0; a < ws.length; a++) {
    for (let b = a + 1; b < ws.length && ws[b]!.y0 < ws[a]!.y1; b++) {
      const A = ws[a]!;
      const B = ws[b]!;
      const ix = Math.min(A.x1, B.x1) - Math.max(A.x0, B.x0);
      const iy = Math.min(A.y1, B.y1) - Math.max(A.y0, B.y0);
      const small = Math.min((A.x1 - A.x0) * (A.y1 - A.y0), (B.x1 - B.x0) * (B.y1 - B.y0)) || 1;
      if (ix > 0 && iy > 0 && ix * iy > 0.3 * small) hits.push([A.text, B.text]);
    }
  }
  return hits;
}

/** Share of the body zone (10%-90% of the height) covered by lines of text. */
export function fullness(page: BoxPage): number {
  const top = 0.1 * page.height;
  const bottom = 0.9 * page.height;
  const spans = page.words.filter((w) => w.y1 > top && w.y0 < bottom).map((w) => [Math.max(w.y0, top), Math.min(w.y1, bottom)] as const);
  spans.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let cur: [number, number] | undefined;
  for (const [s, e] of spans) {
    if (cur && s <= cur[1]) cur[1] = Math.max(cur[1], e);
    else {
      if (cur) covered += cur[1] - cur[0];
      cur = [s, e];
    }
  }
  if (cur) covered += cur[1] - cur[0];
  // Spaced lines of a full page cover about 65% of the zone: scaled so a full page reads ~1.
  return covered / (bottom - top) / 0.65;
}
