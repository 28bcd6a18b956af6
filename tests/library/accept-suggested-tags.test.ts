import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSummary, getSummary } from '../../electron/library/summaries';
import { acceptSuggestedTags, decideTag } from '../../electron/library/tags';
import type { Library } from '../../electron/library/open-library';
import { tempLibrary } from '../helpers/temp-library';

let lib: Library;
let cleanup: () => void;
beforeEach(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
});
afterEach(() => cleanup());

const statuses = (id: string) => Object.fromEntries(getSummary(lib.db, id).tags.map((t) => [t.name, t.status]));

describe('accepting all suggested tags', () => {
  it('accepts every suggestion of that summary only, leaving rejected and user tags as they were', () => {
    const { id } = addSummary(lib.db, {
      title: 'T',
      body: 'Lavrov met Wang Yi at the East Asia Summit.',
      tags: [
        { kind: 'forum', name: 'East Asia Summit', confidence: 0.9 },
        { kind: 'actor', name: 'Sergey Lavrov', actorType: 'person', confidence: 0.7 },
        { kind: 'actor', name: 'Wang Yi', actorType: 'person', confidence: 0.6 },
        { kind: 'theme', name: 'Trade', source: 'user' },
      ],
    });
    const other = addSummary(lib.db, { title: 'U', body: 'The G20 met.', tags: [{ kind: 'forum', name: 'G20' }] }).id;
    const wang = getSummary(lib.db, id).tags.find((t) => t.name === 'Wang Yi')!;
    decideTag(lib.db, id, wang.entityId, 'rejected');

    expect(acceptSuggestedTags(lib.db, id)).toBe(2);
    expect(statuses(id)).toEqual({ 'East Asia Summit': 'accepted', 'Sergey Lavrov': 'accepted', 'Wang Yi': 'rejected', Trade: 'accepted' });
    expect(statuses(other)).toEqual({ G20: 'suggested' });
    expect(acceptSuggestedTags(lib.db, id)).toBe(0);
  });
});
