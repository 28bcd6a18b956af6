import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/ingest/import-service';
import { NameResolver } from '../../electron/ingest/write/resolve-names';
import { getEntity } from '../../electron/library/entities';
import { getSummary } from '../../electron/library/summaries';
import { tempLibrary } from '../helpers/temp-library';

describe('a name in its own script after the Latin one', () => {
  let t: Awaited<ReturnType<typeof tempLibrary>>;
  beforeEach(async () => {
    t = await tempLibrary();
  });
  afterEach(() => t.cleanup());

  it('becomes an alias of that person, so a text naming only it finds the same entity', async () => {
    writeFileSync(join(t.dir, 'a.txt'), 'Lavrov in Pyongyang\nRussian Foreign Minister Sergey Lavrov (Сергей Лавров) held talks with North Korean Foreign Minister Choe Son Hui (최선희) in Pyongyang on 10 July 2024. Lavrov said the talks were useful.\n');
    const first = await importPaths(t.library, [join(t.dir, 'a.txt')], { workers: false });
    const a = getSummary(t.library.db, first.results[0]!.summaryId!);
    const lavrov = a.tags.find((x) => x.name === 'Sergey Lavrov')!;
    expect(a.tags.filter((x) => x.actorType === 'person').map((x) => x.name).sort()).toEqual(['Choe Son Hui', 'Sergey Lavrov']);
    expect(getEntity(t.library.db, lavrov.entityId).aliases).toContain('Сергей Лавров');
    const choe = a.tags.find((x) => x.name === 'Choe Son Hui')!;
    expect(getEntity(t.library.db, choe.entityId).aliases).toContain('최선희');
    // A later text naming him only in Cyrillic resolves to the same entity.
    expect(new NameResolver(t.library.db).resolve('actor', 'Сергей Лавров', 'person')).toBe('Sergey Lavrov');
  });
});
