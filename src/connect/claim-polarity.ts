/**
 * A claim's polarity written into its mode ("attack~negated"), with no import, so the web UI
 * reads modes with the same code as the report.
 */

/**
 * What an article says of an event: it happened (asserted), it did not (negated), it is planned
 * or conditional, or only a source says it happened (reported). A claim is a statement of fact
 * only when asserted: the others are claims of their own kind, never merged with it.
 */
export type EventPolarity = "asserted" | "negated" | "planned" | "conditional" | "reported";

/** Joins a mode and a polarity ("attack~negated"): claims are aligned by mode, so a negation or a plan never supports the fact. */
const POLARITY_MARK = "~";

/** A mode with its polarity mark ("attack~negated"); an asserted mode stays bare. */
export function markedMode(mode: string, polarity: EventPolarity): string {
  return polarity === "asserted" ? mode : `${mode}${POLARITY_MARK}${polarity}`;
}

/** The event mode and polarity a claim's mode holds ("attack~negated" → attack, negated). */
export function polarityOfMode(mode: string): { mode: string; polarity: EventPolarity } {
  const at = mode.indexOf(POLARITY_MARK);
  return at < 0 ? { mode, polarity: "asserted" } : { mode: mode.slice(0, at), polarity: mode.slice(at + 1) as EventPolarity };
}
