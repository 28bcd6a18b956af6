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

export function replaceUncovered(text: string, covers: Covers): string {
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
