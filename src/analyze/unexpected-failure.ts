/**
 * A document that could not be analyzed for a reason of the code's, not of the document's. Apart
 * from annotate-document.ts so that the worker pool, in the main thread, reports such failures
 * without loading the pipeline's modules there (half a second of CPU and their memory).
 */
import { message, type Message } from "../core/message.js";

export function unexpectedFailure(source: string, error: unknown): { ok: false; source: string; error: Message } {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, source, error: message("extract", "unexpected-failure", `${source}: could not be analyzed (${reason}); please report it with the file.`, "error") };
}
