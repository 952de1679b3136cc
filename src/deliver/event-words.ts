/**
 * The words of event kinds, in French and English: each mode as a verb phrase and a noun, each
 * polarity as the opening of a statement. Plain tables with no Node import, so the report
 * (src/deliver) and the web UI (ui/) name an event the same way.
 */
import { polarityOfMode, type EventPolarity } from "../connect/claim-polarity.js";
import type { ReportLanguage } from "./readable-date.js";

/** How each event mode reads as a verb phrase; French gives the singular and plural forms. */
export const MODE_VERBS: Record<string, { en: string; fr: [string, string]; noun: { en: string; fr: string } }> = {
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
export const POLARITY_WORDS: Record<Exclude<EventPolarity, "asserted">, Record<ReportLanguage, string>> = {
  negated: { en: "Did not happen: ", fr: "Ne s'est pas produit : " },
  planned: { en: "Planned: ", fr: "Prévu : " },
  conditional: { en: "Under a condition: ", fr: "Sous condition : " },
  reported: { en: "Reported, not confirmed: ", fr: "Rapporté, non confirmé : " },
};

/**
 * What kind of event a category and an event mode (its polarity apart) are, in words: "agreement
 * signed", « signature d'un accord », "attack (under a condition)". A mode no table holds reads
 * as its category and code, so nothing is hidden.
 */
export function eventKindWords(category: string | undefined, mode: string, polarity: EventPolarity, language: ReportLanguage): string {
  const label = MODE_VERBS[mode]?.noun[language] ?? `${(category ?? "event").toLowerCase()} (${mode || "?"})`;
  return polarity === "asserted" ? label : `${label} (${POLARITY_WORDS[polarity][language].replace(/\s*:\s*$/u, "").toLowerCase()})`;
}

/** What kind of event a category and mode code is, in words: "agreement signed", « signature d'un accord ». */
export function eventLabel(category: string | undefined, mode: string | undefined, language: ReportLanguage): string {
  const { mode: eventMode, polarity } = polarityOfMode(mode ?? "");
  return eventKindWords(category, eventMode, polarity, language);
}
