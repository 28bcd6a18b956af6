import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLayoutPlan } from '../../electron/books/layout-plan';
import { openBookFonts } from '../../electron/pdf/book-fonts';
import { tempDir } from '../helpers/temp-library';
import { renderTo, settings } from './book-fixture';
import { NAMES, scriptEntries } from './scripts-fixture';
import { syntheticEntries } from './synthetic-entries';

const { dir, cleanup } = tempDir('bbb-scripts-');

/** pdfinfo -struct-text prints each marked-content sequence of an element as a quoted line: joined. */
function normalizeTree(tree: string): string {
  return tree.replace(/"\n\s*"/g, '');
}
let path: string;
let text: string;

beforeAll(async () => {
  const plan = buildLayoutPlan(settings({ groupBy: 'forum' }), [...syntheticEntries(3, 5), ...scriptEntries()]);
  ({ path } = await renderTo(dir, 'scripts.pdf', plan));
  text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
});

afterAll(cleanup);

describe('a book with summaries in every script, parsed back', () => {
  it('reads Devanagari with vowel signs drawn before their consonant (ि) and reph in logical order', () => {
    expect(text.replace(/\s+/g, ' ')).toContain('नई दिल्ली में विदेश मंत्री से मुलाकात की और क्षेत्रीय सुरक्षा पर चर्चा की। Press Trust of India.');
  });

  it.each(Object.entries(NAMES))('pdftotext returns the %s name exactly, in logical order', (_script, name) => {
    expect(text).toContain(name);
  });

  it('keeps a mixed Latin and Hangul line in order', () => {
    expect(text).toContain('Chairman Kim Jong Un (김정은)');
  });

  it('mirrors brackets in right-to-left text and reads them back in logical order', () => {
    expect(text).toContain('(الرياض وضيفها)');
  });

  it('sets a left-to-right entry with an Arabic title left to right, the title embedded', () => {
    // The Sources list: "N. <title>. <source>. <address> (p. N)" stays one left-to-right line.
    expect(text).toMatch(/MFA press release\. https:\/\/news\.example\.org\/2024\/arabic \(p\. \d+\)/);
  });

  it('embeds a subset of each Noto face the scripts need, with a ToUnicode map', () => {
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    for (const face of ['NotoSansArabic-Regular', 'NotoSansArabic-Bold', 'NotoSansHebrew-Regular', 'NotoSansDevanagari-Regular', 'NotoSansCJKsc-Regular', 'NotoSerif-Regular']) {
      // name, type, encoding, then emb sub uni: all "yes".
      expect(fonts).toMatch(new RegExp(`^[A-Z]{6}\\+${face}\\s.*\\syes\\s+yes\\s+yes\\s`, 'm'));
    }
  });

  it('prints the text itself, no bracketed note in its place', () => {
    expect(text).not.toMatch(/\[[A-Z][a-z]+ text\]/);
    expect(text).not.toContain('\ufffd');
  });

  it('gives byte-identical files in reproducible mode (fallback faces open in the same order)', async () => {
    const plan = buildLayoutPlan(settings({ groupBy: 'forum' }), [...syntheticEntries(3, 5), ...scriptEntries()]);
    const again = await renderTo(dir, 'again.pdf', plan);
    expect(readFileSync(again.path).equals(readFileSync(path))).toBe(true);
  });

  it('reads right-to-left and Devanagari text in logical order through its structure tree', () => {
    const tree = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(tree).toContain('"ראש הממשלה בנימין נתניהו נפגש בירושלים עם שר החוץ ודנו בביטחון האזורי."');
    // The Devanagari text is its own marked-content sequence (with its ActualText); the Latin after it still reads.
    expect(normalizeTree(tree)).toContain('प्रधानमंत्री नरेन्द्र मोदी ने नई दिल्ली में विदेश मंत्री से मुलाकात की और क्षेत्रीय सुरक्षा पर चर्चा की। Press Trust of India.');
    expect(tree).toContain(NAMES.arabic);
    expect(tree).toContain(NAMES.persian);
    // Mirrored brackets read as written, and the sentence goes on after them.
    expect(tree).toMatch(/"اتفق الجانبان \(الرياض وضيفها\) .+\."/);
  });
});

describe('shaping with the real fonts', () => {
  const { shaper } = openBookFonts(new PDFDocument({ autoFirstPage: false }));
  const glyphs = (text: string) => shaper.shape('serif', text).flatMap((r) => r.glyphs);

  it('has a glyph (no empty box) for every character of every sample', () => {
    for (const entry of scriptEntries()) {
      for (const s of [entry.title, entry.body, ...entry.keyPoints]) expect(glyphs(s).filter((g) => g.id === 0)).toEqual([]);
    }
  });

  it('joins Arabic: contextual forms differ from the isolated letters, lam-alef is one glyph', () => {
    const [run] = shaper.shape('serif', 'محمد');
    const isolated = [...'محمد'].map((ch) => run!.font.font.glyphForCodePoint(ch.codePointAt(0)!).id);
    // Visual order: the last letter first.
    expect(run!.glyphs.map((g) => g.id)).not.toEqual([...isolated].reverse());
    expect(glyphs('لا')).toHaveLength(1);
  });

  it('forms Devanagari conjuncts: fewer glyphs than characters in नरेन्द्र', () => {
    expect(glyphs('नरेन्द्र').length).toBeLessThan([...'नरेन्द्र'].length);
  });

  it('sets bold text in the bold face of the script', () => {
    expect(shaper.shape('serifBold', 'محمد')[0]!.font.name).toBe('NotoSansArabic-Bold');
  });
});

describe('the fonts shipped for other scripts', () => {
  it('are in resources/fonts beside their licence', () => {
    const files = readdirSync(join(__dirname, '../../resources/fonts'));
    for (const f of ['NotoSansArabic-Regular.ttf', 'NotoSansHebrew-Regular.ttf', 'NotoSansDevanagari-Regular.ttf', 'NotoSansCJK-Regular.ttc', 'OFL.txt']) expect(files).toContain(f);
    expect(readFileSync(join(__dirname, '../../resources/fonts/OFL.txt'), 'utf8')).toContain('Noto Sans CJK');
  });
});
