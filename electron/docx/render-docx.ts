import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError, errorMessage } from '../errors';
import { formatBookDate } from '../books/layout-plan';
import type { LayoutPlan } from '../books/layout-plan';
import { documentDate, type RenderOptions } from '../pdf/render-book';
import { OVERVIEW_BOOKMARK, overviewBlocks } from './docx-briefing';
import { coverBlocks, contentsBlock, DocxBookmarks, indexBlocks, sectionBlocks, seeAlsoBlocks, sourcesBlocks } from './docx-content';
import { DOCX_NUMBERING, DOCX_STYLES, PAGE_SIZE, STYLE } from './docx-styles';

/**
 * A briefing book as a Word document (.docx), from the same layout plan as the PDF, with the
 * same options (marking, DRAFT, version, copy number, paper). Built with `docx` (a maintained
 * writer of WordprocessingML, so the package, styles and fields are what Word expects), then
 * repacked with fixed timestamps and order so a reproducible export gives the same bytes.
 */
export type DocxOptions = Omit<RenderOptions, 'creator'> & { creator?: string };

export interface DocxResult {
  bytes: number;
  summaries: number;
}

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AppError('CANCELLED', 'The export was cancelled; no file was written.');
}

function pageChrome(plan: LayoutPlan, version: number | undefined, date: Date): { header: Header; footer: Footer } {
  const marking = plan.cover.classification;
  const head: TextRun[] = [new TextRun(marking)];
  // Word's own watermark (Design > Watermark), so a desk officer can remove it when the draft is final.
  const watermark = plan.options.draft ? [new TextWatermark({ text: 'DRAFT', font: 'Noto Sans', color: 'C0C0C0' })] : [];
  const control = [version ? `Version ${version}` : '', formatBookDate(date.toISOString().slice(0, 10)), plan.options.copyNumber.trim()].filter(Boolean).join('  ·  ');
  return {
    header: new Header({ children: [new Paragraph({ style: STYLE.marking, children: [...head, ...watermark] })] }),
    footer: new Footer({
      children: [
        new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: [`${control}  ·  Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] }),
        new Paragraph({ style: STYLE.marking, children: [new TextRun(marking)] }),
      ],
    }),
  };
}

/** The body, a group at a time, yielding between groups so a Cancel is heard and progress shown. */
async function bodyOf(plan: LayoutPlan, options: DocxOptions): Promise<FileChild[]> {
  const bookmarks = new DocxBookmarks();
  const n = plan.summaryCount;
  const children: FileChild[] = [
    ...coverBlocks(plan, `${n} meeting summar${n === 1 ? 'y' : 'ies'} in ${plan.sections.length} section${plan.sections.length === 1 ? '' : 's'}`),
    ...overviewBlocks(plan.frontMatter, bookmarks.of(OVERVIEW_BOOKMARK)),
    ...contentsBlock(plan, bookmarks),
  ];
  for (const [i, section] of plan.sections.entries()) {
    checkAbort(options.signal);
    children.push(...sectionBlocks(plan, section, bookmarks));
    options.onProgress?.({ phase: 'layout', done: i + 1, total: plan.sections.length });
    await nextTurn();
  }
  children.push(...seeAlsoBlocks(plan, bookmarks), ...indexBlocks(plan, bookmarks), ...sourcesBlocks(plan, bookmarks));
  return children;
}

export async function renderDocx(plan: LayoutPlan, options: DocxOptions = {}): Promise<Buffer> {
  const { date, reproducible } = documentDate(options);
  const { header, footer } = pageChrome(plan, options.version, date);
  const children = await bodyOf(plan, options);
  checkAbort(options.signal);
  const doc = new Document({
    title: plan.cover.title,
    subject: plan.cover.subtitle || 'Briefing book',
    creator: plan.cover.preparedBy || options.creator || 'Briefing Book Builder',
    lastModifiedBy: options.creator || 'Briefing Book Builder',
    revision: options.version ?? 1,
    customProperties: [
      { name: 'Classification', value: plan.cover.classification },
      ...(options.version ? [{ name: 'Version', value: String(options.version) }] : []),
    ],
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    features: { updateFields: true },
    sections: [{ properties: { page: { size: PAGE_SIZE[plan.options.paper] } }, headers: { default: header }, footers: { default: footer }, children }],
  });
  options.onProgress?.({ phase: 'write', done: 0, total: 1 });
  const packed = await Packer.toBuffer(doc);
  checkAbort(options.signal);
  options.onProgress?.({ phase: 'write', done: 1, total: 1 });
  return repack(packed, reproducible ? date : undefined);
}

/**
 * The package with its parts in a fixed order and, for a reproducible export, fixed zip
 * timestamps and document dates (the writer stamps "now" into docProps/core.xml).
 */
function repack(packed: Buffer, fixedDate: Date | undefined): Buffer {
  const parts = unzipSync(packed);
  const names = Object.keys(parts).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const files: Zippable = {};
  // Zip times are local DOS times from 1980 on: a fixed date in range, not the epoch.
  const mtime = fixedDate && fixedDate.getTime() > Date.UTC(1980, 1, 1) ? fixedDate : new Date(Date.UTC(1980, 1, 1));
  const ids = new StableIds();
  for (const name of names) {
    let data = parts[name]!;
    if (/\.(xml|rels)$/.test(name)) {
      let xml = ids.replace(strFromU8(data));
      if (fixedDate && name === 'docProps/core.xml') {
        const stamp = fixedDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
        xml = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${stamp}$2`);
      }
      data = strToU8(xml);
    }
    files[name] = [data, { mtime: fixedDate ? mtime : new Date(), level: 6 }];
  }
  return Buffer.from(zipSync(files));
}

/**
 * The writer names relationships and watermark shapes with random ids and numbers bookmarks
 * from a counter that runs on across documents: renamed here in order of appearance, so the
 * same plan always gives the same XML (and the ids stay unique within the package).
 */
class StableIds {
  private readonly relIds = new Map<string, string>();
  private readonly shapeIds = new Map<string, string>();

  replace(xml: string): string {
    const bookmarks = new Map<string, string>();
    return xml
      .replace(/\brId[A-Za-z0-9_-]{12,}(?=")/g, (id) => this.once(this.relIds, id, 'rIdB'))
      .replace(/PowerPlusWaterMarkObject[\w-]+(?=")/g, (id) => this.once(this.shapeIds, id, 'PowerPlusWaterMarkObject'))
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_m, head: string, id: string) => `${head}${this.once(bookmarks, id, '')}"`);
  }

  private once(map: Map<string, string>, id: string, prefix: string): string {
    let stable = map.get(id);
    if (!stable) map.set(id, (stable = `${prefix}${map.size + 1}`));
    return stable;
  }
}

/** Writes beside `path` and renames into place, so a cancelled or failed export leaves no partial file. */
export async function renderDocxToFile(plan: LayoutPlan, path: string, options: DocxOptions = {}): Promise<DocxResult> {
  const bytes = await renderDocx(plan, options);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new AppError('FILE_NOT_FOUND', `Cannot write the Word file in ${dirname(path)}: ${errorMessage(error)}. Choose another folder.`, { cause: error });
  }
  return { bytes: statSync(path).size, summaries: plan.summaryCount };
}
