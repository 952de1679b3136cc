/**
 * A paragraph ending in a colon that introduces a post or tweet quoted as the next paragraph
 * ("Mona El Tahawy explique :", "En Égypte, le journaliste Bel Trew demande :", "Elle tweete :",
 * "Mais comme l'a observé sur Twitter le reporter de CNN Ivan Watson :"). Only its last sentence
 * is read. It introduces a quote when that sentence holds a speech or posting verb, a noun
 * announcing words ("Traduction du tract :") or a handle; otherwise the colon opens a list or
 * a description ("Le plan compte trois volets :"). The speaker is the name, handle or pronoun
 * that is the verb's subject, or the name after the verb when it is inverted.
 */
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import { speechVerbAlternation } from "./speech-verbs.js";
import { trieAlternation } from "./trie-alternation.js";

export interface PostIntroduction {
  /** The words naming the speaker, as offsets into the paragraph; null for an unnamed source ("Voici …", "Traduction du tract"). */
  speaker: { start: number; end: number } | null;
  /** "pronoun" when the subject is a pronoun ("Elle tweete :"), to be resolved like an inverted one. */
  kind: "named" | "pronoun" | "unspecified";
  /** A group ("Les net-citoyens de Gaza ont tweeté :"): the tweets that follow are its members', each under its own handle. */
  group: boolean;
}

/** Longer words-before-name stretches are clauses, not a description ("aux yeux de Michelle"): the name alone is kept. */
const MAX_DESCRIPTION_WORDS = 5;
const HANDLES = /@[A-Za-z0-9_]{1,30}/gu;
/** A handle, or capitalised words (a name; "Dr. Kahf", "Alaa Abd El Fattah", "L'Égyptien Mosa'ab Elshamy"). */
const NAME = /@[A-Za-z0-9_]{1,30}|\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*/gu;

interface Compiled {
  verb: RegExp;
  noun: RegExp;
  presentative: RegExp;
  circumstance: RegExp;
  credit: RegExp;
  auxiliary: RegExp;
  agent: RegExp;
  agentBefore: RegExp;
  relative: RegExp;
  determiner: RegExp;
  plural: RegExp;
  starters: Set<string>;
}

const cache = new WeakMap<QuoteLexicon, Compiled>();

export function compilePostWords(lexicon: QuoteLexicon): Compiled {
  let compiled = cache.get(lexicon);
  if (!compiled) {
    const words = (list: readonly string[]) => list.map(escapeRegExp).join("|");
    const verbs = `${speechVerbAlternation(lexicon)}|${trieAlternation([...new Set(lexicon.postVerbs)].sort((a, b) => b.length - a.length))}`;
    compiled = {
      verb: new RegExp(`(?<![\\p{L}'’])(?:${verbs})(?![\\p{L}])`, "giu"),
      noun: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.postNouns)})(?![\\p{L}])`, "iu"),
      presentative: new RegExp(`^(?:${words(lexicon.presentatives)})(?![\\p{L}])`, "iu"),
      circumstance: new RegExp(`^(?:${words(lexicon.circumstanceOpeners)})(?![\\p{L}])`, "iu"),
      credit: new RegExp(`^(?:${words(lexicon.creditCues)})(?![\\p{L}])`, "iu"),
      auxiliary: new RegExp(`\\s(?:${words([...lexicon.auxiliaries, ...lexicon.passiveAuxiliaries])})(?![\\p{L}])`, "iu"),
      agent: new RegExp(`^\\s+(?:${words(lexicon.agentPrepositions)})(?![\\p{L}])`, "iu"),
      agentBefore: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.agentPrepositions)})\\s+$`, "iu"),
      relative: new RegExp(`(?<![\\p{L}])(?:${words(lexicon.relativePronouns)})(?![\\p{L}])`, "giu"),
      determiner: new RegExp(`^(?:${lexicon.determiners.map((word) => (/['’]$/u.test(word) ? escapeRegExp(word) : `${escapeRegExp(word)}(?![\\p{L}])`)).join("|")})`, "iu"),
      plural: new RegExp(`^(?:${words(lexicon.pluralDeterminers)})(?![\\p{L}])`, "iu"),
      starters: new Set(lexicon.sentenceStarters),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

/**
 * `paragraph` ends in a colon (spaces aside); null when it introduces no quote. `evidentPost`:
 * the next paragraph is a tweet or a line in another script, which any colon-ended sentence
 * introduces ("La journaliste Dima Khatib est elle aussi atterrée :").
 */
export function readPostIntroduction(paragraph: string, lexicon: QuoteLexicon, evidentPost: boolean): PostIntroduction | null {
  const compiled = compilePostWords(lexicon);
  const colon = paragraph.lastIndexOf(":");
  // Asides in brackets ("écrit [en farsi] :") are the translator's: blanked, offsets kept.
  const body = paragraph.slice(0, colon).replace(/\[[^\]\n]*\]/gu, (aside) => " ".repeat(aside.length));
  const sentenceStart = lastSentenceStart(body, lexicon);
  const sentence = body.slice(sentenceStart);
  if (compiled.credit.test(sentence.trimStart())) return null;
  const verb = introducingVerb(sentence, compiled);
  // A handle after an agent ("tweeté par @radio") is no subject.
  const hasHandle = [...sentence.matchAll(HANDLES)].some((match) => !compiled.agentBefore.test(sentence.slice(Math.max(0, match.index - 12), match.index)));
  if (!verb && !hasHandle && !evidentPost && !compiled.noun.test(sentence)) return null;
  const region = verb ? sentence.slice(0, verb.start) : sentence;
  const subject = subjectIn(region, lexicon, compiled);
  if (subject) {
    const speaker = subject.span && { start: sentenceStart + subject.span.start, end: sentenceStart + subject.span.end };
    return { kind: subject.kind, speaker, group: speaker !== null && compiled.plural.test(paragraph.slice(speaker.start, speaker.end)) };
  }
  // "comme l'a observé sur Twitter le reporter de CNN Ivan Watson :": the subject after the verb.
  if (verb) {
    const after = sentence.slice(verb.end);
    const names = [...after.matchAll(NAME)];
    const last = names.at(-1);
    if (last) {
      const start = sentenceStart + verb.end + (after.length - after.trimStart().length);
      return { kind: "named", speaker: { start, end: sentenceStart + verb.end + last.index + last[0].length }, group: false };
    }
  }
  return { kind: "unspecified", speaker: null, group: false };
}

/** The first speech or posting verb that is not a participle before its agent ("tweeté par @HabibH"). */
function introducingVerb(sentence: string, compiled: Compiled): { start: number; end: number } | null {
  compiled.verb.lastIndex = 0;
  for (let match = compiled.verb.exec(sentence); match; match = compiled.verb.exec(sentence)) {
    const end = match.index + match[0].length;
    if (!compiled.agent.test(sentence.slice(end, end + 12))) return { start: match.index, end };
  }
  return null;
}

/** Where the last sentence of `body` starts: after the last ". " that does not end an abbreviation ("Dr.", "M."). */
function lastSentenceStart(body: string, lexicon: QuoteLexicon): number {
  const breaks = /[.!?…]\s+(?=\S)/gu;
  let start = 0;
  for (let match = breaks.exec(body); match; match = breaks.exec(body)) {
    const word = /(\S+)$/u.exec(body.slice(Math.max(0, match.index - 12), match.index + 1))?.[1] ?? "";
    if (/^\p{Lu}\.$/u.test(word) || lexicon.honorifics.includes(word) || lexicon.honorifics.includes(word.slice(0, -1))) continue;
    start = match.index + match[0].length;
  }
  return start;
}

interface Subject {
  kind: PostIntroduction["kind"];
  span: { start: number; end: number } | null;
}

/** The subject in the words before the verb: the first comma-separated chunk, past circumstances, that names someone. */
function subjectIn(region: string, lexicon: QuoteLexicon, compiled: Compiled): Subject | null {
  // "…de Michelle, qui, dans le même billet, a ajouté :" · "C'est elle qui signale :": the relative's antecedent.
  const relative = [...region.matchAll(compiled.relative)].at(-1);
  if (relative) {
    const antecedent = antecedentBefore(region.slice(0, relative.index), lexicon, compiled);
    if (antecedent) return antecedent;
  }
  const chunks: Array<{ start: number; text: string }> = [];
  let position = 0;
  for (const part of region.split(/[,;]/u)) {
    chunks.push({ start: position, text: part });
    position += part.length + 1;
  }
  let firstPlain: { start: number; text: string } | null = null;
  for (const chunk of chunks) {
    const lead = chunk.text.length - chunk.text.trimStart().length;
    const words = chunk.text.trim();
    if (!words) continue;
    if (compiled.presentative.test(words)) return { kind: "unspecified", span: null };
    const pronoun = lexicon.pronouns[words.toLowerCase()];
    if (pronoun) return { kind: pronoun === "person" ? "pronoun" : "unspecified", span: null };
    if (compiled.circumstance.test(words) && chunks.length > 1) continue;
    const name = firstName(words, compiled, lexicon);
    if (name) {
      const before = words.slice(0, name.start).trim();
      const from = before && isDescription(before, compiled) ? 0 : name.start;
      // A parenthesis right after the name gives its handle or full name ("@CaireneGirl (Sherine Elbanhawy)").
      const parenthesis = /^\s*\([^()]{1,60}\)/u.exec(words.slice(name.end));
      const end = name.end + (parenthesis?.[0].length ?? 0);
      return { kind: "named", span: { start: chunk.start + lead + from, end: chunk.start + lead + end } };
    }
    firstPlain ??= chunk;
  }
  if (!firstPlain) return null;
  // "Le blogueur ajoute :": a description, up to an auxiliary ("Le texte a été").
  const lead = firstPlain.text.length - firstPlain.text.trimStart().length;
  let words = firstPlain.text.trim();
  const auxiliary = compiled.auxiliary.exec(` ${words}`);
  if (auxiliary) words = words.slice(0, Math.max(0, auxiliary.index - 1)).trim();
  if (!words || !compiled.determiner.test(words) || words.split(/\s+/u).length > MAX_DESCRIPTION_WORDS + 1 || compiled.noun.test(words)) return null;
  return { kind: "named", span: { start: firstPlain.start + lead, end: firstPlain.start + lead + words.length } };
}

/** Words before a name that describe it ("le journaliste"), not a clause or a circumstance ("d'après un article du quotidien"). */
function isDescription(words: string, compiled: Compiled): boolean {
  return compiled.determiner.test(words) && words.split(/\s+/u).length <= MAX_DESCRIPTION_WORDS;
}

/** The last name before a relative pronoun, with its description when short, or the pronoun it stands after. */
function antecedentBefore(before: string, lexicon: QuoteLexicon, compiled: Compiled): Subject | null {
  before = before.replace(/[\s,]+$/u, "");
  const lastWord = /(\p{L}+)$/u.exec(before);
  const pronoun = lastWord && lexicon.pronouns[lastWord[1]!.toLowerCase()];
  if (pronoun) return { kind: pronoun === "person" ? "pronoun" : "unspecified", span: null };
  const chunkStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
  const chunk = before.slice(chunkStart);
  // The name outside a parenthesis: "Ben Wedeman (@bencnn)" is Ben Wedeman, its handle given.
  const name = [...chunk.matchAll(NAME)].filter((match) => chunk[match.index - 1] !== "(" && !compiled.agentBefore.test(chunk.slice(0, match.index))).at(-1);
  if (!name) return null;
  const description = chunk.slice(0, name.index).trim();
  const from = description && !isDescription(description, compiled) ? name.index : chunk.length - chunk.trimStart().length;
  const parenthesis = /^\s*\([^()]{1,60}\)/u.exec(chunk.slice(name.index + name[0].length));
  return { kind: "named", span: { start: chunkStart + from, end: chunkStart + name.index + name[0].length + (parenthesis?.[0].length ?? 0) } };
}

/** The first handle or name in a chunk; a capitalised first word that only starts the sentence ("Le", "Cette") is skipped. */
function firstName(words: string, compiled: Compiled, lexicon: QuoteLexicon): { start: number; end: number } | null {
  for (const match of words.matchAll(NAME)) {
    if (compiled.agentBefore.test(words.slice(0, match.index))) continue;
    let start = match.index;
    let text = match[0];
    const first = /^\S+/u.exec(text)![0];
    if (match.index === 0 && (compiled.starters.has(first) || compiled.noun.test(first) || lexicon.presentatives.includes(first))) {
      const rest = text.slice(first.length).trimStart();
      if (!rest) continue;
      start += text.length - rest.length;
      text = rest;
    }
    return { start, end: start + text.length };
  }
  return null;
}
