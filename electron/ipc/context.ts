import type { Library } from '../library/open-library';
import type { EventName, EventPayload } from './events';

/** Native file dialogs. The Electron shell shows real ones; the test bridge uses a folder. */
export interface Dialogs {
  /** Returns the chosen path, or undefined when the user cancelled. */
  save(options: { title: string; suggestedName: string; extensions: string[] }): Promise<string | undefined>;
  /** Returns the chosen paths (empty when cancelled). */
  open(options: { title: string; extensions: string[]; multiple: boolean; directories?: boolean }): Promise<string[]>;
  /** Reveals a file in the OS file manager, or opens it with its default app. */
  reveal(path: string, action: 'open' | 'show'): Promise<void>;
}

/** What every handler receives besides its validated request. */
export interface HandlerContext {
  readonly library: Library;
  readonly dialogs: Dialogs;
  /** Sends a progress (or other) event to the renderer that made the call. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Name used in bundle manifests ("exported by"). */
  readonly userName: string;
  readonly appVersion: string;
}
