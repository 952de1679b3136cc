/**
 * Attribute statements: what an article says of a thing rather than who did what — the kind of
 * instrument an agreement is ("protocole d'accord", "accord-cadre"), the domains a cooperation
 * covers (intelligence, training…), and that something is a first ("le premier accord de ce
 * type", "sans précédent"). Words inside a name or a role ("ministre de la Défense") are not
 * attributes. Hand-written over the language's attribute lexicon: no library extracts these.
 */
import type { Span } from "../../../core/message.js";
import { wordPatterns, type WordPatterns } from "../../../core/word-patterns.js";
import type { AttributeStatement, Entity, Sentence } from "../../annotation.js";
import type { AttributeLexicon, KeyedPattern } from "../../lang/attribute-lexicon.js";
import { SpanUnion } from "../../../core/span-union.js";

/** A run of the patterns of `Compiled.patterns`: those of one list, from `offset` on. */
interface KeyedRun {
  offset: number;
  keys: string[];
}

interface Compiled {
  /** Every pattern between non-alphanumerics, tried in a sentence only where its words can start: subjects, instruments, domains, firsts, then the scope cue. */
  patterns: WordPatterns;
  subjects: KeyedRun;
  instruments: KeyedRun;
  domains: KeyedRun;
  firsts: { offset: number; subjectAfter: boolean[] };
  scopeCue: number;
  /** The subject patterns, for a whole word (stateless: no global flag). */
  subjectWords: Array<{ key: string; pattern: RegExp }>;
}

const cache = new WeakMap<AttributeLexicon, Compiled>();

function compile(lexicon: AttributeLexicon): Compiled {
  let compiled = cache.get(lexicon);
  if (!compiled) {
    const sources: string[] = [];
    const run = (list: readonly KeyedPattern[]): KeyedRun => {
      const offset = sources.length;
      sources.push(...list.map(({ pattern }) => pattern));
      return { offset, keys: list.map(({ key }) => key) };
    };
    const subjects = run(lexicon.subjects);
    const instruments = run(lexicon.instruments);
    const domains = run(lexicon.domains);
    const firsts = { offset: sources.length, subjectAfter: lexicon.firsts.map(({ subjectAfter }) => subjectAfter ?? false) };
    sources.push(...lexicon.firsts.map(({ pattern }) => pattern));
    const scopeCue = sources.length;
    sources.push([...lexicon.subjects.filter((subject) => subject.key === "agreement").map((subject) => subject.pattern), ...lexicon.scopeCues].join("|"));
    compiled = {
      patterns: wordPatterns(sources, "\\p{L}\\p{N}"),
      subjects,
      instruments,
      domains,
      firsts,
      scopeCue,
      subjectWords: lexicon.subjects.map(({ key, pattern }) => ({ key, pattern: new RegExp(`^(?:${pattern})$`, "iu") })),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

export interface AttributeContext {
  sentences: readonly Sentence[];
  entities: readonly Entity[];
}

/** A sentence's words and where each pattern can match in them (WordPatterns.startsIn). */
interface SentenceWords {
  sentence: Sentence;
  words: string;
  starts: Array<readonly number[] | null>;
}

export function findAttributes(text: string, lexicon: AttributeLexicon, context: AttributeContext): AttributeStatement[] {
  const compiled = compile(lexicon);
  // Every name and role of the article, asked once per match: as their union, not a list to scan (4 MB of prose has 80,000 mentions).
  const union = new SpanUnion();
  for (const entity of context.entities) for (const span of [...entity.mentions, ...entity.roles]) union.add(span);
  const named: NamedSpans = { overlaps: (span) => (span.end > span.start ? union.overlaps(span) : context.entities.some((entity) => overlapsAny([...entity.mentions, ...entity.roles], span))) };
  const statements: AttributeStatement[] = [];
  for (const sentence of context.sentences) {
    const at: SentenceWords = { sentence, words: text.slice(sentence.start, sentence.end), starts: compiled.patterns.startsIn(text, sentence.start, sentence.end) };
    // Each finder finds nothing where none of its patterns matches: no cheaper test need rule a sentence out first.
    instrumentsIn(at, compiled, named, statements);
    if (matchesOf(compiled, at, compiled.scopeCue).length > 0) scopesIn(at, compiled, named, statements);
    firstsIn(at, compiled, statements);
  }
  return statements.sort((a, b) => a.start - b.start || a.slot.localeCompare(b.slot));
}

interface NamedSpans {
  /** Whether a span overlaps a name or role of the article. */
  overlaps(span: Span): boolean;
}

/** The matches of pattern `index` in the sentence's words. */
function matchesOf(compiled: Compiled, { words, starts }: SentenceWords, index: number): RegExpExecArray[] {
  const at = starts[index]!;
  return at !== null && at.length === 0 ? [] : compiled.patterns.matchesIn(index, words, at);
}

/** The instruments a sentence names outside names and roles; most specific first: a stretch of words names one instrument. */
function instrumentsIn(at: SentenceWords, compiled: Compiled, named: NamedSpans, statements: AttributeStatement[]): void {
  const { offset, keys } = compiled.instruments;
  const found: Span[] = [];
  for (const [rank, key] of keys.entries()) {
    for (const match of matchesOf(compiled, at, offset + rank)) {
      const span = spanAt(at.sentence, match.index, match[0].length);
      if (named.overlaps(span) || overlapsAny(found, span)) continue;
      found.push(span);
      statements.push({ start: span.start, end: span.end, slot: "instrument", subject: "agreement", value: key, text: match[0] });
    }
  }
}

/** The domains a sentence about a cooperation's scope names outside names and roles. */
function scopesIn(at: SentenceWords, compiled: Compiled, named: NamedSpans, statements: AttributeStatement[]): void {
  const { offset, keys } = compiled.domains;
  for (const [rank, key] of keys.entries()) {
    for (const match of matchesOf(compiled, at, offset + rank)) {
      const span = spanAt(at.sentence, match.index, match[0].length);
      if (!named.overlaps(span)) statements.push({ start: span.start, end: span.end, slot: "scope", subject: "agreement", value: key, text: match[0] });
    }
  }
}

/** The statements that something is a first, each stating the whole sentence; a stretch of words is one phrase's. */
function firstsIn(at: SentenceWords, compiled: Compiled, statements: AttributeStatement[]): void {
  const { offset, subjectAfter } = compiled.firsts;
  const { sentence, words } = at;
  const phrases: Span[] = [];
  for (const [rank, after] of subjectAfter.entries()) {
    for (const match of matchesOf(compiled, at, offset + rank)) {
      const span = spanAt(sentence, match.index, match[0].length);
      if (overlapsAny(phrases, span)) continue;
      phrases.push(span);
      const subject = subjectOf(compiled, at, match.index, match.groups?.["head"], after);
      statements.push({ start: sentence.start, end: sentence.end, slot: "first", subject, value: match[0], text: words.trim() });
    }
  }
}

/** The text span of a match in the sentence's words. */
function spanAt(sentence: Sentence, index: number, length: number): Span {
  return { start: sentence.start + index, end: sentence.start + index + length };
}

function overlapsAny(spans: readonly Span[], { start, end }: Span): boolean {
  return spans.some((span) => start < span.end && end > span.start);
}

/** What a "first" is said of: its head noun's concept, else the nearest subject noun before it in the sentence (after it first, when the phrase opens a clause), else on the other side. */
function subjectOf(compiled: Compiled, at: SentenceWords, index: number, head: string | undefined, subjectAfter: boolean): string {
  if (head) return conceptOf(compiled, head) ?? head.toLowerCase();
  let before: { key: string; at: number } | null = null;
  let after: { key: string; at: number } | null = null;
  const { offset, keys } = compiled.subjects;
  for (const [rank, key] of keys.entries()) {
    for (const match of matchesOf(compiled, at, offset + rank)) {
      if (match.index < index && (!before || match.index > before.at)) before = { key, at: match.index };
      if (match.index > index && (!after || match.index < after.at)) after = { key, at: match.index };
    }
  }
  return (subjectAfter ? (after ?? before) : (before ?? after))?.key ?? "event";
}

function conceptOf(compiled: Compiled, noun: string): string | null {
  return compiled.subjectWords.find(({ pattern }) => pattern.test(noun))?.key ?? null;
}
