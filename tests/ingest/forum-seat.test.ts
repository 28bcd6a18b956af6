import { describe, expect, it } from 'vitest';
import { extract } from '../../electron/ingest/extract/extract';

/** #13: a UN organ's meeting report with no venue is placed at the organ's seat, not at its subject. */
describe('the seat of a UN organ', () => {
  it('places a Security Council briefing on Sudan in New York, not in El Fasher', () => {
    const text = [
      'Security Council hears warnings on El Fasher',
      'The Security Council today heard briefers warn of an imminent assault on El Fasher, as famine spreads across Sudan.',
      'Members of the Security Council called on the parties to protect civilians in El Fasher and to allow humanitarian access.',
    ].join('\n');
    const e = extract(text, {});
    expect(e.primaryForum).toMatch(/Security Council/);
    expect(e.location).toEqual({ city: 'New York', country: 'United States' });
    expect(e.locationInfo?.note).toMatch(/^the seat of the .*Security Council/);
  });

  it('keeps a place named with the meeting (the Council meeting away from its seat)', () => {
    const text = [
      'Security Council meets in Addis Ababa',
      'The Security Council met in Addis Ababa on 10 October 2024 with the African Union Peace and Security Council.',
      'Members discussed Sudan and Somalia.',
    ].join('\n');
    expect(extract(text, {}).location?.city).toBe('Addis Ababa');
  });
});
