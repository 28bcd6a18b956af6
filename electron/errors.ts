/**
 * The one error type domain code throws on purpose. `code` is stable and machine-readable
 * (the IPC envelope and the CLI's exit code depend on it); `message` is for people: what is
 * wrong, with which file, what to do.
 */
export type ErrorCode =
  | 'INVALID_REQUEST'
  | 'NOT_FOUND'
  | 'FILE_NOT_FOUND'
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'DUPLICATE'
  | 'CONFLICT'
  | 'LIBRARY_TOO_NEW'
  | 'LIBRARY_DAMAGED'
  | 'BUNDLE_REFUSED'
  | 'CANCELLED'
  | 'INTERNAL';

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

/** Errors the user can fix (bad input) as opposed to faults of the program. */
export function isUserError(error: unknown): error is AppError {
  return error instanceof AppError && error.code !== 'INTERNAL';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
