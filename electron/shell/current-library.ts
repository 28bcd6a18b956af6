import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
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

/** What the app remembers between runs besides the window: which library file is open. */
const settingsSchema = z.object({ libraryPath: z.string().min(1).optional() });
export type Settings = z.infer<typeof settingsSchema>;

export function loadSettings(file: string): Settings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function saveSettings(file: string, settings: Settings): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/** BRIEFING_LIBRARY (tests, power users) beats File > Open library..., which beats the default. */
export function chooseLibraryPath(env: NodeJS.ProcessEnv, settings: Settings, defaultPath: string): string {
  return env.BRIEFING_LIBRARY || settings.libraryPath || defaultPath;
}
