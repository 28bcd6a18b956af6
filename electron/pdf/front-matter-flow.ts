import type { PlanCover } from '../books/layout-plan';
import { paragraphs } from '../books/summary-text';
import { coverFields, type CoverOverflow } from './cover';
import { sectionHeading, type Block, type FlowEvent } from './flow';

export const FRONT_MATTER_ANCHOR = 'front-matter';

const label = (text: string): Block => ({
  kind: 'block',
  tag: 'P',
  style: 'label',
  runs: [{ text: text.toUpperCase(), style: 'label' }],
  spaceBefore: 10,
  spaceAfter: 2,
  keepWithNext: true,
});

/**
 * What did not fit on the cover (a long subtitle, long names, a long purpose), set as the
 * first pages of the flow under "About this book", where it can run over as many pages as it needs.
 */
export function* frontMatterFlow(cover: PlanCover, overflow: CoverOverflow): Generator<FlowEvent> {
  if (!overflow.subtitle && !overflow.fields && !overflow.purpose) return;
  yield { kind: 'open', tag: 'Sect' };
  yield sectionHeading('About this book', FRONT_MATTER_ANCHOR, { keepWithNext: true, spaceAfter: 9 });
  if (overflow.subtitle && cover.subtitle) {
    yield { kind: 'block', tag: 'P', style: 'h2', runs: [{ text: cover.subtitle, style: 'h2' }], spaceAfter: 4 };
  }
  if (overflow.fields) {
    for (const [name, value] of coverFields(cover)) {
      yield label(name);
      yield { kind: 'block', tag: 'P', style: 'body', runs: [{ text: value, style: 'body' }] };
    }
  }
  if (overflow.purpose && cover.purpose) {
    yield label('Purpose');
    let first = true;
    for (const p of paragraphs(cover.purpose)) {
      yield { kind: 'block', tag: 'P', style: 'bodyItalic', runs: [{ text: p, style: 'bodyItalic' }], spaceBefore: first ? 0 : 6 };
      first = false;
    }
  }
  yield { kind: 'close' };
}
