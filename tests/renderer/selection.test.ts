import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, extendTo, isSelected, selectAll, selectionSize, selectOnly, toggle } from '../../renderer/src/library/selection';

describe('result list selection', () => {
  it('click selects one row and sets the anchor', () => {
    const s = selectOnly(4);
    expect([...s.indices]).toEqual([4]);
    expect(s.anchor).toBe(4);
    expect(selectionSize(s, 100)).toBe(1);
  });

  it('Shift extends from the anchor in either direction, keeping the anchor', () => {
    const down = extendTo(selectOnly(3), 6);
    expect([...down.indices].sort((a, b) => a - b)).toEqual([3, 4, 5, 6]);
    const up = extendTo(down, 1);
    expect([...up.indices].sort((a, b) => a - b)).toEqual([1, 2, 3]);
    expect(up.anchor).toBe(3);
  });

  it('Ctrl toggles a row and moves the anchor there', () => {
    const s = toggle(toggle(selectOnly(2), 5, 10), 2, 10);
    expect([...s.indices]).toEqual([5]);
    expect(s.anchor).toBe(2);
  });

  it('Ctrl+A selects every result without listing them; toggling one out lists the rest', () => {
    const all = selectAll();
    expect(isSelected(all, 99_999)).toBe(true);
    expect(selectionSize(all, 100_000)).toBe(100_000);
    const allButOne = toggle(all, 1, 4);
    expect([...allButOne.indices].sort()).toEqual([0, 2, 3]);
    expect(allButOne.all).toBe(false);
  });

  it('starts empty', () => {
    expect(selectionSize(EMPTY_SELECTION, 10)).toBe(0);
    expect(isSelected(EMPTY_SELECTION, 0)).toBe(false);
  });
});
