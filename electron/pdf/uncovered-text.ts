/**
 * The embedded Noto Serif and Sans cover Latin, Greek and Cyrillic, not Chinese, Japanese,
 * Korean, Arabic and other scripts. Rather than print empty boxes, a stretch of text in a
 * script the fonts lack is replaced by a short bracketed note saying what was left out.
 */
const SCRIPT_NAMES: Array<[RegExp, string]> = [
  [/\p{Script=Han}/u, 'Chinese'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese'],
  [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Thai}/u, 'Thai'],
];

function describe(stretch: string): string {
  for (const [re, name] of SCRIPT_NAMES) if (re.test(stretch)) return `[${name} text]`;
  return '[text in another script]';
}

export type Covers = (codePoint: number) => boolean;

// Latin, Greek, Cyrillic and general punctuation: always in the fonts, no need to look.
const COMMON = /^[\u0020-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2010-\u2027\u2030-\u203a\u20ac\n]*$/;

export function replaceUncovered(text: string, covers: Covers): string {
  if (COMMON.test(text)) return text;
  let out = '';
  let stretch = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!covers(cp)) {
      stretch += ch;
      continue;
    }
    if (stretch) {
      out += describe(stretch);
      stretch = '';
    }
    out += ch;
  }
  return stretch ? out + describe(stretch) : out;
}
