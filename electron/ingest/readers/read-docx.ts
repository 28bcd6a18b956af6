import mammoth from 'mammoth';
import { AppError } from '../../errors';
import { checkZip } from './zip-guard';

/** Word documents: the zip is checked (zip-guard.ts) before mammoth extracts the raw text. */
export async function docxText(buffer: Buffer, label: string): Promise<string> {
  checkZip(buffer, label);
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    throw new AppError('UNSUPPORTED_FORMAT', `${label} could not be read as a Word document (${(error as Error).message}). Open it in Word and save it as .docx.`);
  }
  if (!text.trim()) throw new AppError('EMPTY_INPUT', `${label} has no text to import.`);
  return text;
}
