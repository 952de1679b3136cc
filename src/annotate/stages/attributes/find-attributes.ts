/**
 * Attribute statements: what an article says of a thing rather than who did what — the kind of
 * instrument an agreement is ("protocole d'accord", "accord-cadre"), the domains a cooperation
 * covers (intelligence, training…), and that something is a first ("le premier accord de ce
 * type", "sans précédent"). Words inside a name or a role ("ministre de la Défense") are not
 * attributes. Hand-written over the language's attribute lexicon: no library extracts these.
 */
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
  /** One alternation of all instruments, and one of all firsts: most sentences have neither, and one test rules them out. */
  anyInstrument: RegExp;
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
  const insideName = (start: number, end: number) => named.some((span) => start < span.end && end > span.start);
  const statements: AttributeStatement[] = [];
  for (const sentence of context.sentences) {
    const words = text.slice(sentence.start, sentence.end);
    const at = (index: number, length: number) => ({ start: sentence.start + index, end: sentence.start + index + length });
    // Most specific first: a stretch of words names one instrument.
    const taken: Array<{ start: number; end: number }> = [];
    for (const { key, pattern } of compiled.anyInstrument.test(words) ? compiled.instruments : []) {
      for (const match of words.matchAll(pattern)) {
        const span = at(match.index, match[0].length);
        if (insideName(span.start, span.end) || taken.some((other) => span.start < other.end && span.end > other.start)) continue;
        taken.push(span);
        statements.push({ ...span, slot: "instrument", subject: "agreement", value: key, text: match[0] });
      }
    }
    if (compiled.scopeCue.test(words)) {
      for (const { key, pattern } of compiled.domains) {
        for (const match of words.matchAll(pattern)) {
          const span = at(match.index, match[0].length);
          if (!insideName(span.start, span.end)) statements.push({ ...span, slot: "scope", subject: "agreement", value: key, text: match[0] });
        }
      }
    }
    const firsts: Array<{ start: number; end: number }> = [];
    for (const { pattern, subjectAfter } of compiled.anyFirst.test(words) ? compiled.firsts : []) {
      for (const match of words.matchAll(pattern)) {
        const span = at(match.index, match[0].length);
        if (firsts.some((other) => span.start < other.end && span.end > other.start)) continue;
        firsts.push(span);
        const subject = subjectOf(compiled, words, match.index, match.groups?.["head"], subjectAfter);
        statements.push({ start: sentence.start, end: sentence.end, slot: "first", subject, value: match[0], text: words.trim() });
      }
    }
  }
  return statements.sort((a, b) => a.start - b.start || a.slot.localeCompare(b.slot));
}

/** What a "first" is said of: its head noun's concept, else the nearest subject noun before it in the sentence (after it first, when the phrase opens a clause), else on the other side. */
function subjectOf(compiled: Compiled, sentence: string, index: number, head: string | undefined, subjectAfter: boolean): string {
  if (head) return conceptOf(compiled, head) ?? head.toLowerCase();
  let before: { key: string; at: number } | null = null;
  let after: { key: string; at: number } | null = null;
  for (const { key, pattern } of compiled.subjects) {
    for (const match of sentence.matchAll(pattern)) {
      if (match.index < index && (!before || match.index > before.at)) before = { key, at: match.index };
      if (match.index > index && (!after || match.index < after.at)) after = { key, at: match.index };
    }
  }
  return (subjectAfter ? (after ?? before) : (before ?? after))?.key ?? "event";
}

function conceptOf(compiled: Compiled, noun: string): string | null {
  return compiled.subjectWords.find(({ pattern }) => pattern.test(noun))?.key ?? null;
}
