import { describe, expect, it } from 'vitest';
import { integritySummary } from '../../electron/share/read/read-bundle';

describe("a damaged bundle's integrity report", () => {
  it('is one line: the first finding cut at a word, and a count of the rest', () => {
    const findings = [
      '*** in database main ***\nTree 4 page 4 cell 0: invalid page number 1000003\nTree 4 page 4 cell 1: invalid page number 1000004',
      'row 7 missing from index summaries_by_content_hash',
    ];
    expect(integritySummary(findings)).toBe('*** in database main ***, and 3 more findings');
    const long = `Tree 4 page 4 cell 0: ${'invalid page number 1000003 '.repeat(10)}`;
    const summary = integritySummary([long]);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary).not.toMatch(/\n/);
    expect(summary.length).toBeLessThanOrEqual(121);
    expect(summary.slice(0, -1)).toMatch(/(page|number|1000003)$/);
  });
});
