import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { AppError, errorMessage, isUserError } from '../errors';
import { defaultLibraryPath, type Library, openLibrary } from '../library/open-library';
import type { CliIo, Command, OptionSpec } from './command';
import {
  bookAddCommand,
  bookCreateCommand,
  bookDeleteCommand,
  bookDuplicateCommand,
  bookListCommand,
  bookRemoveCommand,
  bookShowCommand,
} from './commands/book-commands';
import { bookApplyCommand, bookFrontCommand, bookNoteCommand } from './commands/briefing-commands';
import { exportCommand } from './commands/export-command';
import { BUNDLE_COMMANDS } from './commands/bundle-commands';
import { addCommand, extractCommand, importCommand } from './commands/ingest-commands';
import { backupCommand, listCommand, searchCommand, showCommand, statsCommand } from './commands/library-commands';

const GLOBAL_OPTIONS: OptionSpec = {
  library: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_INTERNAL_ERROR = 2;

function findCommand(words: string[]): { command: Command; rest: string[] } | undefined {
  const byLength = [...COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of byLength) {
    const parts = command.name.split(' ');
    if (parts.every((p, i) => words[i] === p)) return { command, rest: words.slice(parts.length) };
  }
  return undefined;
}

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.split(' [')[0]!.length));
  return [
    'Usage: briefing [--library PATH] [--json] COMMAND ...',
    '',
    'The library is --library PATH, else $BRIEFING_LIBRARY, else the app\'s own library.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.split(' [')[0]!.padEnd(width)}  ${c.summary}`),
    '',
    'Run "briefing COMMAND --help" for a command\'s options.',
  ].join('\n');
}

/**
 * Runs one CLI invocation and returns its exit code: 0 ok, 1 a user error (one line on
 * stderr saying what to fix), 2 an internal error. Never lets a stack trace reach the user.
 */
export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let lib: Library | undefined;
  try {
    // Global options may come before the command: skip them when looking for command words.
    const leading = parseLeadingGlobals(argv);
    const found = findCommand(leading.words);
    if (!found) {
      if (argv.length === 0 || leading.help) {
        io.out(usage());
        return argv.length === 0 ? EXIT_USER_ERROR : EXIT_OK;
      }
      throw new AppError('INVALID_REQUEST', `Unknown command "${(leading.words[0] ?? argv[0]) ?? ''}". Run "briefing --help" for the list.`);
    }
    const { command } = found;
    const remaining = removeCommandWords(argv, command.name.split(' '));
    const parsed = parseArgs({
      args: remaining,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.out(`Usage: briefing ${command.usage}\n\n${command.summary}`);
      return EXIT_OK;
    }
    const libraryPath = resolve((parsed.values.library as string | undefined) ?? defaultLibraryPath(env));
    await command.run({
      positionals: parsed.positionals,
      options: parsed.values,
      json: Boolean(parsed.values.json),
      io,
      libraryPath,
      library: async () => (lib ??= await openLibrary(libraryPath, { onUpgradeProgress: upgradeProgress(io) })),
    });
    return EXIT_OK;
  } catch (error) {
    if (isUserError(error)) {
      io.err(`briefing: ${error.message}`);
      return EXIT_USER_ERROR;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`briefing: ${error.message}. Run "briefing --help".`);
      return EXIT_USER_ERROR;
    }
    io.err(`briefing: internal error: ${errorMessage(error)}`);
    if (env.BRIEFING_DEBUG) io.err(String((error as Error)?.stack));
    return EXIT_INTERNAL_ERROR;
  } finally {
    lib?.close();
  }
}

/** An upgrade's long step on standard error, once a second at most (it never mixes into --json output). */
function upgradeProgress(io: CliIo): (p: { done: number; total: number; label: string }) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.done !== 0 && p.done !== p.total && now - last < 1000) return;
    last = now;
    io.err(`${p.label}: ${p.done}/${p.total}`);
  };
}

function parseLeadingGlobals(argv: string[]): { words: string[]; help: boolean } {
  const words: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--library') i++;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('-') && arg !== '-') continue;
    else words.push(arg);
  }
  return { words, help };
}

function removeCommandWords(argv: string[], words: string[]): string[] {
  const out = [...argv];
  let from = 0;
  for (const word of words) {
    let i = from;
    while (i < out.length && (out[i] !== word || out[i - 1] === '--library')) i++;
    if (i < out.length) {
      out.splice(i, 1);
      from = i;
    }
  }
  return out;
}

const BOOK_COMMANDS: Command[] = [
  bookCreateCommand,
  bookListCommand,
  bookShowCommand,
  bookDuplicateCommand,
  bookDeleteCommand,
  bookAddCommand,
  bookRemoveCommand,
  exportCommand,
  bookNoteCommand,
  bookFrontCommand,
  bookApplyCommand,
];

/** Every CLI command. Multi-word names ("book create") are matched before single words. */
export const COMMANDS: Command[] = [addCommand, importCommand, extractCommand, listCommand, showCommand, searchCommand, statsCommand, backupCommand, ...BOOK_COMMANDS, ...BUNDLE_COMMANDS];
