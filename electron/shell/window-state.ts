import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window's size and place as saved in window-state.json (checked when read back). */
const stateSchema = z.object({
  /** Absent: let the OS centre the window. */
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_SIZE = { width: 800, height: 560 };
/** How much of the title bar must be on a screen for the saved position to be reused. */
const VISIBLE = { width: 120, height: 40 };

/** The saved state, or the default when the file is missing, unreadable or not ours. */
export function parseWindowState(text: string | undefined): WindowState {
  if (!text) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Makes a saved state fit today's screens: a window last seen on a monitor that is gone
 * (or mostly off-screen) is re-centred, and it is never larger than the largest screen.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((a) => a.width));
  const maxHeight = Math.max(...workAreas.map((a) => a.height));
  const width = clamp(state.width, Math.min(MIN_SIZE.width, maxWidth), maxWidth);
  const height = clamp(state.height, Math.min(MIN_SIZE.height, maxHeight), maxHeight);
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const titleBar: Rect = { x: state.x, y: state.y, width, height: VISIBLE.height };
  const onScreen = workAreas.some((area) => {
    const overlap = intersection(titleBar, area);
    return overlap.width >= Math.min(VISIBLE.width, width) && overlap.height >= VISIBLE.height;
  });
  return onScreen ? { ...fitted, x: state.x, y: state.y } : fitted;
}

export function loadWindowState(file: string): WindowState {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Best effort: losing the window position is never worth an error. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(state)}\n`);
  } catch {
    // Read-only profile folder: the next start simply uses the default size.
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}
