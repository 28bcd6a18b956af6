import { ipcMain } from 'electron';
import type { HandlerContext } from '../ipc/registry';
import type { IpcRegistry } from '../ipc/registry';
import { fail } from '../ipc/contracts/api';
import { isTrustedSender } from './sender-check';

/**
 * Serves every registry channel over ipcMain.handle, to the app window's own top frame
 * only. Requests are validated by the registry (zod) after the sender check.
 */
export function serveIpc(options: {
  registry: IpcRegistry;
  context: HandlerContext;
  appWebContentsId: () => number | undefined;
  log: (line: string) => void;
}): void {
  for (const channel of options.registry.channels()) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event, options.appWebContentsId())) {
        options.log(`refused IPC ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return fail('INVALID_REQUEST', 'Refused: this request did not come from the app window.');
      }
      return options.registry.invoke(channel, payload, options.context);
    });
  }
}
