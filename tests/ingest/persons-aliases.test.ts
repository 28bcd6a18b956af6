import { describe, expect, it } from 'vitest';
import { extract } from '../../electron/ingest/extract/extract';

/**
 * People and organisations on invented inputs of each failure kind of issue 13: fragments that
 * are not people, one person under several spellings or scripts, organisations found by shape
 * or from the list of armed groups, agencies and companies.
 */
const people = (text: string) => extract(text).actors.filter((a) => a.type === 'person').map((a) => a.name);
const orgs = (text: string) => extract(text).actors.filter((a) => a.type === 'organization').map((a) => a.name);

describe('people', () => {
  it('keeps a name glued by an apostrophe whole ("Hu\'akavameiliku")', () => {
    const names = people("Talks in Nuku'alofa\nTongan Prime Minister Hu'akavameiliku Siaosi Sovaleni said the region's security must stay in Pacific hands.");
    expect(names).toContain("Hu'akavameiliku Siaosi Sovaleni");
    expect(names).not.toContain('Hu');
  });

  it('does not take a capitalised headline verb or the words of a name of a thing for a person', () => {
    const names = people(
      'President Ilham Aliyev Chairs Security Council Session\nThe director of the Office for Democratic Institutions and Human Rights, Matteo Mecacci, said the Interim Government had invited observers. Director Human Rights praised it.',
    );
    expect(names).toContain('Ilham Aliyev');
    expect(names).not.toContain('Ilham Aliyev Chairs');
    for (const bad of ['Democratic Institutions', 'Human Rights', 'Interim Government']) expect(names).not.toContain(bad);
  });

  it('joins a name with particles or a title inside it ("Hassan Sheikh Mohamud")', () => {
    const names = people('Summit in Mogadishu\nSomali President Hassan Sheikh Mohamud said the talks were useful. Mohamud later left for Djibouti.');
    expect(names).toEqual(['Hassan Sheikh Mohamud']);
  });

  it('files one person under al-/El- spellings, nicknames, suffixes and a surname alone', () => {
    const sisi = people('Talks in Cairo\nEgyptian President Abdel Fattah al-Sisi received the delegation. President El-Sisi said Egypt wanted calm.');
    expect(sisi).toHaveLength(1);
    const biden = people('Talks in Washington\nPresident Joseph R. Biden Jr. hosted the leaders. Joe Biden said the alliance was strong. Biden later left.');
    expect(biden).toHaveLength(1);
    const tokayev = people('Talks in Astana\nPresident Kassym-Jomart Tokayev opened the summit. Tokayev said the region needed water. President Tokayev left.');
    expect(tokayev).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('makes a name in its own script an alias of the Latin one, not a second person', () => {
    const e = extract('Talks in Moscow\nRussian Foreign Minister Sergey Lavrov (Сергей Лавров) met his counterpart. Lavrov said the talks were useful.');
    const persons = e.actors.filter((a) => a.type === 'person');
    expect(persons.map((p) => p.name)).toEqual(['Sergey Lavrov']);
    expect(persons[0]!.evidence.map(([a, b]) => e.body.slice(a, b))).toContain('Сергей Лавров');
  });
});

describe('organisations', () => {
  it('finds armed groups, agencies and companies from the list, never as forums', () => {
    const e = extract(
      'Summit in Addis Ababa\nLeaders at the African Union summit urged the Sudanese Armed Forces and the Rapid Support Forces to agree a truce, condemned the Wagner Group, and heard that M23 rebels held Goma. Rosatom and Huawei signed deals, and Hamas was discussed.',
    );
    const names = e.actors.filter((a) => a.type === 'organization').map((a) => a.name);
    for (const n of ['Sudanese Armed Forces', 'Rapid Support Forces', 'Wagner Group', 'M23', 'Rosatom', 'Huawei', 'Hamas']) expect(names).toContain(n);
    expect(e.forums.map((f) => f.name)).toEqual(['African Union']);
  });

  it('finds organisations by their shape', () => {
    const names = orgs('Talks in Seoul\nThe Ministry of Foreign Affairs of the Republic of Korea said the Office for Strategic Planning and the Council of Ministers had approved the plan.');
    expect(names).toContain('Ministry of Foreign Affairs of the Republic of Korea');
    expect(names).toContain('Office for Strategic Planning');
  });
});
