import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError, errorMessage } from '../errors';
import type { LayoutPlan } from '../books/layout-plan';
import { bookFlow } from './book-flow';
import { formatBookDate } from '../books/format-date';
import { drawBackCover } from './back-cover';
import { drawCover, layoutCover } from './cover';
import { layoutMarking, PAGE_MARKING_STYLES } from './marking';
import { drawDraftMark, HEAD_MARKING_TOP } from './page-chrome';
import type { Progress } from '../../common/primitives';
import { useEmitter, type PdfDocument } from './draw-text';
import type { FlowSink } from './flow';
import { openBookFonts } from './book-fonts';
import { Measurer } from './measure';
import { LineStore, Paginator } from './paginator';
import { PdfSink } from './pdf-sink';
import { TextEmitter } from './text-emitter';
import { pageGeometry, type PageGeometry } from './styles';

type BookFonts = ReturnType<typeof openBookFonts>;

/** The steps of a render, reported as Progress.phase: lay out the pages, then write them. */
export type RenderPhase = 'layout' | 'write';

export interface RenderOptions {
  /** Fixed dates and document id, so the same plan gives the same bytes. On when SOURCE_DATE_EPOCH is set. */
  reproducible?: boolean;
  /** Seconds since 1970 for the document dates in reproducible mode (default: $SOURCE_DATE_EPOCH, else 2000-01-01). */
  sourceDateEpoch?: number;
  signal?: AbortSignal;
  onProgress?: (progress: Progress & { phase: RenderPhase }) => void;
  /** Application name and version for the PDF's Creator entry. */
  creator?: string;
  /** The book's export counter, printed in every footer as "Version N" (none for one-off exports). */
  version?: number;
}

export interface RenderResult {
  pages: number;
  bytes: number;
}

const DEFAULT_EPOCH = 946684800; // 2000-01-01T00:00:00Z
const MAX_BUFFERED = 4 * 1024 * 1024;

export function documentDate(options: RenderOptions, env: NodeJS.ProcessEnv = process.env): { date: Date; reproducible: boolean } {
  const envEpoch = env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH) ? Number(env.SOURCE_DATE_EPOCH) : undefined;
  const reproducible = Boolean(options.reproducible || options.sourceDateEpoch !== undefined || envEpoch !== undefined);
  if (!reproducible) return { date: new Date(), reproducible };
  return { date: new Date((options.sourceDateEpoch ?? envEpoch ?? DEFAULT_EPOCH) * 1000), reproducible };
}

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AppError('CANCELLED', 'The export was cancelled; no file was written.');
}

/** "Version 3  ·  1 December 2026  ·  Copy 4 of 20": what identifies this printing of the book. */
function controlLine(plan: LayoutPlan, version: number | undefined, date: Date): string {
  const copy = plan.options.copyNumber.trim();
  return [
    version ? `Version ${version}` : '',
    formatBookDate(date.toISOString().slice(0, 10)),
    copy ? (/^copy\b/i.test(copy) ? copy : `Copy ${copy}`) : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
}

function summaryLine(plan: LayoutPlan): string {
  const n = plan.summaryCount;
  const groups = plan.sections.length;
  return `${n} meeting summar${n === 1 ? 'y' : 'ies'} in ${groups} section${groups === 1 ? '' : 's'}`;
}

/**
 * Renders a layout plan as a PDF into `out`. Two passes over the same deterministic flow:
 * the first only measures and records on which page every section and summary starts;
 * the second writes, printing those page numbers in the contents, cross-references and
 * index. Pages are flushed as they are finished, so memory stays flat for any book size.
 */
export async function renderBook(plan: LayoutPlan, out: Writable, options: RenderOptions = {}): Promise<{ pages: number }> {
  const g = pageGeometry(plan.options.paper);
  const { date } = documentDate(options);
  const doc = await openPdfDocument(plan, g, documentInfo(plan, options, date));
  const { fonts, shaper } = openBookFonts(doc);
  const measurer = bookMeasurer(fonts, shaper);
  const book: BookLayout = {
    plan,
    g,
    measurer,
    coverLayout: layoutCover(measurer, g, plan.cover, plan.options.handlingCaveat.trim()),
    pageMarking: layoutMarking(measurer, plan.cover.classification, g.measure, PAGE_MARKING_STYLES),
    control: controlLine(plan, options.version, date),
    anchors: new Map<string, number>(),
  };
  const measured = await measurePages(book, options);
  checkAbort(options.signal);
  doc.pipe(out);
  await writePages(doc, book, measured, { fonts, shaper }, out, options);
  const finished = once(out, 'finish');
  doc.end();
  await finished;
  return { pages: measured.totalPages };
}

/** What both passes share: the plan, the page, the measurer, and where every anchor starts (filled by pass 1). */
interface BookLayout {
  plan: LayoutPlan;
  g: PageGeometry;
  measurer: Measurer;
  coverLayout: ReturnType<typeof layoutCover>;
  pageMarking: ReturnType<typeof layoutMarking>;
  control: string;
  anchors: Map<string, number>;
}

interface MeasuredPages {
  lastFlowPage: number;
  totalPages: number;
  store: LineStore;
}

/** The document dictionary's entries (empty ones left out). */
function documentInfo(plan: LayoutPlan, options: RenderOptions, date: Date): PDFKit.DocumentInfo {
  const info: Record<string, string | Date> = {
    Title: plan.cover.title,
    Author: plan.cover.preparedBy,
    Subject: plan.cover.subtitle || plan.cover.purpose.slice(0, 200),
    Keywords: plan.cover.classification,
    Creator: options.creator ?? 'Briefing Book Builder',
    Producer: 'Briefing Book Builder (PDFKit)',
    CreationDate: date,
    ModDate: date,
  };
  for (const key of Object.keys(info)) if (info[key] === '') delete info[key];
  return info as PDFKit.DocumentInfo;
}

async function openPdfDocument(plan: LayoutPlan, g: PageGeometry, info: PDFKit.DocumentInfo): Promise<PdfDocument> {
  // Loaded on first use: pdfkit costs ~200 ms to load, which every CLI command would pay.
  const { default: PDFDocument } = await import('pdfkit');
  return new PDFDocument({
    autoFirstPage: false,
    size: [g.width, g.height],
    margin: 0,
    tagged: true,
    lang: plan.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info,
    // PDF/A-2b: pdfkit adds the XMP identification and the sRGB output intent; the fonts are
    // embedded anyway, and transparency (the DRAFT mark) is allowed from PDF/A-2 on.
    ...(plan.options.pdfA ? { subset: 'PDF/A-2b' as const } : {}),
  });
}

function bookMeasurer(fonts: BookFonts['fonts'], shaper: BookFonts['shaper']): Measurer {
  return new Measurer(
    (font, size, text) => shaper.width(font, size, text),
    (font, size, ch) => {
      const f = fonts.get(font)!.font;
      return (f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth * size) / f.unitsPerEm;
    },
  );
}

function flowOf(book: BookLayout) {
  return bookFlow(book.plan, (a) => book.anchors.get(a), book.coverLayout.overflow)[Symbol.iterator]();
}

/** Pass 1: measure. Page 1 is the cover; the flow starts on page 2; the back cover follows it. */
async function measurePages(book: BookLayout, options: RenderOptions): Promise<MeasuredPages> {
  let placedSummaries = 0;
  const measureSink: FlowSink = {
    beginPage() {},
    async endPage(page) {
      options.onProgress?.({ phase: 'layout', done: placedSummaries, total: book.plan.summaryCount });
      if (page % 16 === 0) await nextTurn();
      checkAbort(options.signal);
    },
    open() {},
    close() {},
    blockStart(block, page) {
      if (!block.anchor) return;
      book.anchors.set(block.anchor, page);
      if (block.anchor.startsWith('summary:')) placedSummaries++;
    },
    chunk() {},
    blockEnd() {},
  };
  const store = new LineStore();
  const lastFlowPage = await new Paginator(flowOf(book), book.measurer, book.g, measureSink, 2, store).run();
  store.replay();
  return { lastFlowPage, totalPages: lastFlowPage + 1, store };
}

/** Pass 2: write the cover, every flow page (checking each anchor lands where pass 1 put it) and the back cover. */
async function writePages(doc: PdfDocument, book: BookLayout, measured: MeasuredPages, { fonts, shaper }: BookFonts, out: Writable, options: RenderOptions): Promise<void> {
  const { plan, g, measurer, pageMarking, control, anchors } = book;
  const { totalPages } = measured;
  const emitter = new TextEmitter(doc, fonts, shaper);
  useEmitter(doc, emitter, (style, text) => measurer.width(style, text));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const draft = plan.options.draft;
  drawCover(doc, root, measurer, g, plan.cover, summaryLine(plan), book.coverLayout, draft ? (d) => drawDraftMark(d, g) : undefined);
  const chrome = { title: plan.cover.title, marking: pageMarking, control, draft, totalPages };
  const sink = new PdfSink(doc, root, g, measurer, chrome, async (page) => {
    options.onProgress?.({ phase: 'write', done: page, total: totalPages });
    if (out.writableLength > MAX_BUFFERED) await once(out, 'drain');
    if (page % 8 === 0) await nextTurn();
    checkAbort(options.signal);
  }, emitter);
  const last = await new Paginator(flowOf(book), measurer, g, sink, 2, measured.store).run();
  for (const [anchor, page] of sink.placedAnchors()) {
    if (anchors.get(anchor) !== page || last !== measured.lastFlowPage) {
      throw new Error(`Pagination differs between passes at ${anchor} (page ${anchors.get(anchor)} vs ${page}).`);
    }
  }
  const caveat = plan.options.handlingCaveat.trim();
  drawBackCover(doc, root, measurer, g, { title: plan.cover.title, marking: pageMarking, control, caveat, draft }, HEAD_MARKING_TOP);
  options.onProgress?.({ phase: 'write', done: totalPages, total: totalPages });
  root.end();
}

/**
 * Renders to `path` safely: the PDF is written to a temporary file beside it and renamed
 * into place only when complete, so a cancelled or failed export never leaves half a file.
 */
export async function renderBookToFile(plan: LayoutPlan, path: string, options: RenderOptions = {}): Promise<RenderResult> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  let out;
  try {
    out = createWriteStream(temp, { flags: 'wx' });
    await once(out, 'open');
  } catch (error) {
    throw new AppError('FILE_NOT_FOUND', `Cannot write the PDF in ${dirname(path)}: ${errorMessage(error)}. Choose another folder.`, { cause: error });
  }
  try {
    const { pages } = await renderBook(plan, out, options);
    renameSync(temp, path);
    return { pages, bytes: statSync(path).size };
  } catch (error) {
    out.destroy();
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Renders into memory (the live preview of a book in the app). */
export async function renderBookToBuffer(plan: LayoutPlan, options: RenderOptions = {}): Promise<{ pdf: Buffer; pages: number }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const { pages } = await renderBook(plan, sink, options);
  return { pdf: Buffer.concat(chunks), pages };
}
