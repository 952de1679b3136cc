/**
 * Claims in plain words, in the story's language, for briefings and titles: "A signed an
 * agreement with B on 24 November 2021 in C." / « A et B ont signé un accord avec C le 24
 * novembre 2021 à Rabat. »
 */
import type { Claim } from "../connect/align-claims.js";
import { polarityOfMode, type EventPolarity } from "../connect/claim-records.js";
import { readableDate, type ReportLanguage } from "./readable-date.js";

/** How each event mode reads as a verb phrase; French gives the singular and plural forms. */
const MODE_VERBS: Record<string, { en: string; fr: [string, string]; noun: { en: string; fr: string } }> = {
  "sign-agreement": { en: "signed an agreement with", fr: ["a signé un accord avec", "ont signé un accord avec"], noun: { en: "agreement signed", fr: "signature d'un accord" } },
  "normalize-relations": { en: "normalised relations with", fr: ["a normalisé ses relations avec", "ont normalisé leurs relations avec"], noun: { en: "relations normalised", fr: "normalisation des relations" } },
  approve: { en: "approved the request of", fr: ["a approuvé la demande de", "ont approuvé la demande de"], noun: { en: "request approved", fr: "approbation d'une demande" } },
  agree: { en: "agreed with", fr: ["s'est accordé avec", "se sont accordés avec"], noun: { en: "agreement", fr: "accord" } },
  visit: { en: "visited", fr: ["a visité", "ont visité"], noun: { en: "visit", fr: "visite" } },
  meet: { en: "met", fr: ["a rencontré", "ont rencontré"], noun: { en: "meeting", fr: "rencontre" } },
  "phone-call": { en: "spoke by phone with", fr: ["s'est entretenu par téléphone avec", "se sont entretenus par téléphone avec"], noun: { en: "phone call", fr: "entretien téléphonique" } },
  negotiate: { en: "negotiated with", fr: ["a négocié avec", "ont négocié avec"], noun: { en: "negotiation", fr: "négociation" } },
  cooperate: { en: "cooperated with", fr: ["a coopéré avec", "ont coopéré avec"], noun: { en: "cooperation", fr: "coopération" } },
  "joint-exercises": { en: "held joint exercises with", fr: ["a mené des exercices conjoints avec", "ont mené des exercices conjoints avec"], noun: { en: "joint exercises", fr: "exercices conjoints" } },
  aid: { en: "aided", fr: ["a aidé", "ont aidé"], noun: { en: "aid", fr: "aide" } },
  deny: { en: "denied", fr: ["a démenti", "ont démenti"], noun: { en: "denial", fr: "démenti" } },
  refuse: { en: "refused", fr: ["a refusé", "ont refusé"], noun: { en: "refusal", fr: "refus" } },
  withdraw: { en: "withdrew from an agreement with", fr: ["s'est retiré d'un accord avec", "se sont retirés d'un accord avec"], noun: { en: "withdrawal from an agreement", fr: "retrait d'un accord" } },
  request: { en: "requested", fr: ["a demandé", "ont demandé"], noun: { en: "request", fr: "demande" } },
  accuse: { en: "accused", fr: ["a accusé", "ont accusé"], noun: { en: "accusation", fr: "accusation" } },
  sue: { en: "sued", fr: ["a poursuivi", "ont poursuivi"], noun: { en: "lawsuit", fr: "poursuite en justice" } },
  threaten: { en: "threatened", fr: ["a menacé", "ont menacé"], noun: { en: "threat", fr: "menace" } },
  protest: { en: "protested", fr: ["a manifesté", "ont manifesté"], noun: { en: "protest", fr: "manifestation" } },
  sanction: { en: "sanctioned", fr: ["a sanctionné", "ont sanctionné"], noun: { en: "sanction", fr: "sanction" } },
  mobilize: { en: "mobilised", fr: ["s'est mobilisé", "se sont mobilisés"], noun: { en: "mobilisation", fr: "mobilisation" } },
  arrest: { en: "arrested", fr: ["a arrêté", "ont arrêté"], noun: { en: "arrest", fr: "arrestation" } },
  attack: { en: "attacked", fr: ["a attaqué", "ont attaqué"], noun: { en: "attack", fr: "attaque" } },
  repress: { en: "cracked down on", fr: ["a réprimé", "ont réprimé"], noun: { en: "crackdown", fr: "répression" } },
  demonstrate: { en: "demonstrated against", fr: ["a manifesté contre", "ont manifesté contre"], noun: { en: "demonstration", fr: "manifestation" } },
  clash: { en: "clashed with", fr: ["s'est affronté avec", "se sont affrontés avec"], noun: { en: "clashes", fr: "affrontements" } },
  support: { en: "supported", fr: ["a soutenu", "ont soutenu"], noun: { en: "support", fr: "soutien" } },
  concede: { en: "made a concession to", fr: ["a fait une concession à", "ont fait une concession à"], noun: { en: "concession", fr: "concession" } },
  "de-escalate": { en: "de-escalated", fr: ["a désamorcé la tension avec", "ont désamorcé la tension avec"], noun: { en: "de-escalation", fr: "désescalade" } },
};

/** How a statement opens when the sources do not assert the event: it did not happen, it is planned or conditional, or only a source says it. */
const POLARITY_WORDS: Record<Exclude<EventPolarity, "asserted">, Record<ReportLanguage, string>> = {
  negated: { en: "Did not happen: ", fr: "Ne s'est pas produit : " },
  planned: { en: "Planned: ", fr: "Prévu : " },
  conditional: { en: "Under a condition: ", fr: "Sous condition : " },
  reported: { en: "Reported, not confirmed: ", fr: "Rapporté, non confirmé : " },
};

const WORDS = {
  en: { someone: "Someone", and: " and " },
  fr: { someone: "Quelqu'un", and: " et " },
};

/** "A, B and C" / « A, B et C ». */
function list(names: readonly string[], language: ReportLanguage): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")}${WORDS[language].and}${names.at(-1)}`;
}

/** A claim's date as a phrase: "on 24 November 2021", « le 24 novembre 2021 », "in November 2021", « en 2021 », « dans les années 1990 ». */
export function datePhrase(value: string, language: ReportLanguage): string {
  const words = readableDate(value, language);
  if (/^\d{4}-\d{2}-\d{2}/u.test(value)) return language === "fr" ? `le ${words}` : `on ${words}`;
  if (language === "en") return /^week/u.test(words) ? `in the ${words}` : `in ${words}`;
  if (/^semaine/u.test(words)) return `la ${words}`;
  if (/^les années/u.test(words)) return `dans ${words}`;
  if (/^le \d+e siècle/u.test(words)) return words.replace(/^le /u, "au ");
  return `en ${words}`;
}

/** What kind of event a category and mode code is, in words: "agreement signed", « signature d'un accord ». */
export function eventLabel(category: string | undefined, mode: string | undefined, language: ReportLanguage): string {
  const { mode: eventMode, polarity } = polarityOfMode(mode ?? "");
  const label = MODE_VERBS[eventMode]?.noun[language] ?? `${(category ?? "event").toLowerCase()} (${eventMode || "?"})`;
  return polarity === "asserted" ? label : `${label} (${POLARITY_WORDS[polarity][language].replace(/\s*:\s*$/u, "").toLowerCase()})`;
}

/** A claim in one sentence, participants by their corpus names; `date: false` leaves its date out (a timeline line says it first). */
export function describeClaim(claim: Claim, name: (id: string) => string, language: ReportLanguage = "en", options: { date?: boolean } = {}): string {
  if (claim.kind !== "event") return claim.statement;
  const actors = (claim.actors ?? []).map(name);
  const targets = (claim.targets ?? []).map(name);
  const who = list(actors, language) || WORDS[language].someone;
  const { mode, polarity } = polarityOfMode(claim.mode ?? "");
  const verbs = MODE_VERBS[mode];
  const phrase = verbs ? (language === "fr" ? verbs.fr[actors.length > 1 ? 1 : 0] : verbs.en) : `${(claim.category ?? "").toLowerCase()} (${mode})`;
  // Without anyone after it, the verb's closing preposition goes: "met", « a négocié ».
  const verb = targets.length > 0 ? phrase : phrase.replace(/ (?:with|of|avec|de)$/u, "");
  const whom = targets.length > 0 ? ` ${list(targets, language)}` : "";
  const when = claim.date && options.date !== false ? ` ${datePhrase(claim.date, language)}` : "";
  // French needs a place's gender for « au Maroc », « en France », « à Rabat »: the place stands apart instead.
  const where = !claim.place ? "" : language === "fr" ? ` (${name(claim.place)})` : ` in ${name(claim.place)}`;
  // A denied, planned, conditional or merely reported event is never stated as a fact.
  const reporters = polarity === "reported" ? list((claim.reportedBy ?? []).map(name), language) : "";
  const opening = reporters ? (language === "fr" ? `Selon ${reporters}, ` : `According to ${reporters}, `) : polarity === "asserted" ? "" : POLARITY_WORDS[polarity][language];
  return `${opening}${who} ${verb}${whom}${when}${where}.`;
}

/** How many articles support a claim. */
export function sourceCount(claim: Claim): number {
  return new Set(claim.supportedBy.map((span) => span.articleId)).size;
}
