/**
 * The subject of a speech verb in reported speech: the entity mention or pronoun right before it
 * ("M. Novak a déclaré", "il a affirmé"), the mention opening its sentence an apposition away,
 * or else the short noun phrase that opens its clause ("The coroner said", "two major-league
 * sources said"), kept as words when no entity stands there.
 */
import { lastIndexOfAny } from "../../../core/last-index-of-any.js";
import { dottedAcronymSource } from "../../../core/dotted-acronym.js";
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { Quote } from "../../annotation.js";
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import type { ListedMentions } from "./listed-mentions.js";
import type { Located } from "./speaking-mentions.js";

/** How far before a speech verb its subject may start. */
const SUBJECT_WINDOW = 120;

const LINE_OR_PERIOD = ["\n", ". "];

export interface Subject {
  start: number;
  attribution: Pick<Quote, "speaker" | "speakerKind" | "speakerEntity">;
}

/** The entity mention or pronoun that ends right before the verb ("M. Novak a déclaré", "il a affirmé"). */
/** The word and the spaces that end a window, read back from its end by a lookbehind (a search would try each position): "… il " before "a déclaré". */
const TRAILING_WORD = /(?<=(?<![\p{L}])(\p{L}+)(\s+))/uy;
/** The spaces, commas and short asides in brackets right before a position, read back from it: "Rep. X (D-Mass.) said" has X for subject. */
const SPACES_AND_COMMAS_BEFORE = /(?<=((?:[\s,]|\([^()]{1,30}\))*))/uy;
/** A sentence's opening words ("But", "Homicide Detective") and the marks after them, all that may stand before its subject (as the test in subjectBefore reads them). */
const SENTENCE_OPENING = /(?:\p{Lu}\p{L}*\.?\s){0,3}[\s«"“]*/uy;

export function subjectBefore(text: string, verbStart: number, mentions: ListedMentions, lexicon: QuoteLexicon): Subject | null {
  const window = text.slice(Math.max(0, verbStart - SUBJECT_WINDOW), verbStart);
  TRAILING_WORD.lastIndex = window.length;
  const pronoun = TRAILING_WORD.exec(window);
  const word = pronoun?.[1]?.toLowerCase();
  if (word && lexicon.pronouns[word]) {
    const start = verbStart - pronoun![1]!.length - pronoun![2]!.length;
    return { start, attribution: { speaker: null, speakerKind: lexicon.pronouns[word] === "person" ? "pronoun" : "unspecified", speakerEntity: null } };
  }
  // The verb's first character is a letter, so no break starting at or just before it is missed by looking before it only.
  const sentenceStart = lastIndexOfAny(text, LINE_OR_PERIOD, verbStart) + 1;
  SPACES_AND_COMMAS_BEFORE.lastIndex = verbStart;
  const gapStart = verbStart - SPACES_AND_COMMAS_BEFORE.exec(text)![1]!.length;
  // The mention that ends last with only spaces and commas before the verb; of those ending alike, the one that starts first, then the first listed.
  let adjacent: Located | undefined;
  for (const located of mentions.endingIn(gapStart, verbStart)) {
    const { start, end } = located.mention;
    // A name inside the aside ("(D-Mass.)") is not the subject.
    if (end < gapStart || end > verbStart || start >= gapStart) continue;
    if (!adjacent || end > adjacent.mention.end || (end === adjacent.mention.end && start < adjacent.mention.start)) adjacent = located;
  }
  const patterns = compile(lexicon);
  // "an attorney with Earthjustice, said": a name after a preposition completes the subject, it is not the subject.
  if (adjacent && patterns.complementPreposition.test(text.slice(Math.max(0, adjacent.mention.start - 20), adjacent.mention.start))) adjacent = undefined;
  // "X, qui …, a déclaré que": the subject opens the sentence, an apposition or relative clause away from the verb.
  // Only a mention starting by the end of the sentence's opening word and quotation marks can open it.
  SENTENCE_OPENING.lastIndex = sentenceStart;
  const openingEnd = sentenceStart + SENTENCE_OPENING.exec(text)![0].length;
  // "Sur Twitter également, @X a souligné que": a name after a preposition opening the sentence is a circumstance, not the subject.
  const openingWord = /^\p{Lu}\p{L}*(?=\s)/u.exec(text.slice(sentenceStart, openingEnd))?.[0].toLowerCase();
  const circumstance = openingWord !== undefined && lexicon.circumstanceOpeners.includes(openingWord);
  // "…, but sources say": a clause a conjunction opens has its own subject, not the sentence's.
  const opening = adjacent || circumstance ? undefined : mentions.startingIn(sentenceStart, openingEnd).find(({ entity, mention }) => mention.start >= sentenceStart && mention.end <= verbStart && entity.type !== "MISC" && /^[\s«"“]*$/u.test(text.slice(sentenceStart, mention.start).replace(/^(?:\p{Lu}\p{L}*\.?\s){0,3}/u, "")) && text.slice(mention.end, verbStart).includes(",") && !patterns.conjunctionClause.test(text.slice(mention.end, verbStart)));
  const located = adjacent ?? relativeAntecedent(text, sentenceStart, verbStart, mentions, patterns) ?? opening;
  if (!located) return describedSubject(text, Math.max(sentenceStart, verbStart - SUBJECT_WINDOW), gapStart, text.slice(gapStart, verbStart).includes(","), lexicon);
  const { mention, entity } = located;
  const start = entity.generic && !opensWithDeterminer(mention.text, lexicon) ? nameBefore(text, mention.start, lexicon) : mention.start;
  return { start, attribution: { speaker: { start, end: mention.end, text: text.slice(start, mention.end) }, speakerKind: "named", speakerEntity: entity.id } };
}

/** Whether a mention's first word is a determiner ("les manifestants", "the officials"): nothing before it is part of it. */
function opensWithDeterminer(mention: string, lexicon: QuoteLexicon): boolean {
  const first = /^\p{L}+['’]?/u.exec(mention)?.[0].toLowerCase() ?? "";
  return lexicon.determiners.includes(first) || lexicon.pluralDeterminers.includes(first);
}

/** One to three capitalised words or dotted initials ("U.S."), each with the spaces after it on the same line, right before a position. */
const CAPITALISED_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}'’.-])(?:` + dottedAcronymSource({ closed: true }) + String.raw`|\p{Lu}[\p{L}&'’-]*)[ \t]+){1,3}$`, "u");

/**
 * Where a group's words start when a name stands before its head ("White House officials",
 * "Orange officials"): the group is that name's, and the speaker words keep it. A word that opens
 * sentences but no name ("The", "But") is left out.
 */
function nameBefore(text: string, groupStart: number, lexicon: QuoteLexicon): number {
  const windowStart = Math.max(0, groupStart - 40);
  const found = CAPITALISED_BEFORE.exec(text.slice(windowStart, groupStart));
  if (!found) return groupStart;
  const words = [...found[0].matchAll(/\S+/gu)];
  let start = groupStart;
  // From the head back, up to a sentence starter.
  for (let k = words.length - 1; k >= 0 && !lexicon.sentenceStarters.includes(words[k]![0]); k -= 1) start = windowStart + found.index + words[k]!.index;
  return start;
}


/**
 * The subject of the sentence a participle of speech ends ("Morrow denied the rumours, saying …"): a
 * pronoun opening the sentence, else the first person or organisation it names outside direct quotes,
 * no preposition before it ("In Rome, …" is a circumstance).
 */
export function sentenceSubjectBefore(text: string, participleStart: number, mentions: ListedMentions, lexicon: QuoteLexicon, quoted: (span: { start: number; end: number }) => boolean): Subject | null {
  const sentenceStart = lastIndexOfAny(text, LINE_OR_PERIOD, participleStart) + 1;
  const patterns = compile(lexicon);
  const firstWord = /^[\s«"“]*(\p{L}+)/u.exec(text.slice(sentenceStart, participleStart));
  const pronoun = firstWord?.[1]?.toLowerCase();
  if (pronoun && lexicon.pronouns[pronoun]) {
    const start = sentenceStart + firstWord![0].length - firstWord![1]!.length;
    return { start, attribution: { speaker: null, speakerKind: lexicon.pronouns[pronoun] === "person" ? "pronoun" : "unspecified", speakerEntity: null } };
  }
  let located: Located | undefined;
  for (const candidate of mentions.startingIn(sentenceStart, participleStart)) {
    const { entity, mention } = candidate;
    if (located && located.mention.start <= mention.start) continue;
    if (mention.end <= participleStart && (entity.type === "PER" || entity.type === "ORG") && !quoted(mention) && !patterns.complementPreposition.test(text.slice(Math.max(sentenceStart, mention.start - 20), mention.start))) located = candidate;
  }
  if (!located) return null;
  const { mention, entity } = located;
  return { start: mention.start, attribution: { speaker: { start: mention.start, end: mention.end, text: mention.text }, speakerKind: "named", speakerEntity: entity.id } };
}

/** A described subject holds at most this many words ("The head of Microsoft's security response team"). */
const DESCRIBED_SUBJECT_MAX_WORDS = 8;

/**
 * conjunctionClause: a comma then a conjunction, a new clause ("…, but sources say"); relativeClause:
 * the relative pronoun opening the clause that ends on the verb (", who first reported");
 * complementPreposition: words before a name ending on a preposition, a determiner between
 * ("publisher of the City Press"); the others serve describedSubject.
 */
type Patterns = Record<"conjunctionClause" | "relativeClause" | "complementPreposition" | "leadingConjunction" | "complement" | "clauseBreak" | "notInSubject", RegExp>;

const cache = new WeakMap<QuoteLexicon, Patterns>();

function compile(lexicon: QuoteLexicon): Patterns {
  let patterns = cache.get(lexicon);
  if (!patterns) {
    const words = (list: readonly string[]) => list.map((word) => escapeRegExp(word.trim())).join("|") || "(?!)";
    patterns = {
      conjunctionClause: new RegExp(`,\\s*(?:${words(lexicon.conjunctions)})\\s`, "iu"),
      relativeClause: new RegExp(`,\\s*(?:${words(lexicon.relativePronouns)})\\s+[^,;:.!?«»“”"]*$`, "iu"),
      complementPreposition: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.complementPrepositions)})\\s+(?:(?:${words(lexicon.determiners)})\\s+)?$`, "iu"),
      leadingConjunction: new RegExp(`^\\s*(?:${words(lexicon.conjunctions)})\\s+`, "iu"),
      complement: new RegExp(`\\s(?:${words(lexicon.complementPrepositions)})(?![\\p{L}])`, "iu"),
      clauseBreak: new RegExp(`[,;:«»“”"()\\n]|(?<![\\p{L}])(?:${words(lexicon.complementisers)})(?![\\p{L}])`, "giu"),
      notInSubject: new RegExp(`(?<![\\p{L}])(?:${words([...lexicon.speakerEnders, ...lexicon.relativePronouns, ...lexicon.complementisers, ...lexicon.circumstanceOpeners, ...lexicon.passiveAuxiliaries, ...Object.keys(lexicon.pronouns)])})(?![\\p{L}])|\\.\\s`, "iu"),
    };
    cache.set(lexicon, patterns);
  }
  return patterns;
}

/**
 * The noun phrase between the clause's start (the sentence's, a comma, a complementiser) and the
 * verb, when it is short and holds no word that opens a circumstance or a relative clause. After a
 * comma, the verb's subject is the phrase opening the sentence, an apposition away ("Telephone
 * providers, such as X and Y, told"); with no apposition between ("The bridge will reopen, said
 * X"), the words before the comma are what was said, not who said it.
 */
function describedSubject(text: string, from: number, verbStart: number, afterComma: boolean, lexicon: QuoteLexicon): Subject | null {
  const patterns = compile(lexicon);
  const window = text.slice(from, verbStart);
  let clauseStart = 0;
  if (afterComma) {
    if (!window.includes(",")) return null;
  } else for (const found of window.matchAll(patterns.clauseBreak)) clauseStart = found.index + found[0].length;
  // "10News in San Diego is reporting": the subject ends where its complement starts.
  const clause = afterComma ? window.slice(0, window.indexOf(",")) : window.slice(clauseStart);
  const complement = patterns.complement.exec(clause);
  const spelt = (complement ? clause.slice(0, complement.index) : clause).trimEnd();
  // "…, but sources say": the conjunction opens the clause, not the subject.
  const opener = patterns.leadingConjunction.exec(spelt)?.[0].length ?? 0;
  const phrase = spelt.slice(opener).trim();
  const words = phrase.split(/\s+/u);
  if (!phrase || words.length > DESCRIBED_SUBJECT_MAX_WORDS || patterns.notInSubject.test(phrase) || !/^[\p{L}\p{N}]/u.test(phrase)) return null;
  const rest = spelt.slice(opener);
  const start = from + (afterComma ? 0 : clauseStart) + opener + (rest.length - rest.trimStart().length);
  return { start, attribution: { speaker: { start, end: start + phrase.length, text: phrase }, speakerKind: "named", speakerEntity: null } };
}

/** "sportscaster Mike Lynch, who first reported that": the mention right before the relative pronoun is the subject. */
function relativeAntecedent(text: string, sentenceStart: number, verbStart: number, mentions: ListedMentions, patterns: Patterns): Located | undefined {
  const clause = patterns.relativeClause.exec(text.slice(sentenceStart, verbStart));
  if (!clause) return undefined;
  const comma = sentenceStart + clause.index;
  return mentions.endingIn(comma - 2, comma).find(({ mention }) => mention.end <= comma && /^\s*$/u.test(text.slice(mention.end, comma)));
}
