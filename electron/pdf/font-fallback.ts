import type { FontName } from './fonts';
import { isNeutral, scriptOf, type ComplexScript } from './scripts';

/**
 * The Noto fonts a run falls back to when the book's fonts lack its script. One Sans face
 * per script (Regular and Bold), and one CJK collection face for Chinese (simplified and
 * traditional), Japanese and Korean: the smallest set that prints every script the
 * ministry reads. Italic text falls back to the upright face (these scripts have none).
 */
export const FALLBACK_FILES = {
  arabic: { file: 'NotoSansArabic-Regular.ttf' },
  arabicBold: { file: 'NotoSansArabic-Bold.ttf' },
  hebrew: { file: 'NotoSansHebrew-Regular.ttf' },
  hebrewBold: { file: 'NotoSansHebrew-Bold.ttf' },
  devanagari: { file: 'NotoSansDevanagari-Regular.ttf' },
  devanagariBold: { file: 'NotoSansDevanagari-Bold.ttf' },
  // The collection holds SC, TC, JP, KR and HK faces over shared glyphs; SC sets them all.
  cjk: { file: 'NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
} as const satisfies Record<string, { file: string; face?: string }>;

export type FallbackFace = keyof typeof FALLBACK_FILES;

/** A book font or a fallback face. */
export type AnyFace = FontName | FallbackFace;

const BOLD = new Set<FontName>(['serifBold', 'sansBold']);

export function fallbackFace(script: ComplexScript, base: FontName): FallbackFace {
  if (script === 'cjk') return 'cjk';
  return BOLD.has(base) ? `${script}Bold` : script;
}

/** A stretch of text set in one face. */
export interface FaceRun {
  face: AnyFace;
  script: ComplexScript | undefined;
  text: string;
}

export type HasGlyph = (face: AnyFace, cp: number) => boolean;

/**
 * Splits text into runs by the face that sets them: letters of a complex script go to its
 * Noto face; neutral characters (spaces, digits, punctuation, marks, joiners) stay in the
 * run they are in when its face has them; anything else is set in the book's font, or in
 * the CJK face (the widest) when the book's font lacks it.
 */
export function itemize(text: string, base: FontName, has: HasGlyph): FaceRun[] {
  const runs: FaceRun[] = [];
  let cur: FaceRun | undefined;
  // Neutrals before the first letter (an opening bracket) go with the script that follows.
  const firstScript = scriptOf(/[^\s\p{P}\p{S}\p{N}]/u.exec(text)?.[0].codePointAt(0) ?? 0);
  const lead = firstScript ? fallbackFace(firstScript, base) : undefined;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const script = scriptOf(cp);
    let face: AnyFace;
    if (script) face = fallbackFace(script, base);
    else if (cur && isNeutral(cp) && has(cur.face, cp)) face = cur.face;
    else if (!cur && lead && isNeutral(cp) && has(lead, cp)) face = lead;
    else if (has(base, cp) || !has('cjk', cp)) face = base;
    else face = 'cjk';
    if (cur && cur.face === face) {
      cur.text += ch;
      if (script) cur.script = script;
    } else {
      cur = { face, script, text: ch };
      runs.push(cur);
    }
  }
  return runs;
}
