/**
 * Attribute statements: what an article says of a thing rather than who did what — the kind of
 * instrument an agreement is ("protocole d'accord", "accord-cadre"), the domains a cooperation
 * covers (intelligence, training…), and that something is a first ("le premier accord de ce
 * type", "sans précédent"). Words inside a name or a role ("ministre de la Défense") are not
 * attributes. Hand-written over the language's attribute lexicon: no library extracts these.
 */
import { allMatches } from "../../../core/all-matches.js";
import type { Span } from "../../../core/message.js";
import type { AttributeStatement, Entity, Sentence } from "../../annotation.js";
import type { AttributeLexicon, KeyedPattern } from "../../lang/attribute-lexicon.js";

interface CompiledKeyed {
  key: string;
  pattern: RegExp;
}

interface Compiled {
  subjects: CompiledKeyed[];
  /** The same subject patterns, for a whole word (stateless: no global flag). */
  subjectWords: CompiledKeyed[];
  instruments: CompiledKeyed[];
  domains: CompiledKeyed[];
  scopeCue: RegExp;
  firsts: Array<{ pattern: RegExp; subjectAfter: boolean }>;
  /** One alternation of all instruments, of all domains, and of all firsts: most sentences have none, and one test rules them out. */
  anyInstrument: RegExp;
  anyDomain: RegExp;
  anyFirst: RegExp;
}

const cache = new WeakMap<AttributeLexicon, Compiled>();
const bounded = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

function compile(lexicon: AttributeLexicon): Compiled {
  let compiled = cache.get(lexicon);
  if (!compiled) {
    const keyed = (list: readonly KeyedPattern[]) => list.map(({ key, pattern }) => ({ key, pattern: new RegExp(bounded(pattern), "giu") }));
    compiled = {
      subjects: keyed(lexicon.subjects),
      subjectWords: lexicon.subjects.map(({ key, pattern }) => ({ key, pattern: new RegExp(`^(?:${pattern})$`, "iu") })),
      instruments: keyed(lexicon.instruments),
      domains: keyed(lexicon.domains),
      scopeCue: new RegExp(bounded([...lexicon.subjects.filter((subject) => subject.key === "agreement").map((subject) => subject.pattern), ...lexicon.scopeCues].join("|")), "iu"),
      firsts: lexicon.firsts.map(({ pattern, subjectAfter }) => ({ pattern: new RegExp(bounded(pattern), "giu"), subjectAfter: subjectAfter ?? false })),
      anyInstrument: new RegExp(bounded(lexicon.instruments.map(({ pattern }) => pattern).join("|")), "iu"),
      anyDomain: new RegExp(bounded(lexicon.domains.map(({ pattern }) => pattern).join("|")), "iu"),
      // Named groups cannot repeat in one alternation: the combined test drops them.
      anyFirst: new RegExp(bounded(lexicon.firsts.map(({ pattern }) => pattern.replaceAll("(?<head>", "(")).join("|")), "iu"),
    };
    cache.set(lexicon, compiled);
  }
  return compiled;
}

export interface AttributeContext {
  sentences: readonly Sentence[];
  entities: readonly Entity[];
}

export function findAttributes(text: string, lexicon: AttributeLexicon, context: AttributeContext): AttributeStatement[] {
  const compiled = compile(lexicon);
  const named = [...context.entities.flatMap((entity) => [...entity.mentions, ...entity.roles])];
  const statements: AttributeStatement[] = [];
  for (const sentence of context.sentences) {
    const words = text.slice(sentence.start, sentence.end);
    if (compiled.anyInstrument.test(words)) statements.push(...instrumentsIn(words, sentence, compiled, named));
    if (compiled.scopeCue.test(words) && compiled.anyDomain.test(words)) statements.push(...scopesIn(words, sentence, compiled, named));
    if (compiled.anyFirst.test(words)) statements.push(...firstsIn(words, sentence, compiled));
  }
  return statements.sort((a, b) => a.start - b.start || a.slot.localeCompare(b.slot));
}

/** The instruments a sentence names outside names and roles; most specific first: a stretch of words names one instrument. */
function instrumentsIn(words: string, sentence: Sentence, compiled: Compiled, named: readonly Span[]): AttributeStatement[] {
  const found: AttributeStatement[] = [];
  for (const { key, pattern } of compiled.instruments) {
    for (const match of allMatches(pattern, words)) {
      const span = spanAt(sentence, match.index, match[0].length);
      if (overlapsAny(named, span) || overlapsAny(found, span)) continue;
      found.push({ ...span, slot: "instrument", subject: "agreement", value: key, text: match[0] });
    }
  }
  return found;
}

/** The domains a sentence about a cooperation's scope names outside names and roles. */
function scopesIn(words: string, sentence: Sentence, compiled: Compiled, named: readonly Span[]): AttributeStatement[] {
  const found: AttributeStatement[] = [];
  for (const { key, pattern } of compiled.domains) {
    for (const match of allMatches(pattern, words)) {
      const span = spanAt(sentence, match.index, match[0].length);
      if (!overlapsAny(named, span)) found.push({ ...span, slot: "scope", subject: "agreement", value: key, text: match[0] });
    }
  }
  return found;
}

/** The statements that something is a first, each stating the whole sentence; a stretch of words is one phrase's. */
function firstsIn(words: string, sentence: Sentence, compiled: Compiled): AttributeStatement[] {
  const phrases: Span[] = [];
  const found: AttributeStatement[] = [];
  for (const { pattern, subjectAfter } of compiled.firsts) {
    for (const match of allMatches(pattern, words)) {
      const span = spanAt(sentence, match.index, match[0].length);
      if (overlapsAny(phrases, span)) continue;
      phrases.push(span);
      const subject = subjectOf(compiled, words, match.index, match.groups?.["head"], subjectAfter);
      found.push({ start: sentence.start, end: sentence.end, slot: "first", subject, value: match[0], text: words.trim() });
    }
  }
  return found;
}

/** The text span of a match in the sentence's words. */
function spanAt(sentence: Sentence, index: number, length: number): Span {
  return { start: sentence.start + index, end: sentence.start + index + length };
}

function overlapsAny(spans: readonly Span[], { start, end }: Span): boolean {
  return spans.some((span) => start < span.end && end > span.start);
}

/** What a "first" is said of: its head noun's concept, else the nearest subject noun before it in the sentence (after it first, when the phrase opens a clause), else on the other side. */
function subjectOf(compiled: Compiled, sentence: string, index: number, head: string | undefined, subjectAfter: boolean): string {
  if (head) return conceptOf(compiled, head) ?? head.toLowerCase();
  let before: { key: string; at: number } | null = null;
  let after: { key: string; at: number } | null = null;
  for (const { key, pattern } of compiled.subjects) {
    for (const match of allMatches(pattern, sentence)) {
      if (match.index < index && (!before || match.index > before.at)) before = { key, at: match.index };
      if (match.index > index && (!after || match.index < after.at)) after = { key, at: match.index };
    }
  }
  return (subjectAfter ? (after ?? before) : (before ?? after))?.key ?? "event";
}

function conceptOf(compiled: Compiled, noun: string): string | null {
  return compiled.subjectWords.find(({ pattern }) => pattern.test(noun))?.key ?? null;
}
