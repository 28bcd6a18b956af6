/**
 * Which script a character belongs to, as far as the PDF's fonts and shaping care. The
 * embedded Noto Serif and Sans set Latin, Greek and Cyrillic one glyph per character;
 * Arabic, Hebrew and Devanagari need a shaping engine and their own Noto fonts, and CJK
 * (Han, kana, Hangul) needs the Noto CJK font but no shaping.
 */
export type ComplexScript = 'arabic' | 'hebrew' | 'devanagari' | 'cjk';

// Latin, Greek, Cyrillic and general punctuation: the book's own fonts, no shaping, no bidi.
const SIMPLE = /^[\u0000-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2000-\u206f\u20ac\u2116\u2122]*$/;

/** True for text the fast one-glyph-per-character path sets exactly as written. */
export function isSimpleText(text: string): boolean {
  return SIMPLE.test(text);
}

// Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms).
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** True when the text holds a right-to-left letter (then the line needs bidi ordering). */
export function hasRtl(text: string): boolean {
  return RTL.test(text);
}

export function scriptOf(cp: number): ComplexScript | undefined {
  if (cp < 0x0590) return undefined;
  if (cp <= 0x05ff || (cp >= 0xfb1d && cp <= 0xfb4f)) return 'hebrew';
  if (cp <= 0x06ff || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x0870 && cp <= 0x08ff)) return 'arabic';
  if ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc)) return 'arabic';
  if ((cp >= 0x0900 && cp <= 0x097f) || (cp >= 0xa8e0 && cp <= 0xa8ff) || (cp >= 0x1cd0 && cp <= 0x1cff)) return 'devanagari';
  if (cp >= 0x1100 && cp <= 0x11ff) return 'cjk'; // Hangul jamo
  if (cp >= 0x2e80 && cp <= 0x9fff) return 'cjk'; // CJK radicals, punctuation, kana, Hangul compatibility jamo, ideographs
  if (cp >= 0xa960 && cp <= 0xa97f) return 'cjk';
  if (cp >= 0xac00 && cp <= 0xd7ff) return 'cjk'; // Hangul syllables
  if (cp >= 0xf900 && cp <= 0xfaff) return 'cjk';
  if (cp >= 0xfe30 && cp <= 0xfe4f) return 'cjk';
  if (cp >= 0xff00 && cp <= 0xffef) return 'cjk'; // full- and half-width forms
  if (cp >= 0x20000 && cp <= 0x3ffff) return 'cjk'; // ideograph extensions
  return undefined;
}

/** Scripts whose runs go through the shaping engine (joining, reordering, conjuncts, marks). */
export function needsShaping(script: ComplexScript): boolean {
  return script !== 'cjk';
}

/**
 * Characters that belong to whatever run they sit in: combining marks, joiners (Persian's
 * zero-width non-joiner), spaces, digits and punctuation. Kept in the run of the script
 * around them, so a shaped word or name is one run.
 */
export function isNeutral(cp: number): boolean {
  if (cp === 0x200c || cp === 0x200d || (cp >= 0x0300 && cp <= 0x036f)) return true;
  if (cp < 0x80) return !((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a));
  return (cp >= 0x2000 && cp <= 0x206f) || cp === 0xa0 || cp === 0xab || cp === 0xbb;
}
