/**
 * The summary's title. A headline when the text has one: among its first lines, one that reads
 * like a headline (short, no closing full stop), skipping datelines ("Brussels, 24 February
 * 2025"), mastheads in capitals and lines cut with "…". Else the first sentence when it is
 * whole and short enough, or its first clause. Else a title composed from what extraction
 * found ("East Asia Summit Foreign Ministers' Meeting — Vientiane, 27 July 2024"), marked as
 * generated so the review step can say so.
 */
export interface Title {
  title: string;
  generated: boolean;
}

export interface TitleFacts {
  forum: string | null;
  forumAliases: readonly string[];
  city: string | null;
  country: string | null;
  date: string | null;
  people: readonly string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** A line that is only a place and a date: "Brussels, 24 February 2025", "ASTANA, Oct 13". */
const DATELINE = new RegExp(`^[\\p{L} .'’-]{2,40}(?:,\\s*[\\p{L} .'’-]{2,30})?,?\\s+(?:\\d{1,2}(?:[-–]\\d{1,2})?\\s+${MONTH_WORD}|${MONTH_WORD}\\s+\\d{1,2})(?:,?\\s+\\d{4})?\\s*(?:\\(.*\\))?\\s*[-–—]?$`, 'u');
const DATE_ONLY = /^[\d\s./:-]+$/;

export function titleOf(body: string, facts: TitleFacts): Title {
  const lines = body.split('\n', 4).map((l) => l.trim());
  for (let i = 0; i < Math.min(lines.length, 3); i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (isDatelineOrMasthead(line)) continue;
    // A paragraph that opens with a dateline ("NEW DELHI, Nov 22 (Wire) - ...") has no headline above it.
    if (/^[\p{Lu}][\p{Lu} .'-]{1,40},\s/u.test(line) && line.length > 100) break;
    if (isHeadline(line) && body.length > line.length) return { title: withoutSiteName(line), generated: false };
    // A first paragraph is not a headline: its first sentence only when short, never a cut.
    const sentence = firstSentence(line);
    if (sentence && sentence.length <= 120 && sentence.length === line.length) return { title: sentence, generated: false };
    break;
  }
  return { title: composed(body, facts), generated: true };
}

function isDatelineOrMasthead(line: string): boolean {
  if (DATELINE.test(line) || DATE_ONLY.test(line)) return true;
  if (/(?:…|\.\.\.)$/.test(line)) return true;
  return line.length <= 40 && line === line.toUpperCase() && /\p{Lu}/u.test(line) && line.split(/\s+/).length <= 5;
}

/** "ASEAN, Gulf leaders hold first joint summit | Straits Observer" -> the headline alone. */
function withoutSiteName(line: string): string {
  const m = /^(.{20,}?)\s+[|–—-]\s+([^|–—-]{2,50})$/.exec(line);
  // The site's name is a name: capitalised words (and "of", "the", "and"), no sentence.
  if (!m || m[2]!.split(/\s+/).length > 7 || !/^(?:\p{Lu}[\p{L}.']*|of|the|and|for)(?:\s+(?:\p{Lu}[\p{L}.']*|of|the|and|for))*$/u.test(m[2]!.trim())) return line;
  return m[1]!;
}

function isHeadline(line: string): boolean {
  return line.length >= 8 && line.length <= 160 && !/[.!?:;,]$/.test(line);
}

/** The line's first sentence when it is whole and short, or its first clause; never a cut. */
function firstSentence(line: string): string | undefined {
  const sentence = /^(.{10,}?[.!?])(?:\s|$)/s.exec(line)?.[1] ?? line;
  const flat = sentence.replace(/\s+/g, ' ');
  if (flat.length >= 8 && flat.length <= 160) return flat;
  if (flat.length > 160) return /^(.{60,160}?)(?:,\s|\s(?:where|which|who|while|after|as)\s)/.exec(flat)?.[1];
  return undefined;
}

/** "East Asia Summit Foreign Ministers' Meeting — Vientiane, 27 July 2024". */
function composed(body: string, f: TitleFacts): string {
  const what = f.forum ? meetingPhrase(body, f.forum, f.forumAliases) : f.people.length >= 2 ? `${surname(f.people[0]!)}–${surname(f.people[1]!)} talks` : f.people.length === 1 ? `${f.people[0]} meeting` : 'Meeting';
  const where = f.city ?? f.country;
  const when = f.date ? longDate(f.date) : null;
  const tail = [where, when].filter(Boolean).join(', ');
  return tail ? `${what} — ${tail}` : what;
}

/** The forum's name with the kind of meeting the text gives it ("... Foreign Ministers' Meeting"). */
function meetingPhrase(body: string, forum: string, aliases: readonly string[]): string {
  for (const name of [forum, ...aliases]) {
    const at = body.indexOf(name);
    if (at < 0) continue;
    const m = /^((?:\s+(?:[\p{Lu}][\p{L}']*|of|and|the|on|Plus|-))*?\s+(?:Meeting|Summit|Session|Conference|Ministerial|Council|Forum|Dialogue|Assembly)(?:-Plus)?)\b/u.exec(body.slice(at + name.length, at + name.length + 80));
    if (m && !forum.endsWith(m[1]!.trim())) return `${forum}${m[1]}`;
    return forum;
  }
  return forum;
}

function surname(name: string): string {
  return name.split(/\s+/).pop() ?? name;
}

export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
