import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** What the app remembers between runs besides the window: which library file is open. */
export interface Settings {
  libraryPath?: string;
}

const settingsSchema = z.object({ libraryPath: z.string().min(1).optional() });

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
