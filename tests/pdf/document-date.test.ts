import { describe, expect, it } from 'vitest';
import { documentDate } from '../../electron/pdf/render-book';

describe('documentDate', () => {
  it('uses the clock unless reproducible output is asked for', () => {
    const before = Date.now();
    const { date, reproducible } = documentDate({}, {});
    expect(reproducible).toBe(false);
    expect(date.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('takes SOURCE_DATE_EPOCH when set (which alone turns reproducible mode on)', () => {
    expect(documentDate({}, { SOURCE_DATE_EPOCH: '1722038400' })).toEqual({ date: new Date('2024-07-27T00:00:00Z'), reproducible: true });
    expect(documentDate({ sourceDateEpoch: 0 }, { SOURCE_DATE_EPOCH: '1722038400' }).date.getTime()).toBe(0);
  });

  it('falls back to a fixed date with --reproducible, and ignores a malformed SOURCE_DATE_EPOCH', () => {
    expect(documentDate({ reproducible: true }, {}).date.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(documentDate({}, { SOURCE_DATE_EPOCH: 'yesterday' }).reproducible).toBe(false);
  });
});
