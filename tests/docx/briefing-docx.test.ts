import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/docx/render-docx';
import { buildLayoutPlan } from '../../electron/books/layout-plan';
import { settings } from '../pdf/book-fixture';
import { syntheticEntries } from '../pdf/synthetic-entries';

const PROGRAMME = Array.from({ length: 6 }, (_, i) => ({ time: `1${i}:00`, item: `Agenda item ${i + 1}`, participants: `Delegation ${i + 1}`, press: i % 2 ? 'OPEN PRESS' : 'CLOSED PRESS' }));

describe('briefing notes and front matter in Word', () => {
  it('prints the overview before the contents with the programme as a Word table, and notes under their heading', async () => {
    const entries = syntheticEntries(4, 3);
    const notes = new Map([[entries[1]!.id, { whyItMatters: 'It **matters**.', ourObjectives: '', theirObjectives: '', pointsToMake: '- First point', ifPressed: '' }]]);
    const front = { purpose: 'Prepare the Minister.', objectives: '', keyMessages: '', participants: 'The Minister', programme: PROGRAMME };
    const plan = buildLayoutPlan(settings(), entries, { notes, front });
    const xml = strFromU8(unzipSync(new Uint8Array(await renderDocx(plan, { reproducible: true })))['word/document.xml']!);
    const text = (from: number, to = xml.length) => xml.slice(from, to).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const overview = xml.indexOf('>Overview<');
    const contents = xml.indexOf('>Contents<');
    expect(overview).toBeGreaterThan(0);
    expect(contents).toBeGreaterThan(overview);
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(table.match(/<w:tr>/g)).toHaveLength(7);
    expect(table).toContain('<w:tblHeader/>');
    expect(text(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'))).toContain('Time Item Participants Press 10:00 Agenda item 1 Delegation 1 CLOSED PRESS');
    // The notes come right under the item's own heading (the last heading before them), before its text.
    const label = xml.indexOf('>Why it matters<');
    const heading = xml.lastIndexOf('<w:pStyle w:val="Heading', label);
    expect(text(heading, label)).toContain(entries[1]!.title);
    expect(text(heading, label)).not.toMatch(/Key points/i);
    expect(text(label, label + 2000)).toMatch(/Why it matters It matters \. Points to make First point/);
    expect(xml).toContain('<w:pStyle w:val="BriefingNotesText"/>');
  });
});
