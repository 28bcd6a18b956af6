import { AppError } from '../errors';

export interface BridgeArgs {
  library: string;
  port: number;
  dialogDir?: string;
  rendererDir?: string;
}

export const BRIDGE_USAGE =
  'usage: npm run bridge -- --library PATH [--port N] [--dialog-dir DIR] [--renderer DIR]';

/** Parses the bridge's command line; bad input is an AppError with a one-line message. */
export function parseBridgeArgs(argv: readonly string[]): BridgeArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!['--library', '--port', '--dialog-dir', '--renderer'].includes(flag!)) {
      throw new AppError('INVALID_REQUEST', `Unknown argument "${arg}". ${BRIDGE_USAGE}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new AppError('INVALID_REQUEST', `${flag} needs a value. ${BRIDGE_USAGE}`);
    values.set(flag!, value);
  }
  const library = values.get('--library');
  if (!library) throw new AppError('INVALID_REQUEST', `--library PATH is required. ${BRIDGE_USAGE}`);
  const portText = values.get('--port') ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('INVALID_REQUEST', `--port must be a number from 0 to 65535, not "${portText}".`);
  }
  return { library, port, dialogDir: values.get('--dialog-dir'), rendererDir: values.get('--renderer') };
}
