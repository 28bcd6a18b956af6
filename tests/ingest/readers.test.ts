import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFiles, MAX_FILES } from '../../electron/ingest/read/collect-files';
import { readDocument } from '../../electron/ingest/read/read-document';
import { tempDir } from '../helpers/temp-library';
import { makeDocx } from './helpers/make-docx';
import { makePdf } from './helpers/make-pdf';

const SEED = readFileSync('/work/shared/seeds/000_f3559fb801e34102.txt', 'utf8');
const PARAS = [
  'Lavrov meets Wang Yi in Vientiane',
  'Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi on the sidelines of the East Asia Summit in Vientiane on 25 July 2024.',
  'The ministers discussed cooperation within the Shanghai Cooperation Organisation and the situation on the Korean Peninsula.',
];

describe('readers', () => {
  const { dir, cleanup } = tempDir('bbb-readers-');
  afterAll(cleanup);

  it('reads plain text and Markdown as written', async () => {
    writeFileSync(join(dir, 'seed.txt'), SEED);
    writeFileSync(join(dir, 'note.md'), `# ${PARAS[0]}\n\n${PARAS[1]}\n`);
    expect((await readDocument(join(dir, 'seed.txt'))).text).toBe(SEED);
    const md = await readDocument(join(dir, 'note.md'));
    expect(md.format).toBe('md');
    expect(md.text).toContain(PARAS[1]);
  });

  it('reads a legacy Windows-1252 text file instead of refusing it', async () => {
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x76, 0x6f, 0x69, 0x72, 0x65]));
    expect((await readDocument(join(dir, 'cp1252.txt'))).text).toBe('Côte d\u2019Ivoire');
  });

  it('takes the main article of a web page and never runs or keeps its scripts', async () => {
    const html = `<!doctype html><html><head><title>Site</title><script>globalThis.pwned = true</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>${PARAS[0]}</h1>${PARAS.slice(1).map((p) => `<p>${p} ${p}</p>`).join('')}
      <p><img src="x" onerror="globalThis.pwned = true">More text about the talks, which lasted two hours and covered many subjects of mutual interest.</p></article>
      <footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>`;
    writeFileSync(join(dir, 'page.html'), html);
    const { text } = await readDocument(join(dir, 'page.html'));
    expect(text).toContain(PARAS[1]);
    expect(text).not.toContain('pwned');
    expect(text).not.toMatch(/<[a-z]/i);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('reads the text of a real .docx', async () => {
    writeFileSync(join(dir, 'readout.docx'), makeDocx(PARAS));
    const { text, format } = await readDocument(join(dir, 'readout.docx'));
    expect(format).toBe('docx');
    for (const p of PARAS) expect(text).toContain(p);
  });

  it('reads the text of a real PDF, with wrapped lines joined into whole sentences', async () => {
    writeFileSync(join(dir, 'readout.pdf'), await makePdf(PARAS));
    const { text, format } = await readDocument(join(dir, 'readout.pdf'));
    expect(format).toBe('pdf');
    for (const p of PARAS) expect(text.replace(/\s+/g, ' ')).toContain(p);
    expect(text.split('\n')).toContain(PARAS[1]);
  });

  it('reads what a web page declares about itself: publisher, canonical URL, author, publication day', async () => {
    const html = `<!doctype html><html><head><title>Talks in Vientiane | Example News</title>
      <meta property="og:site_name" content="Example News">
      <link rel="canonical" href="https://news.example.org/asia/2024/07/talks">
      <meta name="author" content="Jane  Reporter">
      <meta property="article:published_time" content="2024-07-27T23:40:00-05:00">
      </head><body><article><h1>${PARAS[0]}</h1>${PARAS.slice(1).map((p) => `<p>${p} ${p}</p>`).join('')}</article></body></html>`;
    writeFileSync(join(dir, 'meta.html'), html);
    const { meta } = await readDocument(join(dir, 'meta.html'));
    // The publisher's own calendar day, not the UTC one (which would be 28 July).
    expect(meta).toEqual({
      publisher: 'Example News',
      url: 'https://news.example.org/asia/2024/07/talks',
      author: 'Jane Reporter',
      published: '2024-07-27',
      title: 'Talks in Vientiane | Example News',
    });
    writeFileSync(join(dir, 'bare.html'), `<html><body><p>${PARAS[1]}</p><link rel="canonical" href="javascript:alert(1)"></body></html>`);
    expect((await readDocument(join(dir, 'bare.html'))).meta).toEqual({});
  });

  it("reads a Word document's core properties and a PDF's Info dictionary", async () => {
    const core = `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y" xmlns:dcterms="z"><dc:title>Readout &amp; notes</dc:title><dc:creator>Desk Officer</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-07-26T09:00:00Z</dcterms:created></cp:coreProperties>`;
    const app = `<?xml version="1.0"?><Properties><Company>Ministry of Foreign Affairs</Company></Properties>`;
    writeFileSync(join(dir, 'props.docx'), makeDocx(PARAS, [{ name: 'docProps/core.xml', data: Buffer.from(core) }, { name: 'docProps/app.xml', data: Buffer.from(app) }]));
    expect((await readDocument(join(dir, 'props.docx'))).meta).toEqual({
      title: 'Readout & notes', author: 'Desk Officer', published: '2024-07-26', publisher: 'Ministry of Foreign Affairs',
    });
    writeFileSync(join(dir, 'info.pdf'), await makePdf(PARAS));
    const pdf = await readDocument(join(dir, 'info.pdf'));
    expect(pdf.meta).toMatchObject({ title: 'Test article', published: '2024-07-28' });
    expect((await readDocument(join(dir, 'readout.docx'))).meta).toEqual({});
  });

  it("reads Notepad's Unicode (UTF-16 with a byte order mark), little and big endian", async () => {
    const text = 'Côte d’Ivoire: 习近平 met the delegation.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    writeFileSync(join(dir, 'utf16le.txt'), le);
    writeFileSync(join(dir, 'utf16be.txt'), be);
    expect((await readDocument(join(dir, 'utf16le.txt'))).text).toBe(text);
    expect((await readDocument(join(dir, 'utf16be.txt'))).text).toBe(text);
  });

  it('refuses folders with more files than one import takes, instead of leaving some out silently', () => {
    const root = join(dir, 'many');
    mkdirSync(root, { recursive: true });
    for (let i = 0; i <= MAX_FILES; i++) writeFileSync(join(root, `${String(i).padStart(5, '0')}.txt`), 'x');
    expect(() => collectFiles([root])).toThrow(/more than 10,000 files to import; import them in parts/);
  });

  it('walks folders recursively in name order, skipping hidden and unsupported files', () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', '.git'), { recursive: true });
    mkdirSync(join(root, 'a'), { recursive: true });
    writeFileSync(join(root, 'a', '1.txt'), 'x');
    writeFileSync(join(root, 'b', '2.md'), 'x');
    writeFileSync(join(root, 'b', '.hidden.txt'), 'x');
    writeFileSync(join(root, 'b', '.git', 'config.txt'), 'x');
    writeFileSync(join(root, 'b', 'image.png'), 'x');
    expect(collectFiles([root]).map((p) => p.slice(root.length + 1))).toEqual(['a/1.txt', 'b/2.md']);
    // A file named directly is kept, so the import can say why it is refused.
    expect(collectFiles([join(root, 'b', 'image.png')])).toHaveLength(1);
  });
});
