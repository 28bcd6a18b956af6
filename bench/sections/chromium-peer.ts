import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FOOTER_TEMPLATE, HEADER_TEMPLATE } from '../book-html';
import { nowMs } from '../timing';

/**
 * The PDF peer: Debian Chromium through playwright-core loads the book as HTML (same fonts)
 * and prints it with page.pdf() (printToPDF). Timed from the start of the load to the file
 * on disk; the browser launch is excluded.
 */

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count for ${path}`);
  return Number(m[1]);
}

export async function chromiumPrint(
  html: string,
  title: string,
  dir: string,
  timeoutSec: number,
): Promise<{ pages: number; sec: number; pdfPath: string }> {
  // playwright-core is loaded only here, so the other sections never pay for it.
  const { chromium } = (await import('playwright-core')) as typeof import('playwright-core');
  const htmlPath = join(dir, 'book.html');
  const pdfPath = join(dir, 'book-chromium.pdf');
  writeFileSync(htmlPath, html);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const start = nowMs();
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load', timeout: 600_000 });
    // A string, evaluated in the page: this file is Node code, compiled without DOM types.
    await page.evaluate('document.fonts.ready.then(() => true)');
    const printing = page.pdf({
      path: pdfPath,
      format: 'A4',
      printBackground: false,
      displayHeaderFooter: true,
      headerTemplate: HEADER_TEMPLATE(title),
      footerTemplate: FOOTER_TEMPLATE,
      margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
      outline: true,
      tagged: true,
    });
    // Chromium has been seen to stall for many minutes and then fail on a 1,000-summary book:
    // give up after the deadline rather than hang the whole benchmark.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Chromium did not finish printing within ${timeoutSec} s`)), timeoutSec * 1000);
    });
    try {
      await Promise.race([printing, deadline]);
    } finally {
      clearTimeout(timer);
      printing.catch(() => undefined);
    }
    const sec = (nowMs() - start) / 1000;
    return { pages: pdfPages(pdfPath), sec, pdfPath };
  } finally {
    await browser.close();
  }
}
