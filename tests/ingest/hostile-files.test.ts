import { closeSync, openSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/ingest/import-service';
import { readDocument } from '../../electron/ingest/read/read-document';
import { countSummaries } from '../../electron/library/summaries';
import { tempLibrary } from '../helpers/temp-library';
import { documentXml, makeDocx, zip } from './helpers/make-docx';

const SEED = readFileSync('/work/shared/seeds/000_f3559fb801e34102.txt', 'utf8');

/** A minimal PDF whose page tree points at itself. */
function circularPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>'];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Text that does not compress like a zip bomb: words picked by a fixed pseudo-random sequence. */
function varied(chars: number): string {
  const words = ['minister', 'trade', 'summit', 'security', 'talks', 'agreed', 'region', 'council', 'energy', 'Vientiane', 'delegation', 'maritime'];
  let seed = 7;
  let out = '';
  while (out.length < chars) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += `${words[seed % words.length]}${seed % 97} `;
  }
  return out;
}

/** `real`'s entries and directory, with `decoy`'s directory inserted before it and named by the end record. */
function hideDirectory(decoy: Buffer, real: Buffer): Buffer {
  const directory = (zipBytes: Buffer) => {
    const eocd = zipBytes.length - 22;
    return { eocd, size: zipBytes.readUInt32LE(eocd + 12), offset: zipBytes.readUInt32LE(eocd + 16) };
  };
  const r = directory(real);
  const d = directory(decoy);
  const decoyDir = decoy.subarray(d.offset, d.offset + d.size);
  const end = Buffer.from(real.subarray(r.eocd));
  end.writeUInt16LE(decoy.readUInt16LE(d.eocd + 8), 8);
  end.writeUInt16LE(decoy.readUInt16LE(d.eocd + 10), 10);
  end.writeUInt32LE(d.size, 12);
  end.writeUInt32LE(r.offset, 16); // the decoy sits where the real directory began
  return Buffer.concat([real.subarray(0, r.offset), decoyDir, real.subarray(r.offset, r.eocd), end]);
}

/** Each hostile file with the words its refusal message must contain. */
const HOSTILE: Array<{ name: string; make: (path: string) => void; message: RegExp }> = [
  {
    name: 'bomb.docx',
    // 20 MB of zeros deflates to ~20 KB while the entry claims 1,000 bytes: caught while inflating.
    make: (p) => writeFileSync(p, makeDocx(['x'], [{ name: 'word/media/blob.xml', data: Buffer.alloc(20 * 1024 * 1024), declaredSize: 1000 }])),
    message: /bomb\.docx.*zip bomb/,
  },
  {
    name: 'honest-bomb.docx',
    // The central directory announces 150 MB: refused from the directory, before inflating anything.
    make: (p) => writeFileSync(p, makeDocx(['x'], [{ name: 'word/huge.xml', data: Buffer.alloc(4096), declaredSize: 150 * 1024 * 1024 }])),
    message: /honest-bomb\.docx.*zip bomb/,
  },
  {
    name: 'doctype.docx',
    make: (p) =>
      writeFileSync(
        p,
        zip([{ name: 'word/document.xml', data: Buffer.from(documentXml(['x'], '<!DOCTYPE lol [<!ENTITY a "aaaaaaaa">]>')) }]),
      ),
    message: /doctype\.docx.*DOCTYPE/,
  },
  {
    name: 'hidden-directory.docx',
    // A decoy directory where the end record points, the real one (with a 150 MB part) right
    // before the end record, where JSZip looks when the two disagree.
    make: (p) => writeFileSync(p, hideDirectory(makeDocx(['x']), makeDocx(['x'], [{ name: 'word/huge.xml', data: Buffer.alloc(4096), declaredSize: 150 * 1024 * 1024 }]))),
    message: /hidden-directory\.docx.*central directory is not where its end record says/,
  },
  {
    name: 'long.docx',
    // A couple of MB of compressed Word text is over 5 million characters: more than one summary holds.
    make: (p) => writeFileSync(p, makeDocx([varied(5_100_000)])),
    message: /long\.docx holds 5,1\d\d,\d{3} characters of text; one summary holds at most 5,000,000/,
  },
  {
    name: 'circular.pdf',
    // A page tree whose Pages node is its own kid: pdf.js throws, and that is the file's fault.
    make: (p) => writeFileSync(p, circularPdf()),
    message: /circular\.pdf is a damaged PDF \(page 1: Pages tree contains circular reference/,
  },
  { name: 'fake.pdf', make: (p) => writeFileSync(p, '<html>this is a web page saved as .pdf</html>'), message: /fake\.pdf is not a PDF/ },
  { name: 'fake.docx', make: (p) => writeFileSync(p, SEED), message: /fake\.docx is not a Word document/ },
  { name: 'empty.txt', make: (p) => writeFileSync(p, ''), message: /empty\.txt is empty \(0 bytes\)/ },
  { name: 'binary.txt', make: (p) => writeFileSync(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), message: /binary\.txt is not text/ },
  {
    name: 'huge.txt',
    // A sparse 200 MB file: refused from its size, never read.
    make: (p) => {
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 200 * 1024 * 1024);
      closeSync(fd);
    },
    message: /huge\.txt is 200\.0 MB; the limit/,
  },
  { name: 'slides.pptx', make: (p) => writeFileSync(p, 'x'), message: /\.pptx files are not supported/ },
];

describe('hostile files', () => {
  let lib: Awaited<ReturnType<typeof tempLibrary>>;
  beforeAll(async () => {
    lib = await tempLibrary();
    for (const h of HOSTILE) h.make(join(lib.dir, h.name));
    writeFileSync(join(lib.dir, 'a-good.txt'), SEED);
    writeFileSync(join(lib.dir, 'z-good.docx'), makeDocx(['Lavrov and Wang Yi meet in Vientiane', 'Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Vientiane on 25 July 2024 to discuss the situation in the region.']));
  });
  afterAll(() => lib.cleanup());

  for (const h of HOSTILE) {
    it(`refuses ${h.name} with a clear message`, async () => {
      await expect(readDocument(join(lib.dir, h.name))).rejects.toThrow(h.message);
    });
  }

  it('imports the good files of a batch and refuses each hostile one with its reason', async () => {
    const paths = [join(lib.dir, 'a-good.txt'), ...HOSTILE.map((h) => join(lib.dir, h.name)), join(lib.dir, 'z-good.docx')];
    const report = await importPaths(lib.library, paths);
    expect(report.added).toBe(2);
    expect(report.refused).toBe(HOSTILE.length);
    for (const h of HOSTILE) {
      const r = report.results.find((x) => x.file.endsWith(h.name))!;
      expect(r.status).toBe('refused');
      expect(r.reason).toMatch(h.message);
    }
    expect(countSummaries(lib.library.db)).toBe(2);
  }, 60_000);
});
