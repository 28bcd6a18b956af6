import { AppError } from '../errors';
import type { DatePrecision } from './types';

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateRange {
  precision: DatePrecision;
  start: string;
  end: string;
}

/** "2024" -> the whole year; "2024-07" -> July; "2024-07-27" -> that day. */
export function dateRange(isoDate: string): DateRange {
  const m = DATE_RE.exec(isoDate);
  if (!m) throw new AppError('INVALID_REQUEST', `"${isoDate}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`);
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { precision: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
  const month = Number(mo);
  if (month < 1 || month > 12) throw new AppError('INVALID_REQUEST', `"${isoDate}" has no month ${mo}.`);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d === undefined) return { precision: 'month', start: `${y}-${mo}-01`, end: `${y}-${mo}-${String(lastDay).padStart(2, '0')}` };
  const day = Number(d);
  if (day < 1 || day > lastDay) throw new AppError('INVALID_REQUEST', `"${isoDate}" is not a day of that month.`);
  return { precision: 'day', start: isoDate, end: isoDate };
}

/** True when `value` is a real day, month or year (2024-02-30 is not; common/primitives isIsoDate checks only the shape). */
export function isCalendarDate(value: string): boolean {
  try {
    dateRange(value);
    return true;
  } catch {
    return false;
  }
}
