import type { Library } from '../library/open-library';

/**
 * The library the app has open now. File > Open library... swaps it: the new file is
 * opened (and migrated) first, and only when that succeeded is the old one closed, so a
 * bad choice leaves the user where they were.
 */
export class CurrentLibrary {
  private current: Library | undefined;

  constructor(private readonly open: (path: string) => Promise<Library>) {}

  get library(): Library {
    if (!this.current) throw new Error('No library is open.');
    return this.current;
  }

  get isOpen(): boolean {
    return this.current !== undefined;
  }

  async openFirst(path: string): Promise<Library> {
    this.current = await this.open(path);
    return this.current;
  }

  async switchTo(path: string): Promise<Library> {
    if (this.current && this.current.path === path) return this.current;
    const next = await this.open(path);
    const previous = this.current;
    this.current = next;
    previous?.close();
    return next;
  }

  /** Checkpoints the WAL into the main file and closes it (idempotent). */
  close(): void {
    this.current?.close();
    this.current = undefined;
  }
}
