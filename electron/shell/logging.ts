import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Logger {
  readonly file: string;
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

const MAX_LOG_BYTES = 2 * 1024 * 1024;

/**
 * Appends timestamped lines to <dir>/main.log, keeping one previous file (main.old.log)
 * when it grows past 2 MB. Writes are synchronous so a line about a crash is on disk
 * before the process goes down. Logging never throws: a full disk must not crash the app.
 */
export function createLogger(dir: string, now: () => Date = () => new Date()): Logger {
  const file = join(dir, 'main.log');
  const write = (level: string, text: string) => {
    try {
      mkdirSync(dir, { recursive: true });
      rotateIfLarge(file);
      appendFileSync(file, `${now().toISOString()} ${level} ${text}\n`);
    } catch {
      // Nowhere left to report to; stderr still gets it in development.
    }
    if (level === 'ERROR') process.stderr.write(`${text}\n`);
  };
  return {
    file,
    info: (message) => write('INFO', message),
    error: (message, error) => write('ERROR', error === undefined ? message : `${message}: ${describeError(error)}`),
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function rotateIfLarge(file: string): void {
  try {
    if (statSync(file).size > MAX_LOG_BYTES) renameSync(file, file.replace(/\.log$/, '.old.log'));
  } catch {
    // No file yet.
  }
}
