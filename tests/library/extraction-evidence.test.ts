import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../electron/library/open-library';
import { addSummary, getSummary, updateSummary } from '../../electron/library/summaries';
import { removeTag, replaceExtractedTags, setPrimaryForum } from '../../electron/library/tags';
import type { SummaryInput } from '../../electron/library/types';
import { tempLibrary } from '../helpers/temp-library';

let lib: Library;
let cleanup: () => void;
beforeEach(async () => {
  ({ library: lib, cleanup } = await tempLibrary());
});
afterEach(() => cleanup());

const DATE_WHY = { confidence: 0.9, evidence: [[0, 16]] as Array<[number, number]>, note: "dateline 'ASTANA, Oct 13'; Thursday agrees" };
const PLACE_WHY = { confidence: 0.8, evidence: [[0, 6]] as Array<[number, number]>, note: 'dateline city' };
const INPUT: SummaryInput = {
  title: 'CSTO summit — Astana, 13 October 2022',
  titleGenerated: true,
  meetingDate: '2022-10-13',
  dateEvidence: DATE_WHY,
  city: 'Astana',
  country: 'Kazakhstan',
  placeEvidence: PLACE_WHY,
  sourceName: 'Example Wire',
  sourceUrl: 'https://wire.example.org/csto',
  sourceAuthor: 'A. Reporter',
  publishedDate: '2022-10-14',
  sourceFile: 'csto.html',
  body: 'ASTANA, Oct 13 - Leaders of the CSTO met on Thursday.',
  tags: [
    { kind: 'forum', name: 'Collective Security Treaty Organization', confidence: 0.9, isPrimary: true },
    { kind: 'forum', name: 'Commonwealth of Independent States', confidence: 0.7 },
  ],
};

function forums(id: string) {
  return getSummary(lib.db, id).tags.filter((t) => t.kind === 'forum').map((t) => ({ name: t.name, primary: t.isPrimary }));
}

describe('extraction evidence and primary forum in the library', () => {
  it('stores source details, evidence and the generated-title flag as given', () => {
    const { id } = addSummary(lib.db, INPUT);
    const s = getSummary(lib.db, id);
    expect(s).toMatchObject({
      sourceAuthor: 'A. Reporter', publishedDate: '2022-10-14', sourceFile: 'csto.html', titleGenerated: true,
      dateEvidence: DATE_WHY, placeEvidence: PLACE_WHY,
    });
    expect(forums(id)).toEqual([
      { name: 'Collective Security Treaty Organization', primary: true },
      { name: 'Commonwealth of Independent States', primary: false },
    ]);
  });

  it('keeps evidence while an edit leaves the value, and drops it once the user changes it', () => {
    const { id } = addSummary(lib.db, INPUT);
    const edit = { title: INPUT.title, meetingDate: INPUT.meetingDate, city: 'Astana', country: 'Kazakhstan', body: INPUT.body };
    expect(updateSummary(lib.db, id, edit)).toMatchObject({
      dateEvidence: DATE_WHY, placeEvidence: PLACE_WHY, titleGenerated: true, sourceAuthor: 'A. Reporter', publishedDate: '2022-10-14',
    });
    expect(updateSummary(lib.db, id, { ...edit, title: 'CSTO leaders meet', meetingDate: '2022-10-14', city: 'Almaty' })).toMatchObject({
      dateEvidence: null, placeEvidence: null, titleGenerated: false, sourceFile: 'csto.html',
    });
  });

  it('refuses a malformed publication day instead of storing it', () => {
    const { id } = addSummary(lib.db, { ...INPUT, publishedDate: '14/10/2022' });
    expect(getSummary(lib.db, id).publishedDate).toBeNull();
  });

  it("lets the user choose the primary forum; re-extraction and removal respect that choice", () => {
    const { id } = addSummary(lib.db, INPUT);
    const cis = getSummary(lib.db, id).tags.find((t) => t.name === 'Commonwealth of Independent States')!;
    setPrimaryForum(lib.db, id, cis.entityId);
    expect(forums(id)).toEqual([
      { name: 'Commonwealth of Independent States', primary: true },
      { name: 'Collective Security Treaty Organization', primary: false },
    ]);
    // Re-extraction proposes the CSTO again as primary: the user's choice stands.
    replaceExtractedTags(lib.db, id, INPUT.tags!);
    expect(forums(id).filter((f) => f.primary)).toEqual([{ name: 'Commonwealth of Independent States', primary: true }]);
    // A removed forum cannot stay primary, and cannot be made primary again until re-added.
    removeTag(lib.db, id, cis.entityId);
    expect(getSummary(lib.db, id).tags.some((t) => t.isPrimary)).toBe(false);
    expect(() => setPrimaryForum(lib.db, id, cis.entityId)).toThrow(/removed from this summary/);
    const actor = addSummary(lib.db, { title: 'Other', body: 'Other text.', tags: [{ kind: 'actor', name: 'Kazakhstan', actorType: 'country' }] });
    const kz = getSummary(lib.db, actor.id).tags[0]!;
    expect(() => setPrimaryForum(lib.db, actor.id, kz.entityId)).toThrow(/not tagged on this summary/);
  });
});
