/**
 * A name the text derives a demonym from is a state or a place: "le ministère valmérien" makes
 * "Ruritania" one, "Zemblan officials" makes "Zembla" one. The gazetteer lists the demonyms
 * of known countries; this reads those the text itself forms, so a state no list knows (new,
 * small or fictional) is typed from the text's usage. Written by hand: the endings are the
 * common demonym suffixes of French and English, a closed set no library lists.
 */
import type { EntityToken } from "./entity-tokens.js";
import type { NameMention } from "./find-name-mentions.js";

const DEMONYM_ENDINGS = new Set([
  "ien", "ienne", "iens", "iennes", "en", "enne", "ens", "ennes", "an", "ane", "ans", "anes", "ain", "aine", "ains", "aines",
  "ais", "aise", "aises", "ois", "oise", "oises", "ian", "ians", "ese",
]);
/** Shorter names derive too many words by chance ("Ria" and "riais"). */
const MIN_NAME_LETTERS = 4;
const FINAL_VOWEL = /[aeiouy]$/u;

/**
 * Marks the one-word names no evidence types (or a weak place reading only) that the text
 * derives a demonym from as places, weakly: a person the text names in full still takes a
 * surname so derived ("la ligne macronienne" beside "Emmanuel Macron"). Returns the marked mentions.
 */
export function typeNamesWithDemonyms(mentions: readonly NameMention[], tokens: readonly EntityToken[]): Set<NameMention> {
  const marked = new Set<NameMention>();
  const candidates = mentions.filter((mention) => mention.firstToken === mention.lastToken && !mention.place && (mention.type === null || mention.fallback || (mention.weak && mention.type === "LOC")));
  if (candidates.length === 0) return marked;
  const derived = derivedWords(tokens);
  const decided = new Map<string, boolean>();
  for (const mention of candidates) {
    const word = tokens[mention.firstToken]!.folded;
    let state = decided.get(word);
    if (state === undefined) decided.set(word, (state = word.length >= MIN_NAME_LETTERS && /^\p{L}+$/u.test(word) && stemsOf(word).some((stem) => derived.has(stem))));
    if (!state) continue;
    mention.type = "LOC";
    mention.weak = true;
    delete mention.fallback;
    marked.add(mention);
  }
  return marked;
}

function stemsOf(word: string): string[] {
  return FINAL_VOWEL.test(word) ? [word, word.slice(0, -1)] : [word];
}

/** Each stem a demonym-shaped word of the text derives from: lowercase, as French writes them, or capitalised before a lowercase noun ("Zemblan officials"). */
function derivedWords(tokens: readonly EntityToken[]): Set<string> {
  const stems = new Set<string>();
  tokens.forEach((token, index) => {
    if (!token.isWord) return;
    const next = tokens[index + 1];
    if (token.capitalized && (token.opensSentence || !next?.isWord || next.capitalized)) return;
    for (let cut = 2; cut <= 5; cut += 1) {
      if (token.folded.length - cut < MIN_NAME_LETTERS - 1) break;
      if (DEMONYM_ENDINGS.has(token.folded.slice(-cut))) stems.add(token.folded.slice(0, -cut));
    }
  });
  return stems;
}

/** Whether `word` is a demonym formed on `name` ("zemblan" on "zembla", "ruritanien" on "ruritania"); both folded. */
export function isDemonymOf(word: string, name: string): boolean {
  if (word === name || name.length < MIN_NAME_LETTERS) return false;
  return stemsOf(name).some((stem) => word.startsWith(stem) && DEMONYM_ENDINGS.has(word.slice(stem.length)));
}
