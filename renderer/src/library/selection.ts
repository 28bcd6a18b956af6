/**
 * Multi-selection over a virtual list of result positions. Indices, not ids, because most
 * rows of a 100,000-hit result are never loaded; `all` stands for the whole result set.
 */
export interface Selection {
  all: boolean;
  indices: ReadonlySet<number>;
  /** Where a Shift-extended range starts. */
  anchor: number;
}

export const EMPTY_SELECTION: Selection = { all: false, indices: new Set(), anchor: 0 };

export function isSelected(selection: Selection, index: number): boolean {
  return selection.all || selection.indices.has(index);
}

export function selectionSize(selection: Selection, total: number): number {
  return selection.all ? total : selection.indices.size;
}

export function selectOnly(index: number): Selection {
  return { all: false, indices: new Set([index]), anchor: index };
}

export function toggle(selection: Selection, index: number, total: number): Selection {
  const indices = new Set(selection.all ? Array.from({ length: total }, (_, i) => i) : selection.indices);
  if (indices.has(index)) indices.delete(index);
  else indices.add(index);
  return { all: false, indices, anchor: index };
}

/** Shift-click / Shift-arrow: the range from the anchor to `index`, keeping the anchor. */
export function extendTo(selection: Selection, index: number): Selection {
  const [from, to] = selection.anchor <= index ? [selection.anchor, index] : [index, selection.anchor];
  const indices = new Set<number>();
  for (let i = from; i <= to; i++) indices.add(i);
  return { all: false, indices, anchor: selection.anchor };
}

export function selectAll(): Selection {
  return { all: true, indices: new Set(), anchor: 0 };
}

/** A plain click or arrow key: the cursor (and where a Shift range starts) moves; the selection stays. */
export function moveAnchor(selection: Selection, index: number): Selection {
  return { ...selection, anchor: index };
}
