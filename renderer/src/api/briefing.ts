import type { BriefingApi, Result } from '../../../electron/ipc/contracts/window-briefing';

declare global {
  interface Window {
    /** The only door to the main process (preload in Electron, HTTP in the test bridge). */
    briefing: BriefingApi;
  }
}

/** A main-process refusal; `message` is written for people and is what the UI shows. */
export class ApiError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

export function briefing(): BriefingApi {
  return window.briefing;
}

/** Awaits an IPC call and returns its value, or throws an ApiError carrying the readable message. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

/** What to show a person for any failure: the main process's message, never a code or a stack. */
export function readableError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong. Please try again.';
}
