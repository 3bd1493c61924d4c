/** Codes of the errors baochi throws; batch output carries them as `error.code`. */
export type BaochiErrorCode =
  | "invalid-input"
  | "invalid-utf8"
  | "empty-text"
  | "too-large"
  | "invalid-options"
  | "invalid-json"
  | "missing-dependency"
  | "internal";

/** An error with a stable `code`, thrown for bad input or options; never a bare crash. */
export class BaochiError extends Error {
  readonly code: BaochiErrorCode;
  constructor(code: BaochiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BaochiError";
    this.code = code;
  }
}
