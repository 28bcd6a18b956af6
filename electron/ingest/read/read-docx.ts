import mammoth from 'mammoth';
import { AppError } from '../../errors';
import { compactMeta, metaDay, metaText, type DocumentMeta } from './document-meta';
import { checkZip } from './zip-guard';

/** Word documents: the zip is checked (zip-guard.ts) before mammoth extracts the raw text. */
export async function readDocx(buffer: Buffer, label: string): Promise<{ text: string; meta: DocumentMeta }> {
  const parts = checkZip(buffer, label);
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    throw new AppError('UNSUPPORTED_FORMAT', `${label} could not be read as a Word document (${(error as Error).message}). Open it in Word and save it as .docx.`);
  }
  if (!text.trim()) throw new AppError('EMPTY_INPUT', `${label} has no text to import.`);
  return { text, meta: coreProperties(parts.get('docProps/core.xml'), parts.get('docProps/app.xml')) };
}

/**
 * docProps/core.xml (Dublin Core: title, creator, created) and app.xml (Company). Read with a
 * few bounded patterns rather than an XML parser: the part is capped at 64 KB, DOCTYPEs were
 * refused by the zip check, and only element text is taken (entities decoded below).
 */
function coreProperties(core: Buffer | undefined, app: Buffer | undefined): DocumentMeta {
  const xml = core?.toString('utf8') ?? '';
  const element = (source: string, name: string): string | undefined => {
    const m = new RegExp(`<${name}(?:\\s[^>]{0,300})?>([^<]{1,2000})</${name}>`).exec(source);
    return m ? metaText(decodeXml(m[1]!)) : undefined;
  };
  return compactMeta({
    title: element(xml, 'dc:title'),
    author: element(xml, 'dc:creator'),
    published: metaDay(element(xml, 'dcterms:created')),
    publisher: element(app?.toString('utf8') ?? '', 'Company'),
  });
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
