/** Events the main process pushes to the renderer, with their payloads. */
import type { Progress } from '../../common/primitives';

export type { Progress };

/** Application-menu items the renderer carries out (File menu); see electron/shell/menu-template.ts. */
export type MenuCommand = 'new-book' | 'import-files' | 'import-bundle' | 'export';
export const MENU_COMMANDS: readonly MenuCommand[] = ['new-book', 'import-files', 'import-bundle', 'export'];

export interface EventMap {
  'import:progress': Progress;
  'export:progress': Progress;
  'bundle:progress': Progress;
  'library:changed': { reason: string };
  /** The user chose a menu item that the renderer handles. */
  'menu:command': { command: MenuCommand };
}

export type EventName = keyof EventMap;
export type EventPayload<E extends EventName> = EventMap[E];
export const EVENT_NAMES: readonly EventName[] = ['import:progress', 'export:progress', 'bundle:progress', 'library:changed', 'menu:command'];
