/** Events the main process pushes to the renderer, with their payloads. */
export interface Progress {
  /** Which operation this is about (the id the renderer passed, or one the handler made). */
  operationId: string;
  done: number;
  total: number;
  /** What is being worked on now, for display ("report.docx"). */
  label?: string;
}

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
