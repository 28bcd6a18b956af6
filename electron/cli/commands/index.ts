import type { Command } from '../command';
import { addCommand, backupCommand, listCommand, searchCommand, showCommand, statsCommand } from './library-commands';

/** Every CLI command. Multi-word names ("book create") are matched before single words. */
export const COMMANDS: Command[] = [addCommand, listCommand, showCommand, searchCommand, statsCommand, backupCommand];
