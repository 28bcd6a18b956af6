import { randomUUID } from 'node:crypto';
import type { PreviewItem } from '../import-service';

/**
 * Previewed items waiting for the user's review, by key: `commit` stores what was read and
 * extracted in the main process, so the renderer sends back only its decisions, never a body.
 * Bounded (oldest dropped first) so an abandoned review cannot hold memory forever.
 */
export class PreviewCache {
  private readonly items = new Map<string, PreviewItem>();

  constructor(private readonly capacity = 5000) {}

  put(item: PreviewItem): string {
    const key = randomUUID();
    this.items.set(key, item);
    while (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value!);
    return key;
  }

  get(key: string): PreviewItem | undefined {
    return this.items.get(key);
  }

  delete(key: string): void {
    this.items.delete(key);
  }
}
