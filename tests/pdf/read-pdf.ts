// Loaded for its Promise.withResolvers polyfill, which pdfjs-dist 6 needs on Node 20.
import '../../electron/ingest/read/read-pdf';
import { readFileSync } from 'node:fs';

/** A text item as pdfjs extracts it, with its position (PDF units, origin bottom-left). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
}

export interface LinkAnnotation {
  /** Named destination or explicit destination of an internal link. */
  dest?: string | unknown[];
  url?: string;
  rect: [number, number, number, number];
}

export interface ParsedPage {
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  /** All text of the page, items joined by spaces, whitespace collapsed. */
  text: string;
  links: LinkAnnotation[];
}

export interface OutlineEntry {
  title: string;
  page: number;
  children: OutlineEntry[];
}

export interface ParsedPdf {
  pages: ParsedPage[];
  outline: OutlineEntry[];
  /** 1-based page a destination (name or explicit array) points to. */
  pageOfDest(dest: string | unknown[]): Promise<number>;
  close(): Promise<void>;
}

type PdfDoc = {
  numPages: number;
  getPage(n: number): Promise<{
    view: number[];
    getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[] }> }>;
    getAnnotations(): Promise<Array<{ subtype: string; dest?: string | unknown[]; url?: string; rect: [number, number, number, number] }>>;
  }>;
  getOutline(): Promise<Array<{ title: string; dest: string | unknown[] | null; items: unknown[] }> | null>;
  getDestination(name: string): Promise<unknown[] | null>;
  getPageIndex(ref: unknown): Promise<number>;
};

/** Parses a PDF back with pdfjs-dist (legacy build, as Node 20 needs): text, links, outline. */
export async function readPdf(path: string): Promise<ParsedPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(path));
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 } as Parameters<typeof pdfjs.getDocument>[0]);
  const doc = (await task.promise) as unknown as PdfDoc;

  const pageOfDest = async (dest: string | unknown[]): Promise<number> => {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    if (!explicit) throw new Error(`No destination ${String(dest)}`);
    return (await doc.getPageIndex(explicit[0])) + 1;
  };

  const pages: ParsedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = content.items
      .filter((i): i is { str: string; transform: number[] } => typeof i.str === 'string' && Array.isArray(i.transform))
      .filter((i) => i.str.trim() !== '')
      .map((i) => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]! }));
    const annotations = await page.getAnnotations();
    pages.push({
      number: n,
      width: page.view[2]!,
      height: page.view[3]!,
      items,
      text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' '),
      links: annotations.filter((a) => a.subtype === 'Link').map((a) => ({ dest: a.dest, url: a.url, rect: a.rect })),
    });
  }

  const walk = async (nodes: Array<{ title: string; dest: string | unknown[] | null; items: unknown[] }>): Promise<OutlineEntry[]> => {
    const out: OutlineEntry[] = [];
    for (const node of nodes) {
      out.push({
        title: node.title,
        page: node.dest ? await pageOfDest(node.dest) : -1,
        children: await walk(node.items as typeof nodes),
      });
    }
    return out;
  };
  const outline = await walk((await doc.getOutline()) ?? []);
  return { pages, outline, pageOfDest, close: () => task.destroy() };
}

/** Text items inside a rectangle (PDF units), left to right. */
export function itemsIn(page: ParsedPage, rect: [number, number, number, number]): TextItem[] {
  const [x1, y1, x2, y2] = rect;
  return page.items.filter((i) => i.x >= x1 - 1 && i.x <= x2 + 1 && i.y >= y1 - 1 && i.y <= y2 + 1).sort((a, b) => a.x - b.x);
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
