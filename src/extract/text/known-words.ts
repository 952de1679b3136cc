/**
 * Whether a word split at a line end ("porte-" / "parole") is a hyphenated compound, whose hyphen
 * stays, or a word the typesetter split ("gouverne-" / "ment"), whose hyphen goes. The text's own
 * spelling decides first, then the language's word list; a split word is the default, being far
 * more common at line ends than a compound broken exactly at its hyphen.
 * `left` is the whole token before the break ("soixante-qua"), `right` the letters after it ("tre").
 */
import { createRequire } from "node:module";
import type { ExtractionCues } from "../lang/cues.js";

const require = createRequire(import.meta.url);
/** Word lists are large (300k words): read once, and only when a dump has a hyphen at a line end. */
const wordSets = new Map<string, ReadonlySet<string>>();

export function isHyphenatedCompound(left: string, right: string, text: string, cuesList: ExtractionCues[]): boolean {
  const joined = `${left}${right}`.toLowerCase();
  const hyphenated = `${left}-${right}`.toLowerCase();
  const lower = text.toLowerCase();
  const writesJoined = containsWord(lower, joined);
  const writesHyphenated = containsWord(lower, hyphenated);
  if (writesJoined !== writesHyphenated) return writesHyphenated;
  // Word lists hold "après-midi", not "l'après-midi".
  const bare = (word: string) => word.replace(/^\p{L}{1,2}['’]/u, "");
  for (const cues of cuesList) {
    const words = wordSet(cues.wordListPackage);
    if (words.has(bare(joined))) return false;
    if (words.has(bare(hyphenated))) return true;
  }
  // "c'est-à-" / "dire", "arc-en-" / "ciel": a one- or two-letter link of a compound is never a split syllable.
  const lastLink = left.slice(left.lastIndexOf("-") + 1);
  return left.includes("-") && lastLink.length <= 2;
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !/[\p{L}-]/u.test(before)) && (after === undefined || !/[\p{L}-]/u.test(after))) return true;
  }
  return false;
}

function wordSet(packageName: string): ReadonlySet<string> {
  let words = wordSets.get(packageName);
  if (!words) {
    words = new Set(require(packageName) as string[]);
    wordSets.set(packageName, words);
  }
  return words;
}
