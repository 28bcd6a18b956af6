import { AlignmentType, BorderStyle, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * The Word document's named styles. Every paragraph and run refers to one of these (or to
 * Word's own Heading 1-3, TOC and Hyperlink styles) and carries no direct formatting, so a
 * ministry's template restyles the whole brief by redefining them. Fonts are named, not
 * embedded: Word substitutes its own when Noto is not installed.
 */
export const STYLE = {
  coverTitle: 'BriefingCoverTitle',
  coverSubtitle: 'BriefingCoverSubtitle',
  coverLine: 'BriefingCoverLine',
  marking: 'BriefingMarking',
  caveat: 'BriefingCaveat',
  purpose: 'BriefingPurpose',
  label: 'BriefingLabel',
  meta: 'BriefingMeta',
  body: 'BriefingBody',
  note: 'BriefingNote',
  xref: 'BriefingCrossReference',
  source: 'BriefingSource',
  indexLetter: 'BriefingIndexLetter',
  indexEntry: 'BriefingIndexEntry',
  footer: 'BriefingFooter',
  keyPointText: 'BriefingKeyPointText',
  listItem: 'BriefingListItem',
  notesLabel: 'BriefingNotesLabel',
  notesText: 'BriefingNotesText',
  notesListItem: 'BriefingNotesListItem',
  tableText: 'BriefingTableText',
  tableHead: 'BriefingTableHead',
} as const;

export const BULLETS = 'briefing-bullets';

const SERIF = 'Noto Serif';
const SANS = 'Noto Sans';

const para = (id: string, name: string, run: object, paragraph: object = {}, basedOn = 'Normal') => ({
  id, name, basedOn, next: 'Normal', quickFormat: true, run, paragraph,
});

const NOTES_BAR = { border: { left: { style: BorderStyle.SINGLE, size: 18, color: '1F3A5F', space: 10 } }, indent: { left: 240 } };

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: SERIF, size: 21 }, paragraph: { spacing: { after: 80, line: 276 } } },
    heading1: { run: { font: SANS, size: 32, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { run: { font: SANS, size: 26, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
    heading3: { run: { font: SERIF, size: 23, bold: true }, paragraph: { spacing: { before: 240, after: 60 }, keepNext: true } },
    hyperlink: { run: { color: '1F5FBF', underline: {} } },
  },
  paragraphStyles: [
    para(STYLE.coverTitle, 'Briefing Cover Title', { font: SANS, size: 52, bold: true, color: '1F3A5F' }, { spacing: { before: 1800, after: 240 } }),
    para(STYLE.coverSubtitle, 'Briefing Cover Subtitle', { font: SANS, size: 30, color: '3A4A5F' }, { spacing: { after: 480 } }),
    para(STYLE.coverLine, 'Briefing Cover Line', { font: SANS, size: 22 }, { spacing: { after: 60 } }),
    para(STYLE.marking, 'Briefing Marking', { font: SANS, size: 18, bold: true, color: '8B0000', allCaps: true }, { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
    para(STYLE.caveat, 'Briefing Caveat', { font: SANS, size: 18, color: '8B0000' }, { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    para(STYLE.purpose, 'Briefing Purpose', { font: SERIF, size: 22 }, { spacing: { before: 120, after: 120 } }),
    para(STYLE.label, 'Briefing Label', { font: SANS, size: 16, bold: true, allCaps: true, color: '545C6B' }, { spacing: { before: 140, after: 20 }, keepNext: true }),
    para(STYLE.meta, 'Briefing Meta', { font: SANS, size: 18, color: '545C6B' }, { spacing: { after: 40 }, keepNext: true }),
    para(STYLE.body, 'Briefing Body', { font: SERIF, size: 21 }, { spacing: { after: 100 } }),
    para(STYLE.note, 'Briefing Note', { font: SERIF, size: 21, italics: true }, { spacing: { after: 80 } }),
    para(STYLE.xref, 'Briefing Cross-reference', { font: SERIF, size: 20 }, { spacing: { after: 40 }, indent: { left: 360 } }),
    para(STYLE.source, 'Briefing Source', { font: SANS, size: 17, color: '545C6B' }, { spacing: { before: 80, after: 80 } }),
    para(STYLE.indexLetter, 'Briefing Index Letter', { font: SANS, size: 22, bold: true }, { spacing: { before: 160, after: 40 }, keepNext: true }),
    para(STYLE.indexEntry, 'Briefing Index Entry', { font: SERIF, size: 19 }, { spacing: { after: 20 }, indent: { left: 360, hanging: 360 } }),
    para(STYLE.footer, 'Briefing Footer', { font: SANS, size: 16, color: '545C6B' }, { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
    para(STYLE.listItem, 'Briefing List Item', { font: SERIF, size: 21 }, { spacing: { after: 40 } }),
    // Briefing notes: set off by a bar on the left, as in the PDF.
    para(STYLE.notesLabel, 'Briefing Notes Label', { font: SANS, size: 16, bold: true, allCaps: true, color: '1F3A5F' }, { spacing: { before: 120, after: 20 }, keepNext: true, ...NOTES_BAR }),
    para(STYLE.notesText, 'Briefing Notes Text', { font: SERIF, size: 21 }, { spacing: { after: 60 }, ...NOTES_BAR }),
    para(STYLE.notesListItem, 'Briefing Notes List Item', { font: SERIF, size: 21 }, { spacing: { after: 40 }, border: NOTES_BAR.border }),
    para(STYLE.tableText, 'Briefing Table Text', { font: SANS, size: 18 }, { spacing: { before: 40, after: 40 } }),
    para(STYLE.tableHead, 'Briefing Table Head', { font: SANS, size: 16, bold: true, color: '1F3A5F' }, { spacing: { before: 40, after: 40 } }),
  ],
  characterStyles: [
    // A key point inside the body: the sentence printed once, marked where it stands (as in the PDF).
    { id: STYLE.keyPointText, name: 'Briefing Key Point Text', basedOn: 'DefaultParagraphFont', run: { bold: true } },
  ],
};

export const DOCX_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }],
    },
  ],
};

/** Page sizes in twentieths of a point. */
export const PAGE_SIZE = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const;
