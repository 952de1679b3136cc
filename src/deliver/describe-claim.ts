/**
 * Claims in plain words, in the story's language, for briefings and titles: "A signed an
 * agreement with B on 24 November 2021 in C." / « A et B ont signé un accord avec C le 24
 * novembre 2021 à Rabat. »
 */
import type { AttributeNoun, AttributeWords } from "../annotate/lang/attribute-words.js";
import { englishAttributeWords } from "../annotate/lang/en/attribute-lexicon.js";
import { frenchAttributeWords } from "../annotate/lang/fr/attribute-lexicon.js";
import type { Claim, ClaimVariant } from "../connect/align-claims.js";
import { polarityOfMode } from "../connect/claim-polarity.js";
import { definiteName, frenchPreposition, placePhrase } from "./country-names.js";
import { MODE_VERBS, POLARITY_WORDS } from "./event-words.js";
import { hasInferredDate, INFERRED_MARK } from "./inferred-date.js";
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

/** An inferred date (no source states it: see Claim.dateInferred) as a phrase that does not pass it for stated: "around 24 November 2021", « vers le 24 novembre 2021 », « vers avril 2022 », « ≈ la semaine du 29 novembre 2021 ». */
export function inferredDatePhrase(value: string, language: ReportLanguage): string {
  const words = readableDate(value, language);
  const around = language === "fr" ? "vers" : "around";
  if (/^\d{4}-\d{2}-\d{2}/u.test(value)) return language === "fr" ? `vers le ${words}` : `around ${words}`;
  // A month or a year reads after "around" as it is; a week, a decade or a century keeps its own preposition and the mark.
  if (/^\d{4}(-\d{2})?$/u.test(value)) return `${around} ${words}`;
  return `${INFERRED_MARK}${datePhrase(value, language)}`;
}

export { eventLabel } from "./event-words.js";

/** How a claim is told: `date: false` leaves its date out (a timeline line says it first); `town` says which place ids are towns (« à <town> »). */
export interface DescribeOptions {
  date?: boolean;
  town?: (id: string) => boolean;
}

/** A claim in one sentence, participants by their corpus names, a country with its article (« avec le Maroc », "the United States"). */
export function describeClaim(claim: Claim, name: (id: string) => string, language: ReportLanguage = "en", options: DescribeOptions = {}): string {
  const named = (id: string) => definiteName(name(id), language);
  if (claim.kind === "attribute") return describeAttribute(claim, named, language);
  if (claim.kind === "quote") return describeQuote(claim, named, language);
  if (claim.kind !== "event") return claim.statement;
  const actorNames = (claim.actors ?? []).map(name);
  const targets = claim.targets ?? [];
  const who = list(actorNames.map((actor) => definiteName(actor, language)), language) || WORDS[language].someone;
  const { mode, polarity } = polarityOfMode(claim.mode ?? "");
  const verbs = MODE_VERBS[mode];
  // « Les États-Unis ont signé »: a plural country name agrees like a plural group.
  const plural = actorNames.length > 1 || (actorNames.length === 1 && (looksPlural(actorNames[0]!) || definiteName(actorNames[0]!, "fr").startsWith("les ")));
  const phrase = verbs ? (language === "fr" ? verbs.fr[plural ? 1 : 0] : verbs.en) : `${(claim.category ?? "").toLowerCase()} (${mode})`;
  // Without anyone after it, the verb's closing preposition goes: "met", « a négocié ».
  const predicate = targets.length > 0 ? withObjects(phrase, targets.map(name), language) : phrase.replace(/ (?:with|of|avec|de|à)$/u, "");
  const when = claim.date && options.date !== false ? ` ${(hasInferredDate(claim) ? inferredDatePhrase : datePhrase)(claim.date, language)}` : "";
  const where = claim.place ? wherePhrase(name(claim.place), language, options.town?.(claim.place) ?? false) : "";
  // A denied, planned, conditional or merely reported event is never stated as a fact.
  const opening = polarity === "reported" && (claim.reportedBy ?? []).length > 0 ? accordingTo(claim.reportedBy!, claim.actors ?? [], named, language, plural) : polarity === "asserted" ? "" : POLARITY_WORDS[polarity][language];
  const sentence = `${who} ${predicate}${when}${where}.`;
  return opening ? `${opening}${sentence}` : capitalized(sentence);
}

/** The verb with its objects; in French a closing « de » or « à » is said again before each, contracted with its article (« la demande du Maroc et de la France »). */
function withObjects(verb: string, names: readonly string[], language: ReportLanguage): string {
  const preposition = language === "fr" ? / (de|à)$/u.exec(verb)?.[1] : undefined;
  if (preposition === "de" || preposition === "à") return `${verb.slice(0, -preposition.length - 1)} ${list(names.map((target) => frenchPreposition(preposition, target)), language)}`;
  return `${verb} ${list(names.map((target) => definiteName(target, language)), language)}`;
}

/** " au Maroc", " à <town>", " in the United States"; a French place of unknown kind stands apart in brackets, its gender unknown. */
function wherePhrase(place: string, language: ReportLanguage, town: boolean): string {
  const phrase = placePhrase(place, language, town);
  return phrase ? ` ${phrase}` : ` (${place})`;
}

function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Who an event is reported by, as the sentence's opening; an actor reporting their own deed says so in their own words. */
function accordingTo(reporters: readonly string[], actors: readonly string[], name: (id: string) => string, language: ReportLanguage, plural: boolean): string {
  if (reporters.every((reporter) => actors.includes(reporter))) {
    return language === "fr" ? (plural ? "Selon leurs propres déclarations, " : "Selon ses propres déclarations, ") : "By their own account, ";
  }
  const names = list(reporters.map(name), language);
  return language === "fr" ? `Selon ${names}, ` : `According to ${names}, `;
}

/**
 * A group named by a plural common noun ("ministres", "manifestants"): its verb agrees in the
 * plural. A proper name is never read so ("Paris", "Athènes" are one place).
 */
function looksPlural(actorName: string): boolean {
  return /^\p{Ll}/u.test(actorName) && /[sx]$/u.test(actorName.split(/\s+/u)[0]!);
}

/** How many articles support a claim. */
export function sourceCount(claim: Claim): number {
  return new Set(claim.supportedBy.map((span) => span.articleId)).size;
}

/** "Speaker: « words »" as "X said: « words »" / « X a déclaré : « words » », the speaker by their corpus name. */
function describeQuote(claim: Claim, name: (id: string) => string, language: ReportLanguage): string {
  return claim.statement.replace(/^([^:]+):\s*/u, (_, speaker: string) => {
    const who = capitalized(name(claim.speaker ?? speaker));
    return language === "fr" ? `${who} a déclaré : ` : `${who} said: `;
  });
}

const ATTRIBUTE_WORDS: Record<ReportLanguage, AttributeWords> = { en: englishAttributeWords, fr: frenchAttributeWords };

/** A lexicon key in the reader's words ("memorandum-of-understanding" → « protocole d'accord »); a key no table holds reads with spaces for hyphens. */
export function attributeNoun(table: keyof AttributeWords, key: string, language: ReportLanguage): AttributeNoun {
  return ATTRIBUTE_WORDS[language][table][key] ?? { word: key.replaceAll("-", " ") };
}

/** French elides « le » and « la » before a vowel or a mute h (no h-aspiré word is in the tables). */
const FRENCH_ELISION = /^[aeiouyàâäéèêëîïôöûüœh]/iu;

/** "the treaty", « l'accord », « la visite », « les exercices ». */
function definite({ word, feminine, plural }: AttributeNoun, language: ReportLanguage): string {
  if (language === "en") return `the ${word}`;
  return plural ? `les ${word}` : FRENCH_ELISION.test(word) ? `l'${word}` : `${feminine ? "la" : "le"} ${word}`;
}

/** "a treaty", "an agreement", « une convention », « des accords ». */
function indefinite({ word, feminine, plural }: AttributeNoun, language: ReportLanguage): string {
  if (language === "en") return plural ? word : `${/^[aeiou]/iu.test(word) ? "an" : "a"} ${word}`;
  return `${plural ? "des" : feminine ? "une" : "un"} ${word}`;
}

/** A French past participle agreeing with its noun: « présenté », « présentée », « présentés ». */
function agreeing(participle: string, { feminine, plural }: AttributeNoun): string {
  return `${participle}${feminine ? "e" : ""}${plural ? "s" : ""}`;
}

/** How many articles give a value, after it: "protocole d'accord (2)". */
function counted(text: string, variant: ClaimVariant): string {
  return `${text} (${new Set(variant.sources.map((span) => span.articleId)).size})`;
}

/**
 * An attribute claim in the reader's language, its values in words: "The agreement is a
 * memorandum of understanding (2)", « L'accord porte sur le renseignement (2) et la formation (1) ».
 */
function describeAttribute(claim: Claim, name: (id: string) => string, language: ReportLanguage): string {
  const variants = claim.variants ?? [];
  const fr = language === "fr";
  const subjectKey = claim.subject ?? "story";
  const known = ATTRIBUTE_WORDS[language].subjects[subjectKey];
  const subject = known ?? { word: subjectKey };
  // A head noun the lexicon does not know stays in the article's words, quoted in French, where its gender is unknown.
  const theSubject = known || !fr ? definite(subject, language) : `« ${subjectKey} »`;
  let statement: string;
  switch (claim.slot) {
    case "instrument": {
      const [first, ...others] = variants.map((variant) => counted(indefinite(attributeNoun("instruments", variant.value, language), language), variant));
      const also = others.length === 0 ? "" : fr ? ` ; aussi ${agreeing("appelé", subject)} ${list(others, language)}` : `; also called ${list(others, language)}`;
      statement = fr ? `${theSubject} est ${first}${also}` : `${theSubject} is ${first}${also}`;
      break;
    }
    case "scope": {
      const domains = variants.map((variant) => {
        const noun = attributeNoun("domains", variant.value, language);
        return counted(fr ? definite(noun, language) : noun.word, variant);
      });
      statement = fr ? `${theSubject} porte sur ${list(domains, language)}` : `${theSubject} covers ${list(domains, language)}`;
      break;
    }
    case "first": {
      const words = variants[0]?.text ?? "";
      statement = fr ? `${theSubject} est ${agreeing("présenté", subject)} comme une première : « ${words} »` : `${theSubject} is described as a first: “${words}”`;
      break;
    }
    case "metonym": {
      const names = list(variants.map((variant) => counted(variant.text, variant)), language);
      statement = fr ? `Les sources désignent ${name(subjectKey)} par ${names}` : `${name(subjectKey)} is referred to through ${names}`;
      break;
    }
    case "systems": {
      const names = list(variants.map((variant) => counted(variant.text, variant)), language);
      statement = fr ? `Nommés dans le sujet : ${names}` : `Named in the story: ${names}`;
      break;
    }
    default:
      return claim.statement;
  }
  return `${capitalized(statement)}.`;
}
