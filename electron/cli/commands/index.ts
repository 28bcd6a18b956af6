import type { Command } from '../command';
import {
  bookAddCommand,
  bookCreateCommand,
  bookDeleteCommand,
  bookListCommand,
  bookRemoveCommand,
  bookShowCommand,
} from './book-commands';
import { exportCommand } from './export-command';
import { BUNDLE_COMMANDS } from './bundle-commands';
import { addCommand, extractCommand, importCommand } from './ingest-commands';
import { backupCommand, listCommand, searchCommand, showCommand, statsCommand } from './library-commands';

const BOOK_COMMANDS: Command[] = [
  bookCreateCommand,
  bookListCommand,
  bookShowCommand,
  bookDeleteCommand,
  bookAddCommand,
  bookRemoveCommand,
  exportCommand,
];

/** Every CLI command. Multi-word names ("book create") are matched before single words. */
export const COMMANDS: Command[] = [addCommand, importCommand, extractCommand, listCommand, showCommand, searchCommand, statsCommand, backupCommand, ...BOOK_COMMANDS, ...BUNDLE_COMMANDS];
