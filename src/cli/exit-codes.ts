/** Exit codes, documented in `recoupe --help` and the README. */
import { isRecoupeError } from "../core/errors.js";

export const EXIT_OK = 0;
/** Some inputs failed; the others were analyzed and stored. */
export const EXIT_SOME_FAILED = 1;
/** Usage error, or nothing readable at all. */
export const EXIT_USAGE_OR_NOTHING = 2;

/** The one place where errors become exit codes and one-line messages. */
export function reportFatal(error: unknown): number {
  if (isRecoupeError(error)) {
    process.stderr.write(`recoupe: ${error.message}\n`);
    return error.code === "store-failed" ? EXIT_SOME_FAILED : EXIT_USAGE_OR_NOTHING;
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`recoupe: unexpected failure, please report it:\n${text}\n`);
  return EXIT_USAGE_OR_NOTHING;
}
