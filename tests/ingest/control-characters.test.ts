import { describe, expect, it } from 'vitest';
import { bookSettingsSchema } from '../../common/book-options';
import { hasControlCharacters, summaryFieldsSchema, tagInputSchema } from '../../common/primitives';
import { decodeText } from '../../electron/ingest/read/decode-text';
import { readDocumentBytes } from '../../electron/ingest/read/read-document';
import { makeDocx } from './helpers/make-docx';

/**
 * #20: control characters (ESC, BEL, VT, C1 ...) are dropped on every way into the library:
 * files and pasted text as they are decoded, and every text field the renderer or CLI sends.
 * (Bundles refuse them: tests/share/hostile-bundles.test.ts.) Tabs and line breaks stay.
 */
const ESCAPES = 'Talks\u001b[2J\u001b]0;owned\u0007 in Vientiane\u0085\u000b';

describe('control characters on the way in', () => {
  it('are dropped from plain text, UTF-16 text, web pages and Word files', async () => {
    // A few stray controls in a long text (many would make it binary, and refused as such).
    const article = 'The foreign ministers met and discussed maritime security at length. '.repeat(20);
    expect(decodeText(Buffer.from(`${ESCAPES}\n\tTabs and lines stay.\r\n${article}`), 'a.txt')).toBe(`Talks[2J]0;owned in Vientiane\n\tTabs and lines stay.\r\n${article}`);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${ESCAPES} ${'and more text '.repeat(60)}`, 'utf16le')]);
    expect(hasControlCharacters(decodeText(utf16, 'notepad.txt'))).toBe(false);
    const html = `<html><head><title>T\u001bitle</title></head><body><article><h1>Ministers meet</h1><p>${ESCAPES}: the foreign ministers met and discussed maritime security at length.</p><p>${article}</p></article></body></html>`;
    const page = await readDocumentBytes('page.html', Buffer.from(html));
    expect(page.text).toContain('Talks[2J]0;owned in Vientiane');
    expect(hasControlCharacters(page.text) || hasControlCharacters(JSON.stringify(page.meta))).toBe(false);
    const docx = await readDocumentBytes('report.docx', makeDocx([`${ESCAPES} the delegations agreed.`, article]));
    expect(docx.text).toContain('Talks[2J]0;owned in Vientiane');
    expect(hasControlCharacters(docx.text)).toBe(false);
  });

  it('are dropped from every text field the renderer or CLI sends, before the length limits', () => {
    const fields = summaryFieldsSchema.parse({ title: ESCAPES, body: `Body ${ESCAPES}`, city: 'Vien\u001btiane', keyPoints: ['Point\u0007'] });
    expect(fields).toMatchObject({ title: 'Talks[2J]0;owned in Vientiane', city: 'Vientiane', keyPoints: ['Point'] });
    expect(hasControlCharacters(fields.body)).toBe(false);
    expect(tagInputSchema.parse({ kind: 'actor', name: 'Lavrov\u001b[31m' }).name).toBe('Lavrov[31m');
    // A title of control characters only is empty once they are dropped: refused as empty.
    expect(summaryFieldsSchema.safeParse({ title: '\u001b\u0007', body: 'text' }).success).toBe(false);
    expect(bookSettingsSchema.shape.title.parse('Brief\u001b for the Minister')).toBe('Brief for the Minister');
  });
});
