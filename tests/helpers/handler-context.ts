import type { Dialogs, HandlerContext } from '../../electron/ipc/registry';
import type { EventName, EventPayload } from '../../electron/ipc/contracts/api';
import type { Library } from '../../electron/library/open-library';

/** A real HandlerContext over a library, recording emitted events; dialogs answer as scripted. */
export function handlerContext(
  library: Library,
  dialogs: Partial<Dialogs> = {},
): HandlerContext & { events: Array<{ event: EventName; payload: unknown }> } {
  const events: Array<{ event: EventName; payload: unknown }> = [];
  return {
    library,
    events,
    userName: 'Test User',
    appVersion: '0.0.0-test',
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      events.push({ event, payload });
    },
    dialogs: {
      save: async () => undefined,
      open: async () => [],
      reveal: async () => {},
      ...dialogs,
    },
  };
}
