import { describe, expect, it } from 'vitest';
import { buildActorIndex, personName } from '../../electron/books/actor-index';
import type { BookActor, BookEntry } from '../../electron/books/book-types';

function entry(id: string, actorDetails: BookActor[]): BookEntry {
  return {
    id, title: id, meetingDate: null, city: null, country: null, sourceName: null, sourceUrl: null, publishedDate: null, sourceAuthor: null,
    body: '', keyPoints: [], notes: '', language: 'en', primaryForum: null, forums: [], themes: [],
    actors: actorDetails.map((a) => a.name), actorDetails,
  };
}
const person = (name: string, aliases: string[] = []): BookActor => ({ name, type: 'person', aliases });

describe('the actor index', () => {
  it('files people by surname, with particles, family-first names and suffixes', () => {
    expect(personName('Sergey Lavrov').display).toBe('Lavrov, Sergey');
    expect(personName('Ursula von der Leyen')).toMatchObject({ display: 'von der Leyen, Ursula' });
    expect(personName('Ursula von der Leyen').sortKey.startsWith('Leyen')).toBe(true);
    expect(personName('Mohammed Shia al-Sudani').sortKey.startsWith('Sudani')).toBe(true);
    expect(personName('Wang Yi').display).toBe('Wang Yi');
    expect(personName('Yoon Suk Yeol').display).toBe('Yoon Suk Yeol');
    expect(personName('Ferdinand Marcos Jr').display).toBe('Marcos, Ferdinand, Jr');
    expect(personName('Jaishankar').display).toBe('Jaishankar');
  });

  it('keeps people, countries and organisations apart; one entry per actor with the other spellings used folded in', () => {
    const index = buildActorIndex(
      [
        entry('a', [person('Sergey Lavrov', ['Sergei Lavrov']), { name: 'Laos', type: 'country', aliases: [] }, { name: 'ASEAN', type: 'organization', aliases: [] }]),
        entry('b', [person('Sergei Lavrov'), person('Antony Blinken')]),
      ],
      (e) => `summary:${e.id}`,
    );
    expect(index.map((g) => g.title)).toEqual(['People', 'Countries', 'Organisations']);
    const people = index[0]!.entries;
    expect(people.map((p) => p.display)).toEqual(['Blinken, Antony', 'Lavrov, Sergey']);
    expect(people[1]).toMatchObject({ aliases: ['Sergei Lavrov'], anchors: ['summary:a', 'summary:b'] });
  });

  it('gives each script its own letters, after the Latin ones: a Greek Κ and a Cyrillic С are not K and C', () => {
    const index = buildActorIndex(
      [entry('a', [person('Κυριάκος Μητσοτάκης'), person('Сергей Рябков'), person('Helen Clark'), person('Þórdís Kolbrún Gylfadóttir'), person('Kaja Kallas')])],
      (e) => e.id,
    );
    const headings = index[0]!.entries.map((e) => `${e.heading}:${e.display}`);
    expect(headings).toEqual([
      'C:Clark, Helen',
      'G:Gylfadóttir, Þórdís Kolbrún',
      'K:Kallas, Kaja',
      'Μ:Μητσοτάκης, Κυριάκος',
      'Р:Рябков, Сергей',
    ]);
  });
});
