/**
 * A story's news, first: the events of the story's own time (dated within its coverage, or the
 * lead events dated by their publication), most reported first and then the most recent, before
 * the undated ones, before the background its sources recall (a normalisation two years
 * earlier, a politician's reaction to a shooting is not its shooting). An agreement wins a tie:
 * when a signing and the visit it crowned are reported alike, the signing is the news. An event
 * the sources deny, plan or only report comes last: it is never what happened.
 */
import type { Claim } from "../connect/align-claims.js";
import { polarityOfMode } from "../connect/claim-polarity.js";
import { dayDistance } from "../core/day-distance.js";
import { sourceCount } from "./describe-claim.js";

/** Days before a story's first report within which an event is still its news rather than its background. */
export const NEWS_DAYS = 45;

export interface Coverage {
  first: string;
  last: string;
}

/** 0: the story's own time; 1: undated; 2: background (dated outside the coverage); 3: not asserted (denied, planned, conditional, only reported). */
function tier(claim: Claim, coverage: Coverage | null): number {
  if (polarityOfMode(claim.mode ?? "").polarity !== "asserted") return 3;
  if (claim.datedByPublication) return 0;
  if (!claim.date) return 1;
  if (!coverage) return 0;
  const before = claim.date < coverage.first.slice(0, claim.date.length) ? (dayDistance(claim.date, coverage.first) ?? 0) : 0;
  const after = claim.date > coverage.last.slice(0, claim.date.length) ? (dayDistance(claim.date, coverage.last) ?? 0) : 0;
  return before <= NEWS_DAYS && after <= 1 ? 0 : 2;
}

/** Event claims, the story's news first (see the module comment). */
export function newsFirst(events: readonly Claim[], coverage: Coverage | null): Claim[] {
  return [...events].sort(
    (a, b) =>
      tier(a, coverage) - tier(b, coverage) ||
      sourceCount(b) - sourceCount(a) ||
      (b.date ?? "").localeCompare(a.date ?? "") ||
      Number(b.category === "AGREE") - Number(a.category === "AGREE") ||
      a.statement.localeCompare(b.statement),
  );
}
