import type { ParseArgsConfig } from 'node:util';
import type { Library } from '../library/open-library';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads standard input fully (for `-` arguments). */
  readStdin(): Promise<Buffer>;
  /** True when standard error is a terminal (progress lines are shown only then). */
  isTty: boolean;
}

export interface CommandInput {
  positionals: string[];
  options: Record<string, string | boolean | Array<string | boolean> | undefined>;
  json: boolean;
  io: CliIo;
  /** Opens the library chosen by --library / BRIEFING_LIBRARY / the default (lazily: some commands need none). */
  library(): Promise<Library>;
  libraryPath: string;
}

export interface Command {
  /** e.g. "search" or "book create". */
  name: string;
  usage: string;
  summary: string;
  options?: OptionSpec;
  run(input: CommandInput): Promise<void>;
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
