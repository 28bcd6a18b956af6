import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-library';
import { renderTo, testPlan } from './book-fixture';

// No PDF/A validator can be installed here (veraPDF needs a download), so the test parses back
// the parts PDF/A-2b requires: the XMP identification, an output intent with an ICC profile,
// every font embedded, printable link annotations, no encryption; and qpdf finds no damage.
const { dir, cleanup } = tempDir('bbb-pdfa-');
let path: string;
let plain: string;
let qdf: string;

beforeAll(async () => {
  ({ path } = await renderTo(dir, 'archival.pdf', testPlan(6, {}, { pdfA: true, draft: true })));
  ({ path: plain } = await renderTo(dir, 'plain.pdf', testPlan(6)));
  const expanded = join(dir, 'archival-qdf.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, expanded]);
  qdf = readFileSync(expanded, 'latin1');
});
afterAll(cleanup);

describe('the PDF/A-2b option', () => {
  it('identifies the file as PDF/A-2b in its XMP metadata, with the title', () => {
    expect(qdf).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(qdf).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(qdf).toMatch(/\/Type \/Metadata/);
    expect(qdf).toContain('Test briefing book');
  });

  it('has an sRGB output intent carrying an ICC profile', () => {
    expect(qdf).toMatch(/\/OutputIntents \[/);
    expect(qdf).toMatch(/\/S \/GTS_PDFA1/);
    expect(qdf).toMatch(/\/DestOutputProfile \d+ 0 R/);
    expect(qdf).toMatch(/\/N 3/);
  });

  it('embeds every font, prints its links, is not encrypted, and passes qpdf --check', () => {
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row.split(/\s+/).slice(-5, -4)[0]).toBe('yes');
    const links = qdf.split('endobj').filter((o) => o.includes('/Subtype /Link'));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/\/F 4/);
    expect(qdf).not.toMatch(/\/Encrypt/);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/PDF version:\s+1\.7/);
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });

  it('is byte-identical when rendered again in reproducible mode', async () => {
    const again = await renderTo(dir, 'again.pdf', testPlan(6, {}, { pdfA: true, draft: true }));
    expect(readFileSync(again.path).equals(readFileSync(path))).toBe(true);
  });

  it('stays off by default', () => {
    expect(readFileSync(plain, 'latin1')).not.toContain('pdfaid');
  });
});
