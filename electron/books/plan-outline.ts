import type { LayoutPlan, PlanSection } from './layout-plan';

/** One summary as the builder lists it under a group. */
export interface OutlineItem {
  id: string;
  title: string;
  meetingDate: string | null;
  /** 'full': printed here; 'xref': printed under an earlier group, listed here as "see p. N". */
  kind: 'full' | 'xref';
}

export interface OutlineSection {
  title: string;
  level: 1 | 2;
  other: boolean;
  items: OutlineItem[];
  subsections: OutlineSection[];
}

/**
 * The book's groups and items exactly as the PDF prints them, without the text: what the
 * builder shows so the user sees the printed order before rendering a single page.
 */
export function outlineOfPlan(plan: LayoutPlan): OutlineSection[] {
  const convert = (section: PlanSection): OutlineSection => ({
    title: section.title,
    level: section.level,
    other: section.other,
    items: section.items.map((item) => ({ id: item.entry.id, title: item.entry.title, meetingDate: item.entry.meetingDate, kind: item.kind })),
    subsections: section.subsections.map(convert),
  });
  // "See also" headings follow the sections, as in the PDF: their summaries, all printed elsewhere.
  const seeAlso = plan.seeAlso.map((entry) => convert({ anchor: '', title: entry.title, level: 1, other: false, items: entry.items, subsections: [] }));
  return [...plan.sections.map(convert), ...seeAlso];
}
