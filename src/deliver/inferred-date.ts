/**
 * A date no source states, shown as such: the publication's date taken for the lead's news, or
 * an undated article's day read against the story's dates (see Claim.dateInferred). Kept apart
 * from describe-claim so the UI takes these few lines without its lexicons.
 */
import type { Claim } from "../connect/align-claims.js";

type Dated = Pick<Claim, "dateInferred" | "datedByPublication">;

/** A claim whose date no supporting source states (older dossiers flag only `datedByPublication`). */
export const hasInferredDate = (dated: Dated): boolean => dated.dateInferred === true || dated.datedByPublication === true;

/** Written before an inferred date, the publication's or a claim's: "≈ 24 November 2021". */
export const INFERRED_MARK = "≈ ";

/** What a date was inferred from: the publication date of the articles reporting it as news, or the story's dates (an undated article's day). */
export type InferredFrom = "publication" | "story";

/** Null when a source states the date. */
export function inferredFrom(dated: Dated): InferredFrom | null {
  return dated.datedByPublication ? "publication" : dated.dateInferred ? "story" : null;
}
