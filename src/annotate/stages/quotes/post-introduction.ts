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
      starters: new Set(lexicon.sentenceStarters),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

/** `paragraph` ends in a colon (spaces aside); null when it introduces no quote. */
export function readPostIntroduction(paragraph: string, lexicon: QuoteLexicon): PostIntroduction | null {
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
  if (!verb && !hasHandle && !compiled.noun.test(sentence)) return null;
  const region = verb ? sentence.slice(0, verb.start) : sentence;
  const subject = subjectIn(region, lexicon, compiled);
  if (subject) return { kind: subject.kind, speaker: subject.span && { start: sentenceStart + subject.span.start, end: sentenceStart + subject.span.end } };
  // "comme l'a observé sur Twitter le reporter de CNN Ivan Watson :": the subject after the verb.
  if (verb) {
    const after = sentence.slice(verb.end);
    const names = [...after.matchAll(NAME)];
    const last = names.at(-1);
    if (last) {
      const start = sentenceStart + verb.end + (after.length - after.trimStart().length);
      return { kind: "named", speaker: { start, end: sentenceStart + verb.end + last.index + last[0].length } };
    }
  }
  return { kind: "unspecified", speaker: null };
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
    if (compiled.circumstance.test(words)) {
      if (chunks.length > 1) continue;
      // "Mais comme l'a observé …": no subject before the verb.
      return null;
    }
    const name = firstName(words, compiled, lexicon);
    if (name) {
      const before = words.slice(0, name.start).trim();
      const from = before && before.split(/\s+/u).length <= MAX_DESCRIPTION_WORDS ? 0 : name.start;
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
  if (!words || words.split(/\s+/u).length > MAX_DESCRIPTION_WORDS + 1 || compiled.noun.test(words)) return null;
  return { kind: "named", span: { start: firstPlain.start + lead, end: firstPlain.start + lead + words.length } };
}

/** The first handle or name in a chunk; a capitalised first word that only starts the sentence ("Le", "Cette") is skipped. */
function firstName(words: string, compiled: Compiled, lexicon: QuoteLexicon): { start: number; end: number } | null {
  for (const match of words.matchAll(NAME)) {
    if (compiled.agentBefore.test(words.slice(0, match.index))) continue;
    let start = match.index;
    let text = match[0];
    const first = /^\S+/u.exec(text)![0];
    if (compiled.starters.has(first) || compiled.noun.test(first) || lexicon.presentatives.includes(first)) {
      const rest = text.slice(first.length).trimStart();
      if (!rest) continue;
      start += text.length - rest.length;
      text = rest;
    }
    return { start, end: start + text.length };
  }
  return null;
}
