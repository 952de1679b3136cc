/** Claims in plain English, for briefings and titles: "A signed an agreement with B, 2021-11-24, in C." */
import type { Claim } from "../connect/align-claims.js";

const MODE_VERBS: Record<string, string> = {
  "sign-agreement": "signed an agreement with",
  "normalize-relations": "normalised relations with",
  approve: "approved the request of",
  agree: "agreed with",
  visit: "visited",
  meet: "met",
  "phone-call": "spoke by phone with",
  negotiate: "negotiated with",
  cooperate: "cooperated with",
  "joint-exercises": "held joint exercises with",
  aid: "aided",
  deny: "denied",
  refuse: "refused",
  withdraw: "withdrew from an agreement with",
  request: "requested",
  accuse: "accused",
  sue: "sued",
  threaten: "threatened",
  protest: "protested",
  sanction: "sanctioned",
  mobilize: "mobilised",
  arrest: "arrested",
  attack: "attacked",
  "de-escalate": "de-escalated",
};

/** A claim in one English sentence, participants by their corpus names: "A signed an agreement with B, 2021-11-24, in C." */
export function describeClaim(claim: Claim, name: (id: string) => string): string {
  if (claim.kind !== "event") return claim.statement;
  const names = (ids: readonly string[] | undefined) => (ids ?? []).map(name).join(", ");
  const who = names(claim.actors) || "Someone";
  const whom = claim.targets && claim.targets.length > 0 ? ` ${names(claim.targets)}` : "";
  const phrase = MODE_VERBS[claim.mode ?? ""] ?? `${(claim.category ?? "").toLowerCase()} (${claim.mode})`;
  const verb = whom ? phrase : phrase.replace(/ (?:with|of)$/u, "");
  return `${who} ${verb}${whom}${claim.date ? `, ${claim.date}` : ""}${claim.place ? `, in ${name(claim.place)}` : ""}.`;
}

/** How many articles support a claim. */
export function sourceCount(claim: Claim): number {
  return new Set(claim.supportedBy.map((span) => span.articleId)).size;
}
