import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { BriefingApi, EventName, Progress, Result } from '../../../electron/ipc/contracts/api';

declare global {
  interface Window {
    /** The only door to the main process (preload in Electron, HTTP in the test bridge). */
    briefing: BriefingApi;
  }
}

/**
 * The renderer's side of window.briefing: calls and their errors in words, progress events of
 * one operation, and the version of the library (views reload when it changes).
 */

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

type ProgressEvent = Extract<EventName, `${string}:progress`>;

/** An operation id for one call, and the latest of `event` about it. */
export function useOperationProgress(event: ProgressEvent, prefix: string): { operationId: string; progress: Progress | null } {
  const operationId = useRef(`${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(
    () =>
      briefing().on(event, (p) => {
        if (p.operationId === operationId.current) setProgress(p);
      }),
    [event],
  );
  return { operationId: operationId.current, progress };
}

interface LibraryVersion {
  /** Grows whenever the library changed (here or in the main process); views reload on it. */
  version: number;
  changed(): void;
}

const Ctx = createContext<LibraryVersion>({ version: 0, changed: () => {} });

export function useLibraryVersion(): LibraryVersion {
  return useContext(Ctx);
}

export function LibraryVersionProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  useEffect(() => briefing().on('library:changed', () => setVersion((v) => v + 1)), []);
  const value = useMemo(() => ({ version, changed: () => setVersion((v) => v + 1) }), [version]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
