import type { DatePrecision } from '../../electron/ipc/contracts/library';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "27 July 2024", "July 2024" or "2024", as precise as the meeting date is known. */
export function formatMeetingDate(date: string | null, precision?: DatePrecision | null): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (precision === 'year' || !month) return y ?? date;
  if (precision === 'month' || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export function formatPlace(city: string | null | undefined, country: string | null | undefined): string {
  return [city, country].filter(Boolean).join(', ');
}

// One formatter for every count: Number#toLocaleString builds a new Intl.NumberFormat per
// call (tens of microseconds), which the 300 facet options of the filter panel paid on every render.
const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

export function formatCount(n: number): string {
  return COUNT_FORMAT.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A title short enough for a one-line message: cut at a word near `max` characters, with an ellipsis. */
export function shortTitle(title: string, max = 60): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Case- and accent-insensitive form for matching what a person types against names. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đð]/g, 'd')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .trim();
}
