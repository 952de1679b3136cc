/**
 * What every match of a regular-expression source begins with: for
 * `(?<!\p{L})(?:le\s+)?(mardi|\d+)` the prefixes "le␣mardi", "le␣[0-9]", "mardi" and "[0-9]",
 * where "␣" is a run of whitespace. A caller that knows them can look for them cheaply and try
 * the pattern only where one stands, instead of letting the engine try alternations of words at
 * every position of the text.
 *
 * The analysis is conservative: a prefix stops at the first piece it cannot spell (a class
 * such as `\p{L}`, a repeated group, a back-reference), so each prefix is a prefix of the matched
 * text; lookarounds take no character and are stepped over, and `(?!)` never matches. Where a
 * match could begin with anything (a leading `\s`, an empty match), or the syntax is not
 * understood, the answer is null. A whitespace step stands for the whole run of whitespace there
 * (a prefix never goes on with a step that could take whitespace). Letters are as written: a
 * case-insensitive caller folds them.
 *
 * The source is parsed, as a pattern of unicode mode (the "u" flag, ES2024 syntax: what Node 20
 * compiles), by @eslint-community/regexpp, ESLint's parser; a source it refuses gives null. The
 * walk of its syntax tree below is project code: no library lists the prefixes every match must
 * begin with, in the steps (whitespace runs, small classes) the trie of detector-starts.ts reads.
 */
import { RegExpParser, RegExpSyntaxError, type AST } from "@eslint-community/regexpp";

/** One of a few characters (a literal, a small class, `\d`), or a run of whitespace of at least `spaces` characters. */
export type PrefixStep = { chars: readonly string[] } | { spaces: 0 | 1 };
export type Prefix = readonly PrefixStep[];

/** A prefix found so far; `open` when the piece matches exactly its steps, so what follows the piece extends it. */
interface Partial {
  steps: PrefixStep[];
  open: boolean;
}

/** null: a match may begin with anything. */
type Found = Partial[] | null;

/** Larger classes are not spelled out: a prefix stops before them. */
const MAX_CLASS = 16;
/** Prefixes are not extended past this many. */
const MAX_PREFIXES = 256;
const DIGITS = [..."0123456789"];
const WHITESPACE = /^\s$/u;
const EMPTY: Partial = { steps: [], open: true };
const parser = new RegExpParser({ ecmaVersion: 2024 });

const parse = (source: string): AST.Pattern => parser.parsePattern(source, 0, source.length, { unicode: true });

export function matchPrefixes(source: string): Prefix[] | null {
  let pattern: AST.Pattern;
  try {
    pattern = parse(source);
  } catch (error) {
    if (error instanceof RegExpSyntaxError) return null;
    throw error;
  }
  const found = alternatives(pattern.alternatives);
  if (found === null || found.some(({ steps }) => steps.length === 0 || "spaces" in steps[0]!)) return null;
  return found.map(({ steps }) => steps);
}

/** The source of each top-level alternative, as written (`a|(b|c)` → "a", "(b|c)"). */
export function topLevelAlternatives(source: string): string[] {
  return parse(source).alternatives.map(({ raw }) => raw);
}

function alternatives(list: readonly AST.Alternative[]): Found {
  return union(list.map(({ elements }) => sequence(elements, 0)));
}

function union(parts: Found[]): Found {
  return parts.some((part) => part === null) ? null : parts.flatMap((part) => part!);
}

/** The prefixes of matches of elements[from…]. */
function sequence(elements: readonly AST.Element[], from: number): Found {
  if (from === elements.length) return [EMPTY];
  const first = single(elements[from]!);
  if (first === null || first.every((partial) => !partial.open)) return first;
  const full = sequence(elements, from + 1);
  const rest = full && fitting(full, Math.floor(MAX_PREFIXES / first.filter((partial) => partial.open && partial.steps.length > 0).length));
  const extensible = rest !== null;
  const found: Partial[] = [];
  for (const partial of first) {
    if (!partial.open) found.push(partial);
    else if (partial.steps.length === 0) {
      if (full === null) return null;
      found.push(...full);
    } else if (extensible) {
      for (const next of rest!) found.push(joins(partial.steps, next.steps) ? { steps: [...partial.steps, ...next.steps], open: next.open } : { steps: partial.steps, open: false });
    } else {
      found.push({ steps: partial.steps, open: false });
    }
  }
  return found;
}

/** A whitespace run is read whole, so what follows it in a prefix must not take whitespace. */
function joins(before: PrefixStep[], after: PrefixStep[]): boolean {
  const [last, first] = [before[before.length - 1], after[0]];
  return !last || !first || !("spaces" in last) || ("chars" in first && !first.chars.some((char) => WHITESPACE.test(char)));
}

/** At most `budget` prefixes, cut as long as that allows (null when even one step is too many). */
function fitting(found: Partial[], budget: number): Partial[] | null {
  if (found.length <= budget) return found;
  const keys = found.map(({ steps }) => steps.map((step) => ("spaces" in step ? `\u0000${step.spaces}` : step.chars.join("\u0001"))));
  // Cut shorter, prefixes merge: the longest cut within budget is found by halving.
  const cut = (length: number) => {
    const kept = new Map<string, Partial>();
    found.forEach((partial, index) => {
      const shortened = partial.steps.length > length ? { steps: partial.steps.slice(0, length), open: false } : partial;
      kept.set(`${shortened.open}\u0002${keys[index]!.slice(0, length).join("\u0002")}`, shortened);
    });
    return [...kept.values()];
  };
  let [low, high] = [0, Math.max(...found.map(({ steps }) => steps.length))];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (cut(middle).length <= budget) low = middle;
    else high = middle - 1;
  }
  return low > 0 ? cut(low) : null;
}

/** The prefixes of matches of one element, quantified or not. */
function single(element: AST.Element): Found {
  const { min, max, element: atom } = element.type === "Quantifier" ? element : { min: 1, max: 1, element };
  // Anchors and lookarounds take no character; an empty negative lookaround never holds.
  if (atom.type === "Assertion") return atom.raw === "(?!)" || atom.raw === "(?<!)" ? [] : [EMPTY];
  if (max === 0) return [EMPTY];
  // Any count of whitespace is one step: its run is read whole, as what follows it is no whitespace.
  if (atom.type === "CharacterSet" && atom.kind === "space" && !atom.negate) return [{ steps: [{ spaces: min === 0 ? 0 : 1 }], open: true }];
  const chars = spelled(atom);
  const once: Found = chars ? [{ steps: [{ chars }], open: true }] : atom.type === "Group" || atom.type === "CapturingGroup" ? alternatives(atom.alternatives) : null;
  if (once === null) return null;
  // Repeated, only the first time is spelled out.
  const first = max === 1 ? once : once.map(({ steps }) => ({ steps, open: false }));
  return min === 0 ? [EMPTY, ...first] : first;
}

/** The characters one element takes, or null when it is no literal, `\d` or small class of them (`\p{L}`, a range, `.`, a back-reference). */
function spelled(atom: AST.Node): string[] | null {
  if (atom.type === "Character") return [String.fromCodePoint(atom.value)];
  if (atom.type === "CharacterSet") return atom.kind === "digit" && !atom.negate ? DIGITS : null;
  if (atom.type !== "CharacterClass" || atom.negate) return null;
  const chars: string[] = [];
  for (const member of atom.elements) {
    const some = member.type === "Character" || member.type === "CharacterSet" ? spelled(member) : null;
    if (!some) return null;
    chars.push(...some);
  }
  return chars.length > 0 && chars.length <= MAX_CLASS ? chars : null;
}
