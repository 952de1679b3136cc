/**
 * Direct quotes and who said them. Quotes are found by their marks (« », “ ”, " "), across
 * paragraphs when each new paragraph reopens with «; the speaker by the attribution around
 * them: after (", a déclaré X", ", a-t-il souligné"), before ("X a déclaré : «"), or a
 * pronoun resolved to the last person named. Attribution words are language data.
 */
import { escapeRegExp } from "../../../core/escape-regexp.js";
import type { Span } from "../../../core/message.js";
import type { Quote } from "../../annotation.js";
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import { findPostedQuotes, type PostedQuote } from "./find-posted-quotes.js";
import { tidySpeakerWords, type SpeakerWords } from "./speaker-words.js";
import { introducingVerbAlternation, speechVerbAlternation } from "./speech-verbs.js";


const PAIRS: Record<string, string> = { "«": "»", "“": "”", '"': '"' };
/** Speaker phrases end at punctuation; longer ones are clauses, not names or descriptions. */
const SPEAKER = "([^.,;:!?»«“”()\\n]{2,90})";
/** How far before a quote an introducing clause ("X a déclaré :") may start. */
const INTRO_WINDOW = 160;

interface Compiled {
  after: RegExp;
  /** ", Berg said" · "," he said": the speaker before the verb, after a comma that ends the quote. */
  afterSubjectFirst: RegExp;
  before: RegExp;
  /** A speech verb after a space, then at most 40 characters other than «»“”. to the end: what `before` needs, read back from the end by a sticky lookbehind before `before` is tried at each position. */
  verbNearEnd: RegExp;
  /** "…, indique Le Journal, permettant «": the verb before its subject, both before the quote. */
  beforeInverted: RegExp;
  person: RegExp;
  /** Cuts a speaker phrase where a circumstance begins. */
  ender: RegExp;
  /** A trailing auxiliary the greedy speaker phrase swallowed ("Il a" before "poursuivi"). */
  trailingAuxiliary: RegExp;
  /** A speaker phrase ending in a passive auxiliary ("Le texte est" before "jugé"). */
  passive: RegExp;
  honorific: RegExp;
  /** A relative pronoun opening the words before a verb ("qui a quitté Oslo"). */
  relative: RegExp;
  sentenceStarter: RegExp;
  leadingComplementiser: RegExp;
  /** What joins two quotes of one clause: a conjunction and a few words ("” and a “"). */
  coordinated: RegExp;
}

const cache = new WeakMap<QuoteLexicon, Compiled>();

function compile(lexicon: QuoteLexicon): Compiled {
  let compiled = cache.get(lexicon);
  if (!compiled) {
    const verbs = speechVerbAlternation(lexicon);
    const introducing = introducingVerbAlternation(lexicon);
    const auxiliaries = lexicon.auxiliaries.map(escapeRegExp).join("|");
    const pronouns = Object.keys(lexicon.pronouns).join("|");
    const objects = lexicon.objectPronouns.map(escapeRegExp).join("|");
    const adverbs = lexicon.interjectedAdverbs.map(escapeRegExp).join("|");
    const honorifics = lexicon.honorifics.map(escapeRegExp).join("|");
    const join = lexicon.inversionJoin;
    compiled = {
      // ", a déclaré X" · ", a-t-il (encore) déclaré" · ", explique-t-il" · ", nous explique encore le média"
      after: new RegExp(`^\\s*[,–—-]?\\s*(?:(?:${auxiliaries})${join}(${pronouns})\\s+(?:(?:${adverbs})\\s+)?(?:${verbs})|(?:(?:${objects})\\s+)?(?:(?:${auxiliaries})\\s+)?(?:(?:${adverbs})\\s+)?(?:${verbs})(?:${join}(${pronouns}))?)(?![\\p{L}])(?:\\s+(?:(?:${adverbs})\\s+)?${SPEAKER})?`, "iu"),
      // ", Chela Ortiz, the deputy's wife, said": up to two appositions, which a comma closes before the verb.
      afterSubjectFirst: new RegExp(`^\\s*[,–—-]?\\s*([^.,;:!?»«“”()\\n]{2,60}?(?:(?:,\\s*[^.,;:!?»«“”()\\n]{2,60}?){1,2}(?=,))?),?\\s+(?:(?:${auxiliaries})\\s+)?(?:(?:${adverbs})\\s+)?(?:${verbs})(?![\\p{L}])`, "iu"),
      beforeInverted: new RegExp(`(?:^|[\\s,])(?:${verbs})\\s+${SPEAKER},[^«»“”.]{0,40}$`, "iu"),
      // "X a déclaré : «" · "X explique en ce sens, «"
      // "X, an attorney with Y, said the administration was «": the subject, then up to two appositions.
      before: new RegExp(`(?:^|[.;!?]\\s+|,\\s+|\\n)${SPEAKER}(?:(?:,\\s*[^.,;:!?»«“”()\\n]{2,90}?){1,2},)?\\s+(?:(?:${auxiliaries})\\s+)?(?:${introducing})(?![\\p{L}])[^«»“”.]{0,40}$`, "iu"),
      verbNearEnd: new RegExp(`(?<=\\s(?:${introducing})(?![\\p{L}])[^«»“”.]{0,40})`, "iuy"),
      person: new RegExp(`(?:(?<![\\p{L}])(?:${honorifics})\\s+)?\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+)+`, "gu"),
      honorific: new RegExp(`^(?:${honorifics})`, "u"),
      relative: new RegExp(`^(?:${lexicon.relativePronouns.map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu"),
      sentenceStarter: new RegExp(`^(?:${lexicon.sentenceStarters.map(escapeRegExp).join("|")})$`, "u"),
      ender: new RegExp(`\\s(?:${lexicon.speakerEnders.map(escapeRegExp).join("|")})(?![\\p{L}]).*$`, "iu"),
      trailingAuxiliary: new RegExp(`\\s+(?:${auxiliaries})$`, "iu"),
      passive: new RegExp(`\\s(?:${lexicon.passiveAuxiliaries.map(escapeRegExp).join("|")})$`, "iu"),
      coordinated: new RegExp(`^\\s*(?:${lexicon.conjunctions.map(escapeRegExp).join("|")})\\s[^.!?;:«»“”"\\n]{0,20}$`, "iu"),
      leadingComplementiser: new RegExp(`^(?:${lexicon.complementisers.filter((word) => /['’]$/u.test(word)).map(escapeRegExp).join("|")})`, "iu"),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

export function findQuotes(text: string, lexicon: QuoteLexicon): Quote[] {
  const compiled = compile(lexicon);
  const quotes: Quote[] = [];
  for (const candidate of quoteCandidates(text, lexicon)) {
    const marks = candidate.marks;
    // A named introduction ("X a déclaré « … »") outweighs a pronoun after the quote (", a-t-il encore déclaré"), which refers back to it.
    const after = candidate.posted ? null : speakerAfter(text, marks, compiled, lexicon);
    const found: Attribution = candidate.posted ?? (after?.speakerKind === "pronoun" ? null : after) ?? speakerBefore(text, marks, compiled, lexicon) ?? after ?? { speaker: null, speakerKind: "unattributed" as const };
    // A pronoun most often continues the last speaker quoted; only without one is the last name in the text taken.
    const lastSpeaker = quotes.findLast((quote) => quote.speaker !== null);
    const previous = quotes.at(-1);
    // A quote opening the paragraph right after one that ended on an attributed quote continues it; so does one whose opening mark ends that paragraph (a quote run over lines).
    const between = previous?.speaker ? text.slice(previous.end, marks.start) : "";
    // "called the changes “narrow” and a “common-sense” approach": a quote a conjunction joins to an attributed one in the same clause is the same speaker's.
    const continues =
      found.speakerKind === "unattributed" &&
      previous?.speaker &&
      (/^[^.!?«»\n]*[.!?]?\s*\n\s*$/u.test(between) || (/^[^.!?«»\n]*[.!?]?$/u.test(between) && /^.[ \t]*\n/u.test(text.slice(marks.start, marks.start + 4))) || compiled.coordinated.test(between));
    const speaker =
      found.speakerKind === "pronoun" && lastSpeaker
        ? { speaker: lastSpeaker.speaker, speakerKind: "pronoun" as const }
        : continues
          ? { speaker: previous.speaker, speakerKind: previous.speakerKind }
          : found;
    // Spelt out rather than spread: a spread after the first goes through a slow generic copy. The keys keep the spread's order.
    quotes.push({ start: marks.start, end: marks.end, content: marks.content, direct: true, speaker: speaker.speaker, speakerKind: speaker.speakerKind, speakerEntity: null });
  }
  return quotes;
}

interface Candidate {
  marks: Span & { content: Span };
  /** For a post quoted without marks, the attribution its introduction or handle gave. */
  posted: Attribution | null;
}

/** Quotes in marks and posts quoted as bare paragraphs, in text order. */
function quoteCandidates(text: string, lexicon: QuoteLexicon): Candidate[] {
  const candidates: Candidate[] = findQuotationMarks(text).map((marks) => ({ marks, posted: null }));
  const posted = findPostedQuotes(text, lexicon);
  if (posted.length === 0) return candidates;
  // A paragraph in quotation marks after "he replied:" is a quote already; it is not read again as a post.
  const inMarks = (post: PostedQuote) => candidates.some(({ marks }) => marks.start <= post.start && post.end <= marks.end);
  for (const post of posted.filter((candidate) => !inMarks(candidate))) candidates.push({ marks: { start: post.start, end: post.end, content: { start: post.start, end: post.end } }, posted: { speaker: post.speaker, speakerKind: post.speakerKind } });
  return candidates.sort((a, b) => a.marks.start - b.marks.start || b.marks.end - a.marks.end);
}

/** Pairs of quotation marks; a « left open at a paragraph's end continues when the next paragraph reopens with «. */
export function findQuotationMarks(text: string): Array<Span & { content: Span }> {
  const spans: Array<Span & { content: Span }> = [];
  const opener = /[«“"]/gu;
  let position = 0;
  while (position < text.length) {
    opener.lastIndex = position;
    const found = opener.exec(text);
    if (!found) break;
    const start = found.index;
    const closer = PAIRS[text[start]!]!;
    const close = text.indexOf(closer, start + 1);
    const paragraphEnd = text.indexOf("\n\n", start);
    // A quote runs into the next paragraph only when that paragraph reopens with the same mark.
    let end = paragraphEnd === -1 ? text.length : paragraphEnd;
    while (close > end && text.slice(end).replace(/^\s+/u, "").startsWith(text[start]!)) {
      const next = text.indexOf("\n\n", end + 2);
      end = next === -1 ? text.length : next;
    }
    if (close === -1 || (close > end && !continuesUnreopened(text, start, close))) {
      position = start + 1; // a stray mark
      continue;
    }
    let contentStart = start + 1;
    while (contentStart < close && /\s/u.test(text[contentStart]!)) contentStart += 1;
    let contentEnd = close;
    while (contentEnd > contentStart && /\s/u.test(text[contentEnd - 1]!)) contentEnd -= 1;
    if (contentEnd > contentStart) spans.push({ start, end: close + 1, content: { start: contentStart, end: contentEnd } });
    position = close + 1;
  }
  return spans;
}

/** A quote left open runs on through at most this many paragraph breaks without reopening. */
const MAX_UNREOPENED_BREAKS = 4;

/**
 * Whether a quote left open at its paragraph's end closes at `close`, a few paragraphs on, though
 * the paragraphs between do not reopen it: texts kept one sentence a line (a wire feed, a corpus)
 * run a quote over several lines. Curly marks and guillemets pair unambiguously when no other
 * opener stands between; a straight mark only when it opens a paragraph (or ends one, opening
 * the next) and the closer ends a paragraph or follows a sentence's punctuation (`, "he said`).
 */
function continuesUnreopened(text: string, start: number, close: number): boolean {
  const between = text.slice(start + 1, close);
  if ((between.match(/\n\s*\n/gu)?.length ?? 0) > MAX_UNREOPENED_BREAKS) return false;
  const opener = text[start]!;
  if (opener !== '"') return !between.includes(opener);
  const opensParagraph = /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, start - 3), start)) || /^[ \t]*(?:\n|$)/u.test(text.slice(start + 1, start + 4));
  const endsParagraph = /^[ \t]*(?:\n|$)/u.test(text.slice(close + 1, close + 4)) || /[,.!?…][ \t]*$/u.test(text.slice(Math.max(0, close - 3), close));
  return opensParagraph && endsParagraph;
}

type Attribution = Pick<Quote, "speaker" | "speakerKind">;

function speakerAfter(text: string, quote: Span, compiled: Compiled, lexicon: QuoteLexicon): Attribution | null {
  const after = text.slice(quote.end, quote.end + 200);
  const match = compiled.after.exec(after);
  if (!match) return subjectFirstAfter(text, quote, after, compiled, lexicon);
  const pronoun = (match[1] ?? match[2])?.toLowerCase();
  if (pronoun) return resolvePronoun(text, quote.start, pronoun, compiled, lexicon);
  if (!match[3]) return null;
  const speakerText = match[3].trim().replace(compiled.ender, "");
  if (lexicon.pronouns[speakerText.toLowerCase()]) return resolvePronoun(text, quote.start, speakerText.toLowerCase(), compiled, lexicon);
  const start = quote.end + match.index + match[0].length - match[3].length + (match[3].length - match[3].trimStart().length);
  return { speaker: { start, end: start + speakerText.length, text: speakerText }, speakerKind: "named" };
}

/** The speaker named before the verb after a quote that a comma closes, inside the marks or after them. */
function subjectFirstAfter(text: string, quote: Span, after: string, compiled: Compiled, lexicon: QuoteLexicon): Attribution | null {
  const closedByComma = /,\s*\S$/u.test(text.slice(Math.max(quote.start, quote.end - 3), quote.end)) || /^\s*,/u.test(after);
  const match = closedByComma ? compiled.afterSubjectFirst.exec(after) : null;
  if (!match?.[1] || compiled.passive.test(` ${match[1].trim()}`)) return null;
  return attributed(text, quote, tidySpeakerWords(match[1], quote.end + match.index + match[0].indexOf(match[1]), lexicon), compiled, lexicon);
}

/** Tidied speaker words as an attribution, a pronoun resolved. */
function attributed(text: string, quote: Span, words: SpeakerWords | null, compiled: Compiled, lexicon: QuoteLexicon): Attribution | null {
  if (!words) return null;
  if (words.pronoun) return resolvePronoun(text, quote.start, words.pronoun, compiled, lexicon);
  return { speaker: { start: words.start, end: words.start + words.text.length, text: words.text }, speakerKind: "named" };
}

function speakerBefore(text: string, quote: Span, compiled: Compiled, lexicon: QuoteLexicon): Attribution | null {
  const windowStart = Math.max(0, quote.start - INTRO_WINDOW);
  const before = text.slice(windowStart, quote.start);
  const inverted = compiled.beforeInverted.exec(before);
  if (inverted?.[1] && /^\p{Lu}/u.test(inverted[1].trim())) {
    const raw = inverted[1];
    const start = windowStart + inverted.index + inverted[0].indexOf(raw) + (raw.length - raw.trimStart().length);
    return { speaker: { start, end: start + raw.trim().length, text: raw.trim() }, speakerKind: "named" };
  }
  compiled.verbNearEnd.lastIndex = before.length;
  const match = compiled.verbNearEnd.test(before) ? compiled.before.exec(before) : null;
  if (!match?.[1]) return null;
  const raw = match[1];
  // "Le texte est jugé «…»" is a passive, not an attribution; "X, qui a quitté Oslo, a déclaré" has X for subject, not the relative clause.
  if (compiled.passive.test(raw.trim()) || compiled.relative.test(raw.trim())) return null;
  // "qu'il a qualifié de «…»": the pronoun after an elided complementiser.
  const pronoun = raw.trim().replace(compiled.trailingAuxiliary, "").toLowerCase().replace(compiled.leadingComplementiser, "");
  if (lexicon.pronouns[pronoun]) return resolvePronoun(text, quote.start, pronoun, compiled, lexicon);
  return attributed(text, quote, tidySpeakerWords(raw, windowStart + match.index + match[0].indexOf(raw), lexicon), compiled, lexicon);
}

/** "a-t-il déclaré": the last person named before the quote; "a-t-on précisé": an unspecified source. */
function resolvePronoun(text: string, before: number, pronoun: string, compiled: Compiled, lexicon: QuoteLexicon): Attribution {
  if (lexicon.pronouns[pronoun] !== "person") return { speaker: null, speakerKind: "unspecified" };
  let last: RegExpExecArray | null = null;
  compiled.person.lastIndex = 0;
  for (let match = compiled.person.exec(text); match && match.index < before; match = compiled.person.exec(text)) {
    if (!isSentenceStarter(match, compiled)) last = match;
  }
  if (!last) return { speaker: null, speakerKind: "unspecified" };
  return { speaker: { start: last.index, end: last.index + last[0].length, text: last[0] }, speakerKind: "pronoun" };
}

/** "Le Maroc" is not a person's name: a name does not open on a determiner or a conjunction, unless a title precedes it. */
function isSentenceStarter(match: RegExpExecArray, compiled: Compiled): boolean {
  if (compiled.honorific.test(match[0])) return false;
  return compiled.sentenceStarter.test(match[0].split(/\s+/u)[0]!);
}
