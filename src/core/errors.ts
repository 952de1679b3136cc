/**
 * A few typed errors with a code; the CLI and the server turn them into exit codes or
 * HTTP statuses in one place. Messages say what failed, on which input, and what to do.
 */
export type ErrorCode =
  | "usage"
  | "input-unreadable"
  | "input-empty"
  | "input-binary"
  | "input-too-large"
  | "input-malformed"
  | "fetch-failed"
  | "fetch-forbidden"
  | "not-found"
  | "store-failed";

export class RecoupeError extends Error {
  readonly code: ErrorCode;
  /** The file, URL or record the error is about, when there is one. */
  readonly source: string | undefined;

  constructor(code: ErrorCode, message: string, source?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RecoupeError";
    this.code = code;
    this.source = source;
  }
}

export function isRecoupeError(error: unknown): error is RecoupeError {
  return error instanceof RecoupeError;
}
