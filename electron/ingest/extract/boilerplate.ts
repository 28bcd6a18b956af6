/**
 * Recognises boilerplate lines: what a page or a press office wraps around an article.
 * Each rule describes a kind of line, not a particular site.
 */

/** Markers that make a line boilerplate whatever follows them ("Read More; <headline>"). */
const HARD_MARKER = new RegExp(
  [
    String.raw`^(?:read|see|watch|listen)\s+(?:more|also|next|further|to this)\b`,
    String.raw`^also\s+(?:read|see|watch|on)\b`,
    // "Read also" in other languages: Russian, Greek, French, Spanish, Portuguese, German, Italian, Chinese, Arabic.
    String.raw`^(?:читайте также|читайте по теме|смотрите также|διαβάστε επίσης|διαβάστε ακόμη|lire aussi|à lire aussi|voir aussi|lee también|leer más|lea también|leia também|leia mais|lesen sie auch|mehr zum thema|leggi anche|相关阅读|延伸阅读|相关新闻|اقرأ أيضا|اقرأ أيضاً)`,
    String.raw`^(?:advertisement|sponsored|scroll to continue)\b`,
    String.raw`^(?:photos?|images?|pictures?|file photo|illustration|video|credits?|caption)(?:\s+(?:credit|by|courtesy))?\s*[:|/]`,
    String.raw`^\(?(?:reporting|writing|editing|additional reporting|compiled|translated) by\b`,
    String.raw`^(?:copyright|©|\(c\))\s`,
    String.raw`\ball rights reserved\b`,
    String.raw`\bnot an official record\b`,
    String.raw`^(?:media|press)\s+contacts?\b`,
    String.raw`^for (?:further|more) information\b.*\bcontact\b`,
    String.raw`^(?:editor|editors|edited by|sub-editor)\s*:`,
    String.raw`^our standards\b`,
    // Site furniture: accessibility switches, government banners, newsletter pitches, attributions.
    String.raw`^version for the visually impaired\b`,
    String.raw`\ban official website of the\b`,
    String.raw`\bhere's how you know\b`,
    String.raw`^stay connected\b`,
    String.raw`^the following is attributable to\b`,
    String.raw`^enjoyed this\b`,
    String.raw`^(?:continue|keep) reading\b`,
    String.raw`^(?:breaking|live|just in|developing|ticker|flash)\s*:`,
    String.raw`^(?:liked|loved|enjoying) (?:this|it)\b`,
    String.raw`\bforward (?:this|it) to a (?:friend|colleague)\b`,
    String.raw`^(?:also in this section|further reading|in case you missed it|what to read next|elsewhere on|more in this series)\b`,
    String.raw`^advertise\b`,
    String.raw`\bAP Photo\b`,
    String.raw`^(?:updated\s+)?\d+\s+(?:minutes?|hours?|days?)\s+ago$`,
    String.raw`^(?:note to editors|notes to editors|editor'?s note)\b`,
    String.raw`^-*\s*ends\s*-*$`,
    String.raw`^(?:image|photo|video) caption\b`,
    String.raw`\b(?:getty images|shutterstock)\b`,
    String.raw`^(?:skip to|jump to) (?:main )?(?:content|navigation|main)\b`,
    String.raw`^(?:toggle|open|close) (?:navigation|menu|search)\b`,
    String.raw`^back to top\b`,
    String.raw`^(?:already a subscriber|join the conversation|log in to comment|sign in to comment|comments? \(\d+\))`,
    String.raw`^(?:we value your privacy|your privacy\b|manage cookies|cookie (?:settings|policy|preferences))`,
    String.raw`^(?:share (?:this|on)|copy link|email this|print this)\b`,
    String.raw`^(?:powered by|website by|site by)\b`,
    String.raw`^(?:listen to (?:this|the) (?:article|story))\b`,
    String.raw`^(?:open in app|get the app|download the app)\b`,
    String.raw`^(?:for media (?:inquiries|enquiries)|media (?:inquiries|enquiries))\b`,
    String.raw`\bread more\W*$`,
    String.raw`\bno spam\b`,
    String.raw`^follow\b.{0,60}\bon (?:x|twitter|facebook|instagram|telegram|youtube|linkedin|threads|bluesky|whatsapp)\b`,
    // Author bios, corrections and comment switches: about the page, not the story.
    String.raw`^(?:about the (?:author|writer|reporter)|author bio|author's bio)\b`,
    String.raw`\ban earlier version of this (?:story|article|report|page|post)\b`,
    String.raw`^comments? (?:are|is) (?:closed|disabled|turned off)\b`,
    String.raw`\bin your inbox\b`,
    String.raw`\bsign up(?: (?:free|now|here|today))?\W*$`,
    String.raw`\b(?:originally (?:published|appeared) (?:on|in|at)|republished (?:with|under)|reproduced with (?:kind )?permission)\b`,
    String.raw`^this (?:story|article|report) has been (?:corrected|updated|amended)\b`,
    String.raw`\bprotected by recaptcha\b|^we care about your privacy\b`,
    String.raw`\bopens in (?:a )?new (?:window|tab)\)`,
    String.raw`^read (?:this|the) (?:article|story|page|post) in\b`,
    String.raw`^about (?:the|this|us|our) (?:ministry|organisation|organization|company|agency|office|department|embassy|mission|publication|newsletter|site|authors?)\b`,
    String.raw`\bcontinues below\b|^(?:click|tap) to read\b|^thanks? (?:you )?for reading\b`,
    String.raw`\bplease consider (?:supporting|subscribing|donating)\b`,
    String.raw`^(?:all times (?:are|in)|times in (?:gmt|utc))\b|^disclaimer\s*:`,
    String.raw`\bthe views expressed (?:in this (?:article|piece|column) )?(?:are|do not)\b`,
    String.raw`^(?:this (?:article|story|piece|report) is part of|part of (?:a|our|the) series)\b`,
    String.raw`^(?:was this (?:article|page|story) (?:helpful|useful)|send us a tip|already have an account|create a (?:free )?account|like loading)\b`,
    String.raw`\b(?:journalism|reporting) needs your support\b`,
    String.raw`^(?:tel|phone|fax|mobile|mob|t|f)\.?\s*:?\s*\+?\d[\d\s().-]{6,}$`,
    String.raw`^(?:page|image|photo|slide) \d+ of \d+$`,
    String.raw`^(?:pictured|top image|main (?:picture|image|photo)|lead image|featured image|header image)\s*:`,
    // Forwarded e-mail: headers and the sender's footer.
    String.raw`^from\s*:\s*.{0,120}<[^<>@\s]+@[^<>\s]+>\s*$|^(?:to|cc|bcc)\s*:\s*.{0,200}@|^sent\s*:\s*(?:mon|tue|wed|thu|fri|sat|sun)`,
    String.raw`\bif you are not the intended recipient\b|\bbefore printing this e-?mail\b|^this e-?mail (?:and any attachments )?(?:is|are|may)\b`,
    // A PDF pasted as text: running heads and feet ("Page 2 of 4   G20FMCBG/2024/1", two columns apart).
    String.raw`^page \d+ of \d+\b|^page last (?:updated|modified|reviewed)\b|^.{1,80}\S {8,}\S.{0,80}$`,
    // A caption ending in its credit ("... at the National Palace. Foto: Presidencia").
    String.raw`(?:^|[.!?]\s+)(?:photo|foto|photograph|picture|image)(?:\s+credit)?\s*:\s*[^.:]{1,60}$`,
    String.raw`^this (?:article|story|text|piece|page) (?:was|has been) (?:machine[- ]|automatically )?translated\b`,
    // \xed, not a literal í: one non-ASCII character puts the whole tried-everywhere rule in Unicode mode (asciiFlags), ~45% of extraction.
    String.raw`\b(?:suscr(?:i|\xed)bete|suscr(?:i|\xed)base|abonnez-vous|inscrivez-vous|inscreva-se|assine (?:a|nossa))\b`,
    String.raw`\bviews (?:are|expressed are) (?:her|his|their|my|the author's) own\b|\|\s*\d+\s+comments?\s*$`,
    // UN meetings coverage: "The meeting began at 10:05 a.m. and ended at 12:41 p.m."; wire clocks.
    String.raw`^the meeting (?:began|opened|was called to order) at \d{1,2}[:.]\d{2}\b|^\d{1,2}:\d{2}\s*(?:local time|gmt|utc)\b`,
    // Promotion of the outlet itself, whatever the sentence around it.
    String.raw`\b(?:subscribe to our|sign up (?:for|to) our|our (?:daily |weekly )?newsletter|support our journalism|donate today|not a subscriber|terms apply|catch all the latest|download (?:the|our) app)\b`,
  ].join('|'),
  'iu',
);

/** Kinds of line that are boilerplate unless they read as a sentence. */
const SOFT_MARKER = new RegExp(
  [
    String.raw`^(?:related|recommended|trending|most popular|most read|more from|more in|more on this|more stories|top stories|latest news|latest stories|editor'?s picks?|you (?:may|might) also like|don'?t miss|suggested (?:reading|stories|articles)|breaking news|download)\b`,
    // Single words that are links or labels only when they stand alone or before a separator.
    String.raw`^(?:share|tweet|e-?mail|print|comments?|like this|loading|menu|search|log ?in|sign in|register|home|sections?|popular|latest|download|skip to|jump to|back to)(?:\W*$|\s*[:|·•›»/]|\s+(?:this|on|via|article|story|page|post|now|the app|main content|news list|top|the list))`,
    String.raw`^(?:follow (?:us|our)|follow @|subscribe|sign up|newsletter|join (?:us|our)|get the latest|catch (?:all )?the latest|download (?:the|our) app|click here|tap here|turn on notifications|forward this)\b`,
    String.raw`^(?:by|written by|reported by|story by|posted by|words by|interview by|text by|author)\s*:?\s+(?:the\s+)?\p{Lu}`,
    String.raw`^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3}, (?:staff |senior |chief |special |foreign |diplomatic |political |regional )?(?:correspondent|reporter|writer|editor|contributor)\b`,
    String.raw`^(?:date of (?:publication|issue)|issued on|embargoed until|embargo)\b`,
    String.raw`^(?:share|tweet|like|pin|comments?)\s+\d+\b`,
    String.raw`^(?:published|updated|last updated|posted|first published|modified|printed|publication (?:status|date))\b`,
    String.raw`^(?:tags?|tagged|topics?|filed under|categories|category|keywords|related topics|posted in|source|sources|location|date|issued by|contact|language|translations?|direct link|permalink|short link|short url|link|url)\s*:`,
    String.raw`^(?:last (?:modified|edited|reviewed)|translated (?:from|by)|with (?:agency )?inputs? from|with agency inputs|what do you think\?)`,
    String.raw`^(?:watch|video|listen|audio|gallery|follow live)\s*:`,
    String.raw`^from our (?:own )?correspondent\b`,
    String.raw`^(?:\d+\s+){2,}(?:next|last)\b`,
    // A newsletter's greeting: "Good morning. One story this week."
    String.raw`^(?:good (?:morning|afternoon|evening)|hello|hi there|welcome back)\b`,
    // A UN meetings-coverage header: "Security Council 9751st Meeting (PM)", "General Assembly 78th Session".
    String.raw`^[A-Za-z ]{3,60} \d+(?:st|nd|rd|th) (?:meeting|session|plenary meeting)s?(?: \((?:am|pm|am & pm)\))?$`,
    String.raw`^(?:most viewed|trending now|recommended for you|sponsored content|more like this|you may be interested|read next|up next|watch next|latest videos?|in other news|elsewhere)\b`,
    String.raw`\b\d+\s*min(?:ute)?s?\s+read\b|\breading time\b`,
    String.raw`\b(?:subscribe|subscriber|subscription|newsletter|unsubscribe|donate|terms (?:apply|of use)|privacy policy|manage preferences|sign up here)\b`,
    String.raw`\b(?:on our app|download now|live coverage|live updates|live blog)\b`,
    String.raw`\b(?:press releases?|news releases?|press service|newsroom|media note|press office|office of the spokesperson)\b`,
    // Mastheads of the issuing office: "Ministry of Foreign Affairs of ...", "Press and Information Office of ...".
    String.raw`^(?:the\s+)?(?:ministry|department|office|embassy|consulate|permanent mission|mission|press (?:and information )?office|press service|presidential (?:administration|press)|government information|information (?:office|service))\b`,
  ].join('|'),
  'iu',
);

const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:we use|this (?:site|website) uses|accept|consent|privacy policy|manage (?:your )?(?:preferences|settings)|by (?:continuing|using))\b/i;

export const LIST_HEADER = /^(?:read|see|watch)\s+(?:more|also|next)|^also\s+read|^(?:more coverage|more news|latest from|popular now|most shared|most commented|top reads|related|recommended|more (?:from|in|on|stories|like this)|top stories|latest|trending|most (?:read|popular|viewed)|popular|you (?:may|might) (?:also like|be interested)|editor'?s picks?|up next|further reading|also in this section|in case you missed it|what to read next|in other news|elsewhere)/i;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+)?';
/** A line that is only a date (and maybe a time): publication metadata, not the story. */
const DATE_LINE = new RegExp(
  `^${WEEKDAY}(?:\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})(?:,?\\s*(?:[-–|·]\\s*)?(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?$`,
  'i',
);
const TITLE_WORD = String.raw`(?:Secretary|Minister|President|Ambassador|Spokesperson|Spokesman|Spokeswoman|Commissioner|Chancellor|Envoy|Director|Secretary-General|High Representative|Prime Minister|Foreign Minister)`;
/** A transcript's speaker line: "Secretary of State Marco Rubio", "Foreign Minister Penny Wong". */
const SPEAKER_LINE = new RegExp(String.raw`^(?:(?:Deputy|Under|Vice|Assistant|Acting|U\.S\.|US|UN|EU) )*${TITLE_WORD}(?: (?:of|for) (?:the )?(?:State|Defense|Defence|Foreign Affairs|\p{Lu}\p{L}+))? \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){1,3}$`, 'u');
/** A venue line: "Hotel Bayerischer Hof, Munich, Germany", "Bayan Palace, Kuwait City". */
const VENUE_LINE = /^\p{Lu}[\p{L}'’.-]*(?: [\p{Lu}\p{Ll}][\p{L}'’.-]*){0,3}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}){1,3}$/u;

/**
 * Lines that are metadata only in a text's header, above its second paragraph: a
 * transcript's speaker and venue lines. Lower down the same shapes can be content.
 */
export function isHeaderMetadata(line: string): boolean {
  return line.length <= 80 && (SPEAKER_LINE.test(line) || VENUE_LINE.test(line));
}

const SITE_WORD = /\b(?:observer|times|news|post|herald|daily|tribune|gazette|journal|wire|online|voice|monitor|review|ledger|press|chronicle|telegraph|express|standard|guardian|nation|today|insider|report|briefs?|watch|digest|dispatch|bulletin|magazine|media|agency)\b/i;

/**
 * A page's <title> that names only the site: "The Nile Observer - Uganda's Independent Voice",
 * "Gulf Times Online | Regional". Both sides short, one of them the outlet's name.
 */
export function isMasthead(line: string): boolean {
  const parts = line.split(/\s+[|–—-]\s+/);
  if (parts.length < 2 || line.length > 90) return false;
  return parts.every((p) => p.split(/\s+/).length <= 5) && SITE_WORD.test(parts[0]!) && !/[.!?]$/.test(line);
}

/**
 * A page's <title> as a first line: a headline of several words, then the site's name
 * ("Nordic ministers meet on Arctic research | Polar Ledger"). A strip by shape, but the
 * text's headline: the title step drops the site's name.
 */
export function isTitleWithSite(line: string): boolean {
  const parts = line.split(/\s+[|–—]\s+/);
  if (parts.length !== 2 || /^\p{Lu}+:/u.test(line) || isMasthead(line) || DATE_LINE.test(line)) return false;
  const site = parts[1]!.trim();
  return parts[0]!.split(/\s+/).length >= 5 && site.split(/\s+/).length <= 5 && /^(?:\p{Lu}[\p{L}.']*|of|the|and)(?:\s+(?:\p{Lu}[\p{L}.']*|of|the|and))*$/u.test(site);
}

/** A masthead naming a meeting and its date only: "Foreign Affairs Council, 24 February 2025". */
const EVENT_DATE_LINE = new RegExp(
  `^[\\p{L}' -]{3,60}\\b(?:council|summit|meeting|conference|assembly|session|forum|ministerial)s?(?:\\s+\\([^)]{1,30}\\))?,\\s+(?:\\d{1,2}(?:[-–]\\d{1,2})?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:[-–]\\d{1,2})?,?)\\s+\\d{4}$`,
  'iu',
);
/** Separators of navigation crumbs and metadata strips: "Home › World", "Politics | Africa", "Listen · 4 min". */
const SEPARATOR = /\s+[·|›»•>/▸►▶→]\s+|\s+[–—]\s+(?=[\p{Lu}\d])/u;

/** A flash label in capitals opening a ticker line: "BREAKING Leaders arrive ...", not "Breaking the deadlock, ...". */
const FLASH = /^(?:BREAKING|JUST IN|DEVELOPING|LIVE|WATCH|TICKER)\b(?![,])/;

export function isBoilerplate(line: string): boolean {
  if (FLASH.test(line)) return true;
  if (HARD_MARKER_AT_START.test(line) || HARD_MARKER_ANYWHERE.test(line)) return true;
  const sentence = looksLikeSentence(line);
  if (!sentence && (SOFT_MARKER_AT_START.test(line) || SOFT_MARKER_ANYWHERE.test(line))) return true;
  if (COOKIE.test(line) && COOKIE_CONTEXT.test(line)) return true;
  if (/^[\W_]+$/u.test(line)) return true; // rules, bullets and separators
  if (/^[\p{Extended_Pictographic}\uFE0F\s\d,.:kKmM]+$/u.test(line) && /\p{Extended_Pictographic}/u.test(line)) return true; // "❤ 45 💬 12"
  if (DATE_LINE.test(line) || EVENT_DATE_LINE.test(line)) return true;
  if (!sentence && isStrip(line)) return true;
  if (!sentence && isLabel(line)) return true;
  return false;
}

/** A line cut into short pieces by separators, without a sentence's ending. */
function isStrip(line: string): boolean {
  if (/[.!?]["')]?$/.test(line) && !/\b(?:a\.m|p\.m)\.$/i.test(line)) return false;
  const parts = line.split(SEPARATOR).filter((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => p.trim().split(/\s+/).length <= 8);
}

/**
 * A lone label: one to three words without punctuation ("Home", "Opinion", "Goa"), or a
 * short line in capitals ("BISHKEK 2023"). Headlines are longer than that.
 */
function isLabel(line: string): boolean {
  if (/[.!?:;,"]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length <= 3 && line.length <= 40) return true;
  // "Council of the EU", "Ministry of Defence": a short name of the issuing body.
  if (words.length === 4 && line.length <= 24 && /^\p{Lu}\S* (?:of|for) (?:the )?\S+$/u.test(line)) return true;
  return words.length <= 4 && line === line.toUpperCase() && /\p{Lu}/u.test(line);
}

/** A content sentence: closing punctuation and enough words to say something. */
function looksLikeSentence(line: string): boolean {
  return line.length > 50 && /[.!?]["')]?$/.test(line) && line.split(' ').length >= 8;
}

/** An entry of a list of related stories: a short title-like line without closing punctuation. */
export function isHeadline(line: string): boolean {
  const text = line.replace(/^(?:[-*•·–]\s+|\d+[.)]\s+)/, '');
  return text.length <= 160 && !/[.!?:]$/.test(text) && /^[\p{Lu}"'\d]/u.test(text) && text.split(' ').length <= 22;
}

/**
 * The marker lists split into rules anchored at the line's start and rules that may match
 * anywhere: a regular expression that mixes both is tried at every position of every line.
 */
function split(re: RegExp): [RegExp, RegExp] {
  const parts = re.source.split(/\|(?=\^|\\b)/);
  const anchored = parts.filter((p) => p.startsWith('^'));
  const anywhere = parts.filter((p) => !p.startsWith('^'));
  const never = /(?!)/;
  return [anchored.length ? new RegExp(`^(?:${anchored.map((p) => p.slice(1)).join('|')})`, re.flags) : never, anywhere.length ? new RegExp(anywhere.join('|'), asciiFlags(anywhere.join('|'), re.flags)) : never];
}

/**
 * An all-ASCII pattern needs no Unicode mode: with `iu` V8 folds case through Unicode tables
 * at every position tried, ~7x slower on these tried-everywhere rules (a tenth of extraction).
 * The only lines that could tell the difference hold a long s (ſ) or a Kelvin sign (K).
 */
function asciiFlags(source: string, flags: string): string {
  return /^[\x20-\x7e]*$/.test(source) && !/\\[pPuk]/.test(source) ? flags.replace('u', '') : flags;
}

const [HARD_MARKER_AT_START, HARD_MARKER_ANYWHERE] = split(HARD_MARKER);
const [SOFT_MARKER_AT_START, SOFT_MARKER_ANYWHERE] = split(SOFT_MARKER);
