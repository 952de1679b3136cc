/**
 * Reported speech: "X a déclaré que …" (the speaker is the subject before the speech verb, the
 * content the clause after "que"), "selon X, …" / "…, d'après X." (the content is the rest of
 * the sentence), and an attribution closing the sentence ("…, a annoncé son bureau.", "…, the
 * ministry said.": the content is what precedes it). The speaker is an entity mention where one stands there, else the noun phrase
 * ("selon des sources sécuritaires") kept as an unnamed source. Words come from the lexicon.
 */
import { allMatches } from "../../../core/all-matches.js";
import { escapeRegExp } from "../../../core/escape-regexp.js";
import { lastIndexOfAny } from "../../../core/last-index-of-any.js";
import { matchesFromStarts } from "../../../core/matches-from-starts.js";
import { matchesInCuedStretches } from "../../../core/matches-in-cued-stretches.js";
import type { Span } from "../../../core/message.js";
import type { Entity, Quote } from "../../annotation.js";
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import { coveringSpans } from "../../../core/covering-spans.js";
import { listedMentions } from "./listed-mentions.js";
import { SpanUnion } from "../../../core/span-union.js";
import { speakingMentions } from "./speaking-mentions.js";
import { sentenceSubjectBefore, subjectBefore } from "./reported-subject.js";
import { relativeSourceAlternation, speechVerbAlternation } from "./speech-verbs.js";
import { trieAlternation } from "./trie-alternation.js";
import { speakerFirstStarts } from "./trailing-attribution-starts.js";

interface Compiled {
  /** "a déclaré que", "affirme qu'", "told Bloomberg News that", "said in a statement that", "is reporting that" — the verb and its complementiser. */
  thatClause: RegExp;
  /** "said he would", "police say alcohol was": a verb whose clause needs no complementiser; null where every clause has one. */
  bareClause: RegExp | null;
  /** The words opening no clause after such a verb ("said to be", "said in a statement."). */
  nonClauseOpener: RegExp;
  /** A preposition or another word that opens no noun phrase ("to the distress call"). */
  complementOpener: RegExp;
  /** The complementisers alone: a that-clause is looked for only in the stretches of words where one occurs. */
  complementiserCue: RegExp | null;
  /** "selon", "d'après" at a word boundary. */
  source: RegExp;
  /** The same opening a clause ("reported that, according to X, …"), and a complementiser closing the words before one. */
  sourceOpening: RegExp;
  complementiserEnding: RegExp;
  /** "…, a annoncé mercredi son bureau." · "…, ont déclaré des responsables." — the attribution closing the sentence, verb first. */
  trailingVerbFirst: RegExp;
  /** "…, the ministry said." · "…, le ministère a indiqué." — the same, speaker first; sticky, tried where speakerFirstStarts says. */
  trailingSpeakerFirst: RegExp;
  /** "The bullet, he said, went …" · "…, authorities said, as …": an attribution between commas inside the sentence it reports. */
  parenthetical: RegExp;
  /** Whether a speech verb after a space ends right here, but for spaces: a sticky lookbehind. */
  verbEndsHere: RegExp;
  /** "selon lequel", "according to which" opening at a position. */
  relativeSource: RegExp;
  /** ", saying (that) …", ", ajoutant que …": a participle of speech adding its clause to the sentence; null when the lexicon has none. */
  participleClause: RegExp | null;
  /** Words that open a circumstance, not a speaker ("mercredi son bureau" → "son bureau"). */
  leadingCircumstance: RegExp;
  complementiser: RegExp;
}

const cache = new WeakMap<QuoteLexicon, Compiled>();
/** The characters of a that-clause ("a, dit-on, déclaré" is none), as a class for matchesInCuedStretches. */
const THAT_CLAUSE_CLASS = "[\\p{L}\\s,’']";
const THAT_CLAUSE_CHARACTERS = new RegExp(`^${THAT_CLAUSE_CLASS}*$`, "u");

function compile(lexicon: QuoteLexicon): Compiled {
  let compiled = cache.get(lexicon);
  if (!compiled) {
    const verbs = speechVerbAlternation(lexicon);
    const auxiliaries = lexicon.auxiliaries.map(escapeRegExp).join("|");
    const adverbs = [...lexicon.interjectedAdverbs.map(escapeRegExp), `\\p{L}{3,}${escapeRegExp(lexicon.adverbSuffix)}`].join("|");
    // "qu’il": an elided complementiser runs into the next word; a full one ends at a word boundary.
    const complementisers = lexicon.complementisers.map((word) => (/['’]$/u.test(word) ? escapeRegExp(word) : `${escapeRegExp(word)}(?![\\p{L}])`)).join("|");
    // A that-clause is made of words, spaces and a comma; when the lexicon's words hold nothing else, it lies in a stretch of those.
    const wordsOfThatClause = [...lexicon.auxiliaries, ...lexicon.interjectedAdverbs, lexicon.adverbSuffix, ...lexicon.speechVerbs, ...lexicon.reportingVerbs, ...lexicon.addresseeVerbs, ...lexicon.adjunctOpeners, ...lexicon.complementisers];
    const byLength = [...lexicon.complementisers].sort((a, b) => b.length - a.length);
    const thatVerbs = trieAlternation([...new Set([...lexicon.speechVerbs, ...lexicon.reportingVerbs])].sort((a, b) => b.length - a.length));
    // "told Bloomberg News that": an addressee of a few words; "said in a statement that": an adjunct the lexicon's words open.
    const word = "[\\p{L}'’-]+";
    const addressee = lexicon.addresseeVerbs.length ? `|(?:${lexicon.addresseeVerbs.map(escapeRegExp).join("|")})\\s+${word}(?:\\s+${word}){0,4}?` : "";
    const adjunct = lexicon.adjunctOpeners.length ? `(?:\\s+(?:${lexicon.adjunctOpeners.map(escapeRegExp).join("|")})(?![\\p{L}])(?:\\s+${word}){0,4}?)?` : "";
    compiled = {
      complementiserCue: wordsOfThatClause.every((word) => THAT_CLAUSE_CHARACTERS.test(word)) ? new RegExp(`(?:${byLength.map(escapeRegExp).join("|")})`, "giu") : null,
      thatClause: new RegExp(`(?<![\\p{L}])(?:(?:${auxiliaries})\\s+)?(?:(?:${adverbs})\\s+)?(?:${thatVerbs}${addressee})(?:\\s+(?:${adverbs}))?${adjunct}\\s*,?\\s+(?:${complementisers})\\s*`, "giu"),
      bareClause: lexicon.bareClauseVerbs.length
        ? new RegExp(`(?<![\\p{L}])(?:(?:${auxiliaries})\\s+)?(?:(?:${adverbs})\\s+)?(?:${trieAlternation([...lexicon.bareClauseVerbs].sort((a, b) => b.length - a.length))})(?:\\s+(?:${adverbs}))?[ \\t]+(?=\\p{L})`, "giu")
        : null,
      complementOpener: new RegExp(`^(?:${[...lexicon.nonClauseOpeners, ...lexicon.complementPrepositions].map(escapeRegExp).join("|") || "(?!)"})(?![\\p{L}])`, "iu"),
      nonClauseOpener: new RegExp(`^(?:${[...lexicon.nonClauseOpeners, ...lexicon.adjunctOpeners, ...lexicon.complementisers, ...lexicon.speakerEnders].map(escapeRegExp).join("|") || "(?!)"})(?![\\p{L}])`, "iu"),
      source: new RegExp(`(?<![\\p{L}])(?:${lexicon.sourcePrepositions.map(escapeRegExp).join("|")})\\s+`, "giu"),
      sourceOpening: new RegExp(`^,?\\s*(?:${lexicon.sourcePrepositions.map(escapeRegExp).join("|")})\\s`, "iu"),
      complementiserEnding: new RegExp(`(?<![\\p{L}])(?:${lexicon.complementisers.map(escapeRegExp).join("|")})\\s*,?\\s*$`, "iu"),
      trailingVerbFirst: new RegExp(`,\\s*(?:(?:${auxiliaries})\\s+)?(?:${verbs})(?![\\p{L}])\\s+([^,.;:!?«»“”()\\n]{2,80}?)\\s*(?=[.;!?](?:\\s|$)|,\\s)`, "giu"),
      trailingSpeakerFirst: new RegExp(`,\\s*([^,.;:!?«»“”()\\n]{2,60}?)\\s+(?:(?:${auxiliaries})\\s+)?(?:${verbs})(?![\\p{L}])\\s*(?=[.;!?](?:\\s|$))`, "iuy"),
      parenthetical: new RegExp(`,\\s*((?:[^,.;:!?«»“”()\\s]+\\s+){0,3}?[^,.;:!?«»“”()\\s]+)\\s+(?:(?:${auxiliaries})\\s+)?(?:${verbs})(?![\\p{L}]),\\s+(?=\\p{L})`, "giu"),
      verbEndsHere: new RegExp(`(?<=\\s(?:${verbs})\\s*)`, "iuy"),
      relativeSource: new RegExp(`^(?:${relativeSourceAlternation(lexicon)})(?![\\p{L}])`, "iu"),
      // Where every clause has a complementiser (French "que"), the participle needs one too.
      participleClause: lexicon.participleSpeechVerbs.length
        ? new RegExp(`,\\s*(?:${trieAlternation([...lexicon.participleSpeechVerbs].sort((a, b) => b.length - a.length))})(?![\\p{L}])\\s*(?:(?:${complementisers})\\s*)${lexicon.bareClauseVerbs.length ? "?" : ""}(?=\\p{L})`, "giu")
        : null,
      leadingCircumstance: new RegExp(`^(?:(?:${lexicon.speakerEnders.map(escapeRegExp).join("|")}|${adverbs})(?![\\p{L}])\\s*)+`, "iu"),
      complementiser: new RegExp(`^(?:${complementisers})`, "iu"),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

/** A direct quote as found before reported speech: its span, and its speaker when the quote stage gave one. */
type DirectQuote = Span & { speaker?: Quote["speaker"] };

export function findReportedSpeech(text: string, lexicon: QuoteLexicon, entities: readonly Entity[], direct: readonly DirectQuote[]): Quote[] {
  const compiled = compile(lexicon);
  const mentions = listedMentions(speakingMentions(entities));
  // Strictly inside a direct quote: on integer offsets, a quote covering the two characters around the position.
  const coveredByDirect = coveringSpans(direct);
  const insideDirect = (position: number) => coveredByDirect({ start: position - 1, end: position + 1 });
  const contents = new SpanUnion();
  const found: Quote[] = [];

  const thatClauses = compiled.complementiserCue ? matchesInCuedStretches(compiled.thatClause, text, compiled.complementiserCue, THAT_CLAUSE_CLASS) : allMatches(compiled.thatClause, text);
  for (const match of thatClauses) {
    if (insideDirect(match.index)) continue;
    const contentStart = match.index + match[0].length;
    const contentEnd = sentenceEnd(text, contentStart);
    // "Rosenthal reported that, according to a league source, …": the source named inside speaks; the reporter relays.
    if (contentEnd - contentStart < 3 || compiled.sourceOpening.test(text.slice(contentStart, contentStart + 20))) continue;
    const subject = subjectBefore(text, match.index, mentions, lexicon);
    if (!subject) continue;
    const { speaker, speakerKind, speakerEntity } = subject.attribution;
    // Spelt out rather than spread (a trailing spread takes a slow generic copy), in the spread's key order.
    found.push({ start: subject.start, end: contentEnd, direct: false, content: { start: contentStart, end: contentEnd }, speaker, speakerKind, speakerEntity });
    contents.add({ start: contentStart, end: contentEnd });
  }

  for (const match of compiled.bareClause ? allMatches(compiled.bareClause, text) : []) {
    const contentStart = match.index + match[0].length;
    if (insideDirect(match.index) || compiled.nonClauseOpener.test(text.slice(contentStart, contentStart + 20))) continue;
    const contentEnd = sentenceEnd(text, contentStart);
    // A clause has a subject and a verb: fewer than three words ("said Tuesday.") is an adjunct.
    if (text.slice(contentStart, contentEnd).split(/\s+/u).length < 3) continue;
    const subject = subjectBefore(text, match.index, mentions, lexicon);
    if (!subject) continue;
    const { speaker, speakerKind, speakerEntity } = subject.attribution;
    found.push({ start: subject.start, end: contentEnd, direct: false, content: { start: contentStart, end: contentEnd }, speaker, speakerKind, speakerEntity });
    contents.add({ start: contentStart, end: contentEnd });
  }

  for (const match of compiled.participleClause ? allMatches(compiled.participleClause, text) : []) {
    const contentStart = match.index + match[0].length;
    if (insideDirect(match.index) || compiled.nonClauseOpener.test(text.slice(contentStart, contentStart + 20))) continue;
    const contentEnd = sentenceEnd(text, contentStart);
    // A clause has a subject and a verb: "adding to the tension." is no clause.
    if (text.slice(contentStart, contentEnd).split(/\s+/u).length < 3 || contents.overlaps({ start: contentStart, end: contentEnd })) continue;
    const subject = sentenceSubjectBefore(text, match.index, mentions, lexicon, coveredByDirect);
    if (!subject) continue;
    const { speaker, speakerKind, speakerEntity } = subject.attribution;
    found.push({ start: subject.start, end: contentEnd, direct: false, content: { start: contentStart, end: contentEnd }, speaker, speakerKind, speakerEntity });
    contents.add({ start: contentStart, end: contentEnd });
  }

  for (const match of allMatches(compiled.source, text)) {
    // "le récit de X selon lequel « … »": a relative, not a source; the quote after it is X's (link-speakers.ts).
    if (insideDirect(match.index) || compiled.relativeSource.test(text.slice(match.index, match.index + 30))) continue;
    const phraseStart = match.index + match[0].length;
    const phraseEnd = phraseEndAt(text, phraseStart);
    const mention = mentions.startingIn(phraseStart, phraseStart + 4).find(({ mention: candidate }) => candidate.end <= phraseEnd);
    const speakerEnd = phraseEnd;
    const speaker = { start: phraseStart, end: speakerEnd, text: text.slice(phraseStart, speakerEnd) };
    if (speaker.text.length < 2) continue;
    const begin = sentenceStart(text, match.index);
    const end = sentenceEnd(text, match.index);
    // "Selon X, …": the claim follows; "…, selon X.": it precedes.
    const follows = match.index - begin < 3 || compiled.complementiserEnding.test(text.slice(begin, match.index));
    const content = follows ? { start: Math.min(end, speakerEnd + 1), end } : { start: begin, end: Math.max(begin, match.index - 2) };
    if (content.end - content.start < 3) continue;
    const trimmed = trim(text, content);
    // "Selon le Daily Star, X a déclaré que …": X speaks, the paper only reports it; the nested quote carries the words.
    if (quotesSomeoneWithin(trimmed, found, direct)) continue;
    found.push({ start: Math.min(match.index, content.start), end: Math.max(speakerEnd, content.end), direct: false, content: trimmed, speaker, speakerKind: "named", speakerEntity: mention?.entity.id ?? null });
    contents.add(trimmed);
  }
  const trailing = [allMatches(compiled.trailingVerbFirst, text), matchesFromStarts(compiled.trailingSpeakerFirst, text, speakerFirstStarts(text, compiled.verbEndsHere)), allMatches(compiled.parenthetical, text)];
  for (const [kind, matches] of trailing.entries()) {
    const parenthetical = kind === 2;
    for (const match of matches) {
      if (insideDirect(match.index) || /[»”"]\s*$/u.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
      const raw = match[1]!;
      // "…, responded to the distress call.": words after a preposition complete the verb, they name no speaker; quotation marks around the words are not theirs.
      const marks = /^[\s"'’‘“”«»]*/u.exec(raw)![0].length;
      if (compiled.complementOpener.test(raw.slice(marks))) continue;
      const cut = marks + (compiled.leadingCircumstance.exec(raw.slice(marks))?.[0].length ?? 0);
      const speakerStart = match.index + match[0].indexOf(raw) + cut;
      const speakerText = raw.slice(cut).trim();
      // "…, and the United States.": a capitalised word is a name, not a speech verb; a clause already read after a verb is no speaker.
      const verbFirst = kind === 0;
      const verb = verbFirst ? match[0].replace(/^,\s*/u, "") : match[0].slice(match[0].indexOf(raw) + raw.length).trimStart();
      if (/^\p{Lu}/u.test(verb) || (verbFirst && contents.overlaps({ start: speakerStart, end: speakerStart + speakerText.length }))) continue;
      if (speakerText.length < 2 || speakerText.split(/\s+/u).length > 8 || compiled.complementiser.test(speakerText)) continue;
      const begin = sentenceStart(text, match.index);
      // The words reported are the sentence around a parenthetical attribution, what precedes a closing one.
      const content = trim(text, { start: begin, end: parenthetical ? sentenceEnd(text, match.index + match[0].length) : match.index });
      // '"We understand," Chela Ruiz, his wife, said afterward.': a sentence opening on a direct quote leaves the words to it.
      if (content.end - content.start < 10 || contents.overlaps(content) || coveredByDirect({ start: content.start, end: content.start + 1 })) continue;
      // "…, he said.": the pronoun's person is found when speakers are linked.
      const pronoun = lexicon.pronouns[speakerText.toLowerCase()];
      if (pronoun) {
        found.push({ start: content.start, end: speakerStart + speakerText.length, direct: false, content, speaker: null, speakerKind: pronoun === "person" ? "pronoun" : "unspecified", speakerEntity: null });
        contents.add(content);
        continue;
      }
      // "…, a annoncé un site suédois, Nordposten.": a name in apposition closing the sentence is the speaker's.
      const apposition = /^\s*,\s*([^,.;:!?«»“”()\n]{2,40}?)\s*(?=[.;!?](?:\s|$))/u.exec(text.slice(speakerStart + speakerText.length));
      const speakerEnd = speakerStart + speakerText.length + (apposition ? apposition[0].length : 0);
      const speaker = { start: speakerStart, end: speakerEnd, text: text.slice(speakerStart, speakerEnd) };
      const inSpeaker = mentions.startingIn(speaker.start, speaker.end).filter(({ mention: candidate }) => candidate.end <= speaker.end);
      const mention = inSpeaker.at(apposition ? -1 : 0);
      found.push({ start: content.start, end: speaker.end, direct: false, content, speaker, speakerKind: "named", speakerEntity: mention?.entity.id ?? null });
      contents.add(content);
    }
  }
  return found;
}

/** Whether a that-clause's subject or a direct quote's named speaker stands inside `content`: someone quoted there speaks, not the source around them. */
function quotesSomeoneWithin(content: Span, thatClauses: readonly Quote[], direct: readonly DirectQuote[]): boolean {
  const inside = (span: Span | null | undefined) => !!span && span.start >= content.start && span.end <= content.end;
  return thatClauses.some((quote) => !quote.direct && inside({ start: quote.start, end: quote.content.start })) || direct.some((quote) => inside(quote.speaker) && inside(quote));
}

function sentenceEnd(text: string, from: number): number {
  const end = /[.!?](?=\s+[\p{Lu}«"“]|\s*$)|\n/u.exec(text.slice(from));
  return end ? from + end.index + (end[0] === "\n" ? 0 : 1) : text.length;
}

const SENTENCE_BREAKS = ["\n", ". ", "! ", "? "];

function sentenceStart(text: string, before: number): number {
  // The character after the last line break or sentence-ending mark (0 at the text's start).
  let start = lastIndexOfAny(text, SENTENCE_BREAKS, before) + 1;
  while (start < before && /\s/u.test(text[start]!)) start += 1;
  return start;
}

/** A source phrase ends at punctuation ("selon le ministère, …"). */
function phraseEndAt(text: string, from: number): number {
  const end = /[,.;:!?\n()«»]/u.exec(text.slice(from, from + 120));
  return end ? from + end.index : Math.min(text.length, from + 120);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,]/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
