/**
 * Claims in plain words, in the story's language, for briefings and titles: "A signed an
 * agreement with B on 24 November 2021 in C." / « A et B ont signé un accord avec C le 24
 * novembre 2021 à Rabat. »
 */
import type { Claim } from "../connect/align-claims.js";
import { polarityOfMode } from "../connect/claim-records.js";
import { eventKindWords, MODE_VERBS, POLARITY_WORDS } from "./event-words.js";
import { readableDate, type ReportLanguage } from "./readable-date.js";

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
  return eventKindWords(category, eventMode, polarity, language);
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
