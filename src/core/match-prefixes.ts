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
 */

/** One of a few characters (a literal, a small class, `\d`), or a run of whitespace of at least `spaces` characters. */
export type PrefixStep = { chars: readonly string[] } | { spaces: 0 | 1 };
export type Prefix = readonly PrefixStep[];

type Atom =
  | { type: "chars"; chars: string[] }
  | { type: "spaces" }
  | { type: "group"; alternatives: Item[][] }
  | { type: "assertion"; never: boolean }
  | { type: "other" };

interface Item {
  atom: Atom;
  min: number;
  max: number;
}

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

class Unsupported extends Error {}

export function matchPrefixes(source: string): Prefix[] | null {
  try {
    const parser = new Parser(source);
    const alternatives = parser.alternatives();
    if (parser.position !== source.length) throw new Unsupported(source);
    const found = union(alternatives.map((items) => sequence(items, 0)));
    if (found === null || found.some(({ steps }) => steps.length === 0 || "spaces" in steps[0]!)) return null;
    return found.map(({ steps }) => steps);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** The source of each top-level alternative, as written (`a|(b|c)` → "a", "(b|c)"). */
export function topLevelAlternatives(source: string): string[] {
  const parser = new Parser(source);
  const cuts = [0];
  parser.alternatives(() => cuts.push(parser.position));
  return cuts.map((start, index) => source.slice(start, index + 1 < cuts.length ? cuts[index + 1]! - 1 : source.length));
}

function union(parts: Found[]): Found {
  return parts.some((part) => part === null) ? null : parts.flatMap((part) => part!);
}

/** The prefixes of matches of items[from…]. */
function sequence(items: Item[], from: number): Found {
  if (from === items.length) return [EMPTY];
  const first = single(items[from]!);
  if (first === null || first.every((partial) => !partial.open)) return first;
  const full = sequence(items, from + 1);
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

/** The prefixes of matches of one quantified item. */
function single({ atom, min, max }: Item): Found {
  if (atom.type === "assertion") return atom.never ? [] : [EMPTY];
  if (max === 0) return [EMPTY];
  // Any count of whitespace is one step: its run is read whole, as what follows it is no whitespace.
  if (atom.type === "spaces") return [{ steps: [{ spaces: min === 0 ? 0 : 1 }], open: true }];
  if (atom.type === "other") return null;
  const once: Found = atom.type === "chars" ? [{ steps: [{ chars: atom.chars }], open: true }] : union(atom.alternatives.map((items) => sequence(items, 0)));
  if (once === null) return null;
  // Repeated, only the first time is spelled out.
  const first = max === 1 ? once : once.map(({ steps }) => ({ steps, open: false }));
  return min === 0 ? [EMPTY, ...first] : first;
}

/** A recursive-descent reader of the pattern syntax of unicode mode. */
class Parser {
  position = 0;

  constructor(private readonly source: string) {}

  /** Alternatives up to a closing parenthesis or the end; `onBar` is told of each "|" between them. */
  alternatives(onBar?: () => void): Item[][] {
    const alternatives: Item[][] = [this.sequence()];
    while (this.source[this.position] === "|") {
      this.position += 1;
      onBar?.();
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.position < this.source.length && this.source[this.position] !== "|" && this.source[this.position] !== ")") {
      const atom = this.atom();
      items.push({ atom, ...this.quantifier() });
    }
    return items;
  }

  private atom(): Atom {
    const char = this.source[this.position]!;
    this.position += 1;
    if (char === "(") return this.group();
    if (char === "[") return this.characterClass();
    if (char === "\\") return this.escape(false);
    if (char === "^" || char === "$") return { type: "assertion", never: false };
    if (char === ".") return { type: "other" };
    if ("*+?{}]".includes(char)) throw new Unsupported(this.source);
    return { type: "chars", chars: [this.codePointFrom(char)] };
  }

  /** A whole astral character, not half of it. */
  private codePointFrom(char: string): string {
    const code = char.charCodeAt(0);
    if (code < 0xd800 || code > 0xdbff || this.position >= this.source.length) return char;
    this.position += 1;
    return char + this.source[this.position - 1]!;
  }

  private group(): Atom {
    // "(?i:…)" and other modifiers are left unmatched here: their "?" is then refused as an atom.
    const opening = /^(?:\?(?:[:=!]|<[=!]|<[\p{L}$_][\p{L}\p{N}$_]*>))?/u.exec(this.source.slice(this.position, this.position + 64))![0];
    this.position += opening.length;
    const alternatives = this.alternatives();
    if (this.source[this.position] !== ")") throw new Unsupported(this.source);
    this.position += 1;
    if (/^\?<?[=!]$/u.test(opening)) {
      const empty = alternatives.length === 1 && alternatives[0]!.length === 0;
      return { type: "assertion", never: opening.endsWith("!") && empty };
    }
    return { type: "group", alternatives };
  }

  private characterClass(): Atom {
    const chars: string[] = [];
    let spelled = this.source[this.position] !== "^";
    for (let first = true; this.source[this.position] !== "]"; first = false) {
      if (this.position >= this.source.length) throw new Unsupported(this.source);
      const char = this.source[this.position]!;
      this.position += 1;
      if (char === "\\") {
        const escaped = this.escape(true);
        if (escaped.type === "chars") chars.push(...escaped.chars);
        else spelled = false;
      } else if (char === "-" && !first && this.source[this.position] !== "]") {
        spelled = false; // a range
      } else {
        chars.push(this.codePointFrom(char));
      }
    }
    this.position += 1;
    return spelled && chars.length > 0 && chars.length <= MAX_CLASS ? { type: "chars", chars } : { type: "other" };
  }

  /** After a backslash: a literal character, `\d`, `\s`, an assertion, or something else. */
  private escape(inClass: boolean): Atom {
    const char = this.source[this.position];
    if (char === undefined) throw new Unsupported(this.source);
    this.position += 1;
    if (char === "d") return { type: "chars", chars: DIGITS };
    if (char === "s") return inClass ? { type: "other" } : { type: "spaces" };
    if (char === "p" || char === "P") {
      const property = /^\{[^}]*\}/u.exec(this.source.slice(this.position));
      if (!property) throw new Unsupported(this.source);
      this.position += property[0].length;
      return { type: "other" };
    }
    if (!inClass && (char === "b" || char === "B")) return { type: "assertion", never: false };
    const control: Record<string, string> = { t: "\t", n: "\n", r: "\r", f: "\f", v: "\v" };
    if (control[char]) return { type: "chars", chars: [control[char]!] };
    if ("^$\\.*+?()[]{}|/-".includes(char)) return { type: "chars", chars: [char] };
    if ("SwWD".includes(char)) return { type: "other" };
    // A back-reference (it may match nothing, or anything): its number or name is passed over.
    const reference = /^(?:[1-9]\d*|k<[^>]*>)/u.exec(this.source.slice(this.position - 1));
    if (reference && !inClass) {
      this.position += reference[0].length - 1;
      return { type: "other" };
    }
    // \u…, \x…, \c…, \0: not spelled out; their arguments would be misread as atoms.
    throw new Unsupported(this.source);
  }

  private quantifier(): { min: number; max: number } {
    const match = /^(?:([?*+])|\{(\d+)(,(\d*))?\})\??/u.exec(this.source.slice(this.position, this.position + 32));
    if (!match) return { min: 1, max: 1 };
    this.position += match[0].length;
    if (match[1]) return { min: match[1] === "+" ? 1 : 0, max: match[1] === "?" ? 1 : Infinity };
    const min = Number(match[2]);
    return { min, max: match[3] === undefined ? min : match[4] ? Number(match[4]) : Infinity };
  }
}
