import { describe, expect, it } from 'vitest';
import { groupOrderWith, moveBeside, moveInList, moveStep } from '../../renderer/src/books/reorder';

describe('moveBeside', () => {
  it('puts an item before or after its target', () => {
    expect(moveBeside(['a', 'b', 'c', 'd'], 'a', 'c', false)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveBeside(['a', 'b', 'c', 'd'], 'a', 'c', true)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveBeside(['a', 'b', 'c', 'd'], 'd', 'a', false)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('leaves the order alone for itself or an unknown target', () => {
    expect(moveBeside(['a', 'b'], 'a', 'a', true)).toEqual(['a', 'b']);
    expect(moveBeside(['a', 'b'], 'a', 'zz', true)).toEqual(['a', 'b']);
  });
});

describe('moveStep', () => {
  // The book order is a..e; a group prints only c, a, e (in that order).
  const order = ['a', 'b', 'c', 'd', 'e'];
  const shown = ['c', 'a', 'e'];

  it('moves past the neighbour in the group, not in the whole book', () => {
    expect(moveStep(order, shown, 'c', 1)).toEqual(['a', 'c', 'b', 'd', 'e']);
    expect(moveStep(order, shown, 'e', -1)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('refuses to move past the ends of the group', () => {
    expect(moveStep(order, shown, 'c', -1)).toBeNull();
    expect(moveStep(order, shown, 'e', 1)).toBeNull();
  });

  it('skips shown ids that are not items of the book (found by its live search)', () => {
    expect(moveStep(['a', 'b'], ['a', 'live', 'b'], 'a', 1)).toEqual(['b', 'a']);
  });

  it('keeps every id exactly once', () => {
    const next = moveStep(order, ['a', 'b', 'c', 'd', 'e'], 'b', 1)!;
    expect([...next].sort()).toEqual([...order].sort());
    expect(next).toEqual(['a', 'c', 'b', 'd', 'e']);
  });
});

describe('group order', () => {
  it('moves a name within its siblings', () => {
    expect(moveInList(['G20', 'G7', 'BRICS'], 0, 2)).toEqual(['G7', 'BRICS', 'G20']);
    expect(moveInList(['G20', 'G7', 'BRICS'], 2, 0)).toEqual(['BRICS', 'G20', 'G7']);
    expect(moveInList(['G20', 'G7'], 1, 9)).toEqual(['G20', 'G7']);
  });

  it('fills the siblings into their slots of the full printed order', () => {
    // Forums G7, G20 with themes Energy, Trade under them: swap the two themes only.
    const all = ['G7', 'G20', 'Energy', 'Trade'];
    expect(groupOrderWith(all, ['Trade', 'Energy'])).toEqual(['G7', 'G20', 'Trade', 'Energy']);
    expect(groupOrderWith(all, ['G20', 'G7'])).toEqual(['G20', 'G7', 'Energy', 'Trade']);
  });
});
