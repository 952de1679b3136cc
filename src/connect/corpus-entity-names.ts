/**
 * A name as the cross-document merge compares it: folded, without what varies between articles
 * for one bearer (a possessive "'s", periods, hyphens, a company's "Corp."), with its
 * generational suffix ("Jr") set apart, and, for long names, a transliteration key that
 * spellings of one Arabic or Russian name share ("Kadhafi", "Gaddafi", "Qaddafi").
 */
import { foldAccents } from "../core/terms.js";

export interface NameParts {
  /** The words compared for identity: folded, possessive and company designator dropped, generational suffix kept. */
  words: string[];
  /** The words without the generational suffix ("lucien joseph broussel" for "Lucien Joseph Broussel Jr."). */
  core: string[];
  suffix: string | null;
}

/** "Jr", "Sr", "III": tell a father from a son, so two different suffixes keep two people apart. */
const GENERATIONAL_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Legal forms a company is named with or without ("Microsoft Corp.", "Lionsgate Inc."). */
const COMPANY_DESIGNATORS = new Set(["corp", "corporation", "inc", "incorporated", "ltd", "llc", "plc", "co", "sa", "ag", "gmbh"]);
/** Articles and particles inside transliterated names ("al-Assad", "el-Assad", "Bachar el-Assad"). */
const NAME_PARTICLES = new Set(["al", "el", "ul", "ad", "ed", "bin", "ben", "ibn"]);

/** A nickname inside a name, in quotation marks or parentheses ("Vincent "The Pike" Moraldo", "Luis Fernando (Nando) Ybarra"). */
const NICKNAME = /\s*(?:"[^"]*"|“[^”]*”|\([^)]*\))\s*/gu;

/** The nickname a name holds, folded as names are ("jerry"), or null. */
export function nicknameOf(name: string): string | null {
  const found = name.match(NICKNAME)?.[0];
  return found ? nameParts(found.replace(/["“”()]/gu, "")).words.join(" ") || null : null;
}

export function nameParts(name: string): NameParts {
  const words = foldAccents(name.replace(NICKNAME, " ").toLowerCase())
    .replace(/[’`]/gu, "'")
    .replace(/'s?$/u, "")
    .replace(/\./gu, "")
    .replace(/[-–,]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
  while (words.length > 1 && COMPANY_DESIGNATORS.has(words.at(-1)!)) words.pop();
  const suffix = words.length > 2 && GENERATIONAL_SUFFIXES.has(words.at(-1)!) ? words.at(-1)! : null;
  return { words, core: suffix ? words.slice(0, -1) : words, suffix };
}

/** "Tobias Renk of the Ashford Herons", "Ned Parrow from Milbrook": a full name, then where its bearer belongs. */
const NAME_WITH_COMPLEMENT = /^(\S+(?:\s+\S+)+?)\s+(?:of|from)\s+(?:the\s+)?\p{Lu}/u;

/**
 * The name a corpus entity is shown by: the fullest of its members' names ("Advanced Micro
 * Devices", not "AMD"; "Zembla", not "town of Zembla"), alphabetically first among equals so the
 * order of arrival does not choose; a name with a complement ("of the Ashford Herons") gives
 * way to the full name before it when a member writes that alone.
 */
export function displayName(names: readonly string[]): string {
  const written = new Set(names);
  const bare = names.map((name) => {
    const head = NAME_WITH_COMPLEMENT.exec(name)?.[1];
    return head !== undefined && written.has(head) ? head : name;
  });
  return bare.reduce((best, next) => (next.length > best.length || (next.length === best.length && next < best) ? next : best));
}

/** Letters a transliteration key needs before it may decide identity: short names collide by chance ("Kray", "Gray"). */
const MIN_TRANSLITERATION_LETTERS = 6;

/**
 * A key spellings of one transliterated word share: q/g/c → k, kh → h, dh/th → d/t, sh/ch/sch → x,
 * ou → u, y → i, doubled letters once, particles dropped. Why it does not merge distinct people:
 * it keeps every vowel (but ou/u, y/i) and the order of every consonant class, so two words meet
 * only when they differ by the choices transliterations make, and it is used only on words of
 * MIN_TRANSLITERATION_LETTERS or more, where such coincidences between real different names are
 * rare; a name's other words still have to agree too (see transliterationKey).
 */
export function transliterationWord(word: string): string | null {
  if (word.replace(/[^a-z]/gu, "").length < MIN_TRANSLITERATION_LETTERS) return null;
  return word
    .replace(/[^a-z]/gu, "")
    .replace(/sch|sh|ch/gu, "x")
    .replace(/kh/gu, "h")
    .replace(/dh/gu, "d")
    .replace(/th/gu, "t")
    .replace(/ph/gu, "f")
    .replace(/ck|[qgc]/gu, "k")
    .replace(/ou/gu, "u")
    .replace(/y/gu, "i")
    .replace(/w/gu, "v")
    .replace(/(.)\1+/gu, "$1");
}

/** The transliteration key of a whole name: each word's, particles dropped; null when a word is too short to be keyed safely. */
export function transliterationKey(words: readonly string[]): string | null {
  const significant = words.filter((word) => !NAME_PARTICLES.has(word));
  if (significant.length === 0) return null;
  const keys = significant.map(transliterationWord);
  return keys.every((key): key is string => key !== null) ? keys.join(" ") : null;
}

/**
 * The initials of a name's capitalised words, for an acronym the text defines beside it
 * ("Advanced Micro Devices (AMD)"); "of", "and", "the" may be skipped or kept.
 */
export function expandsAcronym(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/u).filter(Boolean);
  const all = words.map((word) => word[0]!.toUpperCase()).join("");
  const upper = acronym.toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");
  return words.length >= 2 && (all === upper || capitalInitials(name) === upper);
}

/** The initials of a name's capitalised words ("THR" for "The Hollywood Reporter", "AMPAS" for "Academy of Motion Picture Arts and Sciences"). */
export function capitalInitials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]!)
    .join("");
}

/** A name written as an acronym ("THR", "CHP's"), folded as names are ("thr"), or null. */
export function acronymOf(name: string): string | null {
  const bare = name.trim().replace(/['’]s?$/u, "");
  return /^\p{Lu}{2,6}$/u.test(bare) ? bare.toLowerCase() : null;
}


/**
 * The two parts of a nickname blended from a person's first name and surname, as the press
 * coins them ("JeKi" for Jessa Kinloch, "A-Rod", "J.Lo", "K-Fed"), folded; null for any other
 * word. The parts are told by a capital inside the word or a hyphen or period between them, and
 * are short ("McDonald", "MacKenzie" are not read so); corpus-entities.ts reads a blend only as a
 * person its story names in full, so "LeBron" or "PayPal" name nobody unless a story has a
 * "Le… Bron…" or a "Pay… Pal…".
 */
export function blendOf(name: string): [string, string] | null {
  const match = /^(\p{Lu}\p{Ll}{0,2})(?:[-.]\s?|(?=\p{Lu}))(\p{Lu}\p{Ll}{1,3})$/u.exec(name.trim());
  return match ? [foldAccents(match[1]!.toLowerCase()), foldAccents(match[2]!.toLowerCase())] : null;
}
