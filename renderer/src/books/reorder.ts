/**
 * Pure helpers for arranging a book by hand. Items: the book's manual order is one list of
 * every chosen summary; moving an item within its printed group moves it next to its
 * neighbour there. Groups: the manual group order is one ranked list of group names.
 */

/** Moves `id` just before (`after` false) or after `target` in `order`. */
export function moveBeside(order: readonly string[], id: string, target: string, after: boolean): string[] {
  if (id === target) return [...order];
  const rest = order.filter((x) => x !== id);
  const at = rest.indexOf(target);
  if (at < 0) return [...order];
  rest.splice(after ? at + 1 : at, 0, id);
  return rest;
}

/**
 * Moves `id` one step (`delta` -1 up, +1 down) among `shown` (the ids listed in its group,
 * in printed order); only ids in `order` can be neighbours. Null when it cannot move.
 */
export function moveStep(order: readonly string[], shown: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const movable = shown.filter((x) => order.includes(x));
  const at = movable.indexOf(id);
  const neighbour = movable[at + delta];
  if (at < 0 || neighbour === undefined) return null;
  return moveBeside(order, id, neighbour, delta > 0);
}

/** Moves the name at `from` to position `to` within `siblings`. */
export function moveInList(siblings: readonly string[], from: number, to: number): string[] {
  const next = [...siblings];
  const [name] = next.splice(from, 1);
  if (name === undefined) return next;
  next.splice(Math.max(0, Math.min(next.length, to)), 0, name);
  return next;
}

/**
 * The new manual group order after `siblings` were rearranged: every group name in printed
 * order (`allShown`), with the siblings' slots filled in their new order.
 */
export function groupOrderWith(allShown: readonly string[], siblings: readonly string[]): string[] {
  const set = new Set(siblings);
  const queue = [...siblings];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const name of allShown) {
    const next = set.has(name) ? queue.shift() : name;
    if (next !== undefined && !seen.has(next)) {
      seen.add(next);
      out.push(next);
    }
  }
  return out;
}
