import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../errors';
import { FALLBACK_FILES, type FallbackFace } from './font-fallback';

/**
 * The embedded fonts: Noto Serif for reading text, Noto Sans for headings and metadata
 * (both cover Latin, Cyrillic and Greek), and the Noto faces for other scripts that runs fall
 * back to (font-fallback.ts). pdfkit subsets them, so a book carries only the glyphs it prints.
 */
export const FONT_FILES = {
  serif: 'NotoSerif-Regular.ttf',
  serifBold: 'NotoSerif-Bold.ttf',
  serifItalic: 'NotoSerif-Italic.ttf',
  sans: 'NotoSans-Regular.ttf',
  sansBold: 'NotoSans-Bold.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

function candidates(): string[] {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const roots = [process.env.BRIEFING_RESOURCES, join(here, '..', '..', 'resources'), join(here, '..', 'resources')];
  // Packaged app: electron-builder copies resources/ next to app.asar.
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) roots.push(join(resourcesPath, 'resources'), resourcesPath);
  // Walk up from the working directory (tests, `npm run demo` from the project root).
  for (let dir = process.cwd(), i = 0; i < 6; i++, dir = dirname(dir)) roots.push(join(dir, 'resources'));
  return roots.filter((r): r is string => Boolean(r)).map((r) => resolve(r, 'fonts'));
}

let cached: string | undefined;

/** The folder holding the Noto fonts (resources/fonts), found from the bundle, the app or the project. */
export function fontsDir(): string {
  if (cached) return cached;
  for (const dir of candidates()) {
    if (existsSync(join(dir, FONT_FILES.serif))) return (cached = dir);
  }
  throw new AppError(
    'FILE_NOT_FOUND',
    'The PDF fonts (resources/fonts/NotoSerif-Regular.ttf) are missing. Reinstall the app, or set BRIEFING_RESOURCES to its resources folder.',
  );
}

export function fontPath(name: FontName): string {
  return join(fontsDir(), FONT_FILES[name]);
}

const data = new Map<FontName, Buffer>();

/** The font file's bytes, read once per process (the live preview renders often). */
export function fontData(name: FontName): Buffer {
  let bytes = data.get(name);
  if (!bytes) data.set(name, (bytes = readFileSync(fontPath(name))));
  return bytes;
}

const fallbackBytes = new Map<FallbackFace, Buffer>();

/** A fallback face's file bytes (read once per process; the CJK collection is 19 MB). */
export function fallbackData(face: FallbackFace): Buffer {
  let bytes = fallbackBytes.get(face);
  if (!bytes) {
    const path = join(fontsDir(), FALLBACK_FILES[face].file);
    if (!existsSync(path)) {
      throw new AppError('FILE_NOT_FOUND', `The PDF font ${FALLBACK_FILES[face].file} is missing from ${fontsDir()}. Reinstall the app.`);
    }
    fallbackBytes.set(face, (bytes = readFileSync(path)));
  }
  return bytes;
}
