/**
 * The tokens the entity stage reasons over: words (hyphenated words whole, an elided article
 * such as "d’" or "l’" a token of its own) and single punctuation marks, each with its
 * offsets, its folded form, and whether it opens a sentence (where capitals prove nothing).
 */
import type { Sentence } from "../../annotation.js";
import { boundedMemo } from "../../../core/bounded-memo.js";
import { dottedAcronymSource, isDottedAcronym } from "../../../core/dotted-acronym.js";
import { fold } from "./gazetteer.js";

export interface EntityToken {
  start: number;
  end: number;
  text: string;
  folded: string;
  isWord: boolean;
  /** Starts with an uppercase letter or a digit-bearing code ("F-35"). */
  capitalized: boolean;
  /** First word of a sentence, a paragraph, a quotation or a clause after a colon. */
  opensSentence: boolean;
}

// An acronym written with periods ("O.T.A.N.", "U.S.", "A.I.R") is one token, folded without them, so it is the acronym written without.
const TOKEN = new RegExp(
  String.raw`[cdjlmnstCDJLMNST]['’](?=\p{L})|(?:[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\p{L})|` + dottedAcronymSource() + String.raw`(?![\p{L}\p{N}])|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]`,
  "gu",
);
/** A capitalised word's possessive ending, kept apart from it; one letter before it is an initial or a contraction ("I's"), left whole. */
const POSSESSIVE = /\p{L}{2}['’]s$/u;
/** Marks after which a word opens a sentence or a phrase of its own ("Syrie + Révolution + Sang = Veto"). */
const OPENERS = new Set(["«", "“", '"', ":", "(", "—", "–", "-", "•", "|", "[", "+", "="]);

/** What the tokenizer may ask of the gazetteer: the kind of place a folded name is, and whether it is a first name. */
export interface NameKnowledge {
  placeKind(folded: string): "country" | "city" | "region" | undefined;
  isFirstName(folded: string): boolean;
  /** Whether a lowercased word names a place's own kind ("ville", "city"): "Gaza-Ville" is one place, not two. */
  isPlaceKindNoun?(lower: string): boolean;
}

/**
 * The text's tokens as [text, start] (appended to `into`, offsets shifted by `offset`), a capitalised compound cut where OCR or a lost space glued
 * a lowercase word to a name ("Tessin-néglige-t-elle", "France-affirme"): a lowercase part is a
 * particle only between capitalised parts ("Aix-en-Provence", "Saint-Pierre-et-Miquelon"). Two
 * places joined by a hyphen are two places ("France-Brésil", a stage "Lyon-Grenoble"), unless
 * the compound is a place's own name ("Bosnie-Herzégovine") or a first name ("Marie-France").
 */
function splitGluedWords(text: string, names: NameKnowledge | undefined, offset = 0, into: Array<[string, number]> = []): Array<[string, number]> {
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    // "Lohan's", "Trump’s": the possessive is no part of the name, so a name ends before it.
    if (POSSESSIVE.test(value) && startsUppercase(value)) {
      into.push([value.slice(0, -2), offset + match.index], [value.slice(-2), offset + match.index + value.length - 2]);
      continue;
    }
    // "pro-Assad", "Anti-Saleh": the prefix says whose side, the name after it is the person's.
    const prefix = value.includes("-") ? SIDE_PREFIX.exec(value)?.[0] : undefined;
    if (prefix) {
      into.push([prefix, offset + match.index]);
      splitGluedWords(value.slice(prefix.length), names, offset + match.index + prefix.length, into);
      continue;
    }
    const parts = value.includes("-") && startsUppercase(value) ? value.split("-") : null;
    const cut = parts ? gluedWordAt(parts) ?? (names ? placePairAt(value, parts, names) : -1) : -1;
    if (!parts || cut < 0) {
      into.push([value, offset + match.index]);
      continue;
    }
    const head = parts.slice(0, cut).join("-");
    into.push([head, offset + match.index], ["-", offset + match.index + head.length]);
    // The rest may hold another cut ("Palma-Alcudia-Sóller").
    splitGluedWords(parts.slice(cut).join("-"), names, offset + match.index + head.length + 1, into);
  }
  return into;
}

/** A prefix of side glued to a name ("pro-Assad", "anti-Moubarak"), kept as a token of its own that ends on its hyphen. */
const SIDE_PREFIX = /^(?:[Pp]ro|[Aa]nti)-(?=\p{Lu})/u;

/** ASCII first: most words are, and a Unicode property test costs more than a code comparison. */
function startsUppercase(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(value);
}

function startsWordCharacter(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /^[\p{L}\p{N}]/u.test(value);
}

/** The part where a lowercase word glued to a name starts, or null. */
function gluedWordAt(parts: readonly string[]): number | null {
  const cut = parts.findIndex((part, k) => k > 0 && /^\p{Ll}/u.test(part) && !/^\p{Lu}/u.test(parts[k + 1] ?? ""));
  return cut < 0 ? null : cut;
}

/** The part where the second of two hyphen-joined places starts, or -1. */
function placePairAt(value: string, parts: readonly string[], names: NameKnowledge): number {
  const folded = fold(value);
  if (names.placeKind(folded) !== undefined || names.isFirstName(folded) || names.isPlaceKindNoun?.(parts.at(-1)!.toLowerCase())) return -1;
  for (let k = 1; k < parts.length; k += 1) {
    if (!/^\p{Lu}/u.test(parts[k]!)) continue;
    const sides = [fold(parts.slice(0, k).join("-")), fold(parts.slice(k).join("-"))];
    const kinds = sides.map((side) => names.placeKind(side));
    // "Marie-France", "Anne-Gaule": a first name that is no place opens a compound first name.
    if (names.isFirstName(sides[0]!) && kinds[0] === undefined) return -1;
    // "France-Brésil": countries or regions; "Lyon-Grenoble": two towns. A town and another name are one name ("Baud-Bovy").
    if (kinds.some((kind) => kind === "country" || kind === "region") || kinds.every((kind) => kind !== undefined)) return k;
  }
  return -1;
}

/** A period ends a sentence unless it closes an initial or an abbreviation ("M.", "J."), which are short capitalised words. */
function endsSentence(previous: EntityToken, beforePrevious: EntityToken | undefined): boolean {
  return previous.text === "." && !(beforePrevious?.isWord && /^\p{Lu}\p{Ll}{0,2}$/u.test(beforePrevious.text));
}

/** A web address ("http://t.co/LKmEHDj", "yfrog.com/h4enlpxj"): its capitals are a link's code, never a name. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|info|ly|co)\/\S*/giu;

/** Folded forms of the words seen lately: news repeats its words, and folding is most of tokenizing. */
const foldedForm = boundedMemo(fold, 100_000);

/** Whether a line break stands between two offsets (the gap between tokens is mostly one space). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export function entityTokens(text: string, sentences: readonly Sentence[], names?: NameKnowledge): EntityToken[] {
  const sentenceStarts = new Set(sentences.map((sentence) => sentence.start));
  const addresses = text.includes("/") ? [...text.matchAll(WEB_ADDRESS)].map((match) => [match.index, match.index + match[0].length] as const) : [];
  const inAddress = (start: number) => addresses.length > 0 && addresses.some(([from, to]) => start >= from && start < to);
  const tokens: EntityToken[] = [];
  let previous: EntityToken | undefined;
  for (const [value, start] of splitGluedWords(text, names)) {
    const isWord = startsWordCharacter(value);
    const opensSentence =
      isWord &&
      (!previous ||
        sentenceStarts.has(start) ||
        lineBreakBetween(text, previous.end, start) ||
        OPENERS.has(previous.text) ||
        // "@ielsakka Ma réponse…": a post opens after its author's handle.
        (tokens.at(-2)?.text === "@" && tokens.at(-2)!.end === previous.start && (previous.start === 1 || text.charCodeAt(previous.start - 2) === 10)) ||
        /[!?…]$/u.test(previous.text) ||
        endsSentence(previous, tokens.at(-2)));
    const token: EntityToken = {
      start,
      end: start + value.length,
      text: value,
      folded: foldedForm(isDottedAcronym(value) ? value.replaceAll(".", "") : value),
      isWord,
      capitalized: isWord && startsUppercase(value) && !inAddress(start),
      opensSentence,
    };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}
