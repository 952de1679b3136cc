/**
 * Doubts and failures travel with the document they concern (vfile-style messages),
 * so the CLI, the report, the API and the UI can all show the same list.
 */
export type Severity = "info" | "warning" | "error";

export type Stage = "ingest" | "fetch" | "extract" | "annotate" | "connect" | "store";

export interface Span {
  start: number;
  end: number;
}

export interface Message {
  /** One human sentence: what is doubtful and, where useful, what to do. */
  reason: string;
  stage: Stage;
  /** Stable machine id, e.g. "encoding-guessed", "no-date-found". */
  ruleId: string;
  severity: Severity;
  /** Where in the article text (or raw input, for ingest messages) the doubt sits. */
  span?: Span;
}

export function message(
  stage: Stage,
  ruleId: string,
  reason: string,
  severity: Severity = "warning",
  span?: Span,
): Message {
  return span ? { reason, stage, ruleId, severity, span } : { reason, stage, ruleId, severity };
}
