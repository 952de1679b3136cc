/**
 * Shorter and longer ways of naming one bearer across articles, as corpus-entities.ts joins them:
 * - a full name inside a longer one ("Coroner Glen Mossberg", "Herons QB Owen Brisco", "W. Paul
 *   Haskett", "Ravi Kesar of Dunmere University") is that person, when the corpus names the person
 *   alone, opening with a first name; a first name right before it makes another person ("Mary
 *   Ann Smith" is not "Ann Smith"); and a full name with a middle name or initial ("Mark Jay
 *   Tanner") is the one without it ("Mark Tanner"), when only one such bearer is named;
 * - a one-word name (a surname, a team's or a company's short name) joins the full name its own
 *   article gives, in its text or its headline; else the one full name of the corpus ending with
 *   it; else, among several, the one whose articles name the same others (corpus-entity-context.ts);
 *   else the expansion its articles give an acronym; else, by context only, a full name ending
 *   with a misspelling of it ("Drozdneko"). Two candidates and no context keep it apart, so
 *   namesakes are not merged.
 */
import { ArticleContext, type Candidate } from "./corpus-entity-context.js";
import { hypocorismsOfOneName } from "./corpus-entity-hypocorisms.js";
import { nameParts, transliterationWord, type NameParts } from "./corpus-entity-names.js";
import type { UnionFind } from "./union-find.js";

/** The words of an article's language that the joins read. */
export interface LanguageNames {
  firstNames: ReadonlySet<string>;
  /** Folded names of listed places ("boston", "kansas city"). */
  places: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Role nouns closing a title after a name ("Ravi Kesar Surgeon General"). */
  roleNouns: ReadonlySet<string>;
  /** Prepositions after a name that say where its bearer is from ("Devanand Sukhram of Milbrook"), not the particles inside names ("de"). */
  prepositions: ReadonlySet<string>;
  /** Folded words that close an organisation's name ("times", "news", "airlines"): "New York Times" is no team of New York. */
  organizationHeads: ReadonlySet<string>;
  /** Folded prepositions joining the words of a name ("de", "of"): what follows one in a group's name is its complement ("Courrier de Zembla"). */
  connectors: ReadonlySet<string>;
}

/** What the joins need to know of one article-level name. */
export interface NamedMember {
  articleId: string;
  parts: NameParts;
  firstNameOpens: boolean;
  person: boolean;
  /** A gazetteer place (a town, a region): not joined to a person by its name alone ("Washington"). */
  listedPlace: boolean;
  /** Some mention of it is said as a place: after a place preposition ("in Ellery") or before a region ("Ellery, Ky."). */
  saidAsPlace: boolean;
  /** A compound place name whose last word is a complement joined by a lowercase word ("Saint-Valery-sur-Somme", "Stratford-upon-Avon"): not named by that word. */
  compoundPlace: boolean;
  /** The name folded, when it is written as an acronym ("thr" for "THR"), else null. */
  acronym: string | null;
  /** The initials of the name's capitalised words, folded ("thr" for "The Hollywood Reporter"), for a name of two words or more; else null. */
  initials: string | null;
  /** The parts of a nickname blended from a first name and a surname ("JeKi"), or null (see blendOf). */
  blend: readonly [string, string] | null;
  language: LanguageNames;
}

/** Letters a first name needs to be read as the short form of a longer one ("Fred", not "Al"). */
const MIN_SHORT_FIRST_NAME = 3;
/** Letters a word needs before a misspelling of it is looked for: short names differ by one letter by chance ("Gray", "Grey"). */
const MIN_MISSPELLED_LETTERS = 7;

/** Joins full names to the person's full name inside them, and a name with a middle name or initial to the one without. */
export function joinEmbeddedNames(groups: UnionFind, named: ReadonlyArray<{ key: string; member: NamedMember }>): void {
  // A person's full name: most of its articles type it a person, and one opens it with a first name.
  const tallies = new Map<string, { person: number; other: number; firstName: boolean }>();
  for (const { key, member } of named) {
    const tally = tallies.get(key) ?? { person: 0, other: 0, firstName: false };
    tally[member.person ? "person" : "other"] += 1;
    tally.firstName ||= member.firstNameOpens;
    tallies.set(key, tally);
  }
  const people = new Map([...tallies].map(([key, tally]) => [key, tally.firstName && tally.person > tally.other]));
  const byEnds = new Map<string, Set<string>>();
  for (const { key, member } of named) {
    const words = member.parts.core;
    if (words.length >= 3 && member.person) byEnds.set(`${words[0]} ${words.at(-1)}`, (byEnds.get(`${words[0]} ${words.at(-1)}`) ?? new Set()).add(key));
  }
  // "Frederick D. Vantreese" and "Frederick Dorian Vantreese": middle names that an initial abbreviates.
  for (const longer of byEnds.values()) {
    const keys = [...longer].sort();
    for (const a of keys) for (const b of keys) if (a < b && middlesAgree(a.split(" ").slice(1, -1), b.split(" ").slice(1, -1))) groups.union(a, b);
  }
  for (const { key, member } of named) {
    const words = member.parts.core;
    const { firstNames, prepositions, roleNouns } = member.language;
    for (let start = 1; start <= words.length - 2; start += 1) {
      const inner = words.slice(start).join(" ");
      if (!people.get(inner) || firstNames.has(words[start - 1]!)) continue;
      groups.union(key, inner);
      break;
    }
    for (let end = words.length - 1; end >= 2; end -= 1) {
      const inner = words.slice(0, end).join(" ");
      const rest = words.slice(end);
      if (!people.get(inner) || !(prepositions.has(rest[0]!) || roleNouns.has(rest.at(-1)!))) continue;
      groups.union(key, inner);
      break;
    }
    const longer = words.length === 2 && people.get(key) ? byEnds.get(words.join(" ")) : undefined;
    if (longer && new Set([...longer].map((other) => groups.find(other))).size === 1) groups.union(key, [...longer][0]!);
  }
  joinSurnamesAndShortNames(groups, named);
}

/** Middle names that may name one person: as many, each the same or an initial of the other ("c" and "cheney"). */
function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, k) => word === b[k] || (word.length === 1 && b[k]!.startsWith(word)) || (b[k]!.length === 1 && word.startsWith(b[k]!)));
}

/**
 * "Lo Vetro" is the one "Carmelo Lo Vetro", "Gray Foxes" the one "Brayton Gray Foxes": a name of two
 * words or more that ends a longer one whose other words are a first name, or a listed place (a
 * town's team), when only one such longer name exists. A name opening with a first name is a
 * person of its own ("Ann Smith" beside "Mary Ann Smith").
 */
function joinSurnamesAndShortNames(groups: UnionFind, named: ReadonlyArray<{ key: string; member: NamedMember }>): void {
  const keys = new Set(named.map(({ key }) => key));
  const longerOf = new Map<string, Set<string>>();
  for (const { key, member } of named) {
    const words = member.parts.core;
    const { firstNames, places } = member.language;
    for (let start = 1; start <= words.length - 2; start += 1) {
      const head = words.slice(0, start);
      const inner = words.slice(start).join(" ");
      if (!keys.has(inner) || firstNames.has(words[start]!)) continue;
      if ((head.length === 1 && firstNames.has(head[0]!)) || places.has(head.join(" "))) longerOf.set(inner, (longerOf.get(inner) ?? new Set()).add(key));
    }
  }
  for (const [inner, longer] of [...longerOf].sort((a, b) => a[0].localeCompare(b[0]))) {
    const roots = new Set([...longer].map((key) => groups.find(key)));
    if (roots.size === 1) groups.union(inner, [...longer][0]!);
  }
}

/**
 * "Fred Vantreese" is "Frederick D. Vantreese" when the corpus names no other Vantreese whose first name
 * starts so, and the articles naming each keep the same company (corpus-entity-context.ts): a
 * short form of a first name ("Fred", "Alex") is most often its start, and "Chris Smith" and
 * "Christine Smith" in unrelated coverage share no rare names.
 */
export function joinShortFirstNames(groups: UnionFind, named: ReadonlyArray<{ key: string; member: NamedMember }>, context: ArticleContext): void {
  const bySurname = new Map<string, Map<string, Set<string>>>();
  for (const { key, member } of named) {
    const words = member.parts.core;
    if (!member.person || !member.firstNameOpens) continue;
    const people = bySurname.get(words.at(-1)!) ?? new Map<string, Set<string>>();
    people.set(key, (people.get(key) ?? new Set()).add(member.articleId));
    bySurname.set(words.at(-1)!, people);
  }
  for (const [surname, people] of [...bySurname].sort((a, b) => a[0].localeCompare(b[0]))) {
    const keys = [...people.keys()].sort();
    for (const short of keys) {
      const first = short.split(" ")[0]!;
      const shortForm = (other: string) => first.length >= MIN_SHORT_FIRST_NAME && other.length > first.length && other.startsWith(first);
      const longer = keys.filter((other) => other !== short && (shortForm(other.split(" ")[0]!) || (first < other.split(" ")[0]! && hypocorismsOfOneName(first, other.split(" ")[0]!))));
      const roots = [...new Set(longer.map((key) => groups.find(key)))];
      if (roots.length !== 1 || roots[0] === groups.find(short)) continue;
      const candidate = { root: roots[0]!, articles: new Set(longer.flatMap((key) => [...people.get(key)!])) };
      const ignored = new Set([short, ...longer, surname, groups.find(short), roots[0]!]);
      if ([...people.get(short)!].sort().some((articleId) => context.pick(articleId, [candidate], ignored) !== null)) groups.union(short, longer[0]!);
    }
  }
}

interface FullName {
  root: string;
  /** The folded words of the name that made it. */
  words: readonly string[];
  first: string;
  last: string;
  person: boolean;
  /** Has a connector between its words ("None of Penrose", "Courrier de Zembla"). */
  connected: boolean;
  /** The initials its articles' spellings give it ("thr"). */
  initials: Set<string>;
  /** The words a one-word name may be to point at it: its last, and that word's transliteration key (none for a complement). */
  endings: string[];
  firstNameOpens: boolean;
}

/** A story's full names, by the word a one-word name may end on, open with, or abbreviate. */
interface StoryNames {
  names: FullName[];
  byEnding: Map<string, FullName[]>;
  byFirst: Map<string, FullName[]>;
  byInitials: Map<string, FullName[]>;
}

/** The corpus's full names by how a one-word name may point at them. */
export class FullNameIndex {
  private readonly byLast = new Map<string, FullName[]>();
  private readonly byMisspelling = new Map<string, FullName[]>();
  private readonly byArticle = new Map<string, FullName[]>();
  private readonly articlesOf = new Map<string, Set<string>>();
  private readonly byStory = new WeakMap<readonly string[], StoryNames>();

  constructor(
    named: ReadonlyArray<{ key: string; member: NamedMember }>,
    groups: UnionFind,
    /** Article id → its headline's folded words, where a full name the text repeats only in short is often given ("Jessa Kinloch Checks Out Of Rehab"). */
    headlines: ReadonlyMap<string, readonly string[]>,
  ) {
    const votes = new Map<string, { person: number; other: number }>();
    for (const { key, member } of named) {
      const tally = votes.get(groups.find(key)) ?? { person: 0, other: 0 };
      if (member.person) tally.person += 1;
      else tally.other += 1;
      votes.set(groups.find(key), tally);
    }
    const byKey = new Map<string, FullName>();
    for (const { key, member } of named) {
      const root = groups.find(key);
      let name = byKey.get(key);
      if (!name) {
        const tally = votes.get(root)!;
        name = { root, words: member.parts.core, first: member.parts.core[0]!, last: member.parts.core.at(-1)!, person: tally.person > tally.other, connected: member.parts.core.slice(1, -1).some((word) => member.language.connectors.has(word)), initials: new Set(), endings: [], firstNameOpens: false };
        byKey.set(key, name);
        const last = member.parts.core.at(-1)!;
        // A group's or place's name ending on a complement is not named by it: "Zembla" is the state, not "Le Courrier de Zembla";
        // a person's particle is no such connector ("Dominique de Villepin").
        const complement = !name.person && !member.firstNameOpens && (member.compoundPlace || member.language.connectors.has(member.parts.core.at(-2) ?? ""));
        if (!complement) name.endings.push(...new Set([last, transliterationWord(last) ?? last]));
        for (const form of name.endings) push(this.byLast, form, name);
        if (!complement && last.length >= MIN_MISSPELLED_LETTERS) for (const variant of deletions(last)) push(this.byMisspelling, variant, name);
      }
      if (member.firstNameOpens) name.firstNameOpens = true;
      if (member.initials) name.initials.add(member.initials);
      this.named(member.articleId, name);
    }
    const byFirstWord = new Map<string, Array<{ words: string[]; name: FullName }>>();
    for (const [key, name] of byKey) {
      const words = key.split(" ");
      byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), { words, name }]);
    }
    for (const [articleId, words] of headlines) {
      words.forEach((word, at) => {
        for (const { words: full, name } of byFirstWord.get(word) ?? []) if (full.every((other, k) => words[at + k] === other)) this.named(articleId, name);
      });
    }
  }

  private named(articleId: string, name: FullName): void {
    const listed = this.byArticle.get(articleId) ?? [];
    if (!listed.includes(name)) this.byArticle.set(articleId, [...listed, name]);
    this.articlesOf.set(name.root, (this.articlesOf.get(name.root) ?? new Set()).add(articleId));
  }

  /** The root a one-word name joins, or null; see the file's comment for the order of the rules. */
  target(member: NamedMember, key: string, context: ArticleContext, acronymRoots: readonly string[]): string | null {
    const word = member.parts.core[0]!;
    const sound = transliterationWord(word);
    const ending = (names: readonly FullName[]) => [...new Set([...(this.byLast.get(word) ?? []), ...(sound ? (this.byLast.get(sound) ?? []) : [])])].filter((name) => names.includes(name));
    const local = this.byArticle.get(member.articleId) ?? [];
    const inArticle = ending(local);
    if (inArticle.length > 0) return one(inArticle);
    const firstNameOf = member.firstNameOpens ? local.filter((name) => name.person && name.firstNameOpens && name.first === word) : [];
    if (firstNameOf.length > 0) return one(firstNameOf);
    const candidates = [...new Set([...(this.byLast.get(word) ?? []), ...(sound ? (this.byLast.get(sound) ?? []) : [])])];
    const ignored = new Set([key, ...candidates.map((name) => name.root)]);
    if (member.listedPlace) {
      // "Brackton", "Vilarinho" are towns too: the person only when the article keeps the person's company.
      const people = roots(candidates.filter((name) => name.person));
      const picked = people.length > 0 ? context.pick(member.articleId, people.map((root) => this.candidate(root)), ignored) : null;
      if (picked) return picked;
    } else if (candidates.length > 0) {
      const distinct = roots(candidates);
      return distinct.length === 1 ? distinct[0]! : context.pick(member.articleId, distinct.map((root) => this.candidate(root)), ignored);
    }
    if (acronymRoots.length > 0) return acronymRoots.length === 1 ? acronymRoots[0]! : null;
    if (member.listedPlace || word.length < MIN_MISSPELLED_LETTERS) return null;
    const misspelt = roots(deletions(word).flatMap((variant) => this.byMisspelling.get(variant) ?? []).filter((name) => name.person));
    return misspelt.length > 0 ? context.pick(member.articleId, misspelt.map((root) => this.candidate(root)), new Set([key, ...misspelt])) : null;
  }

  /**
   * The one full name the articles of the member's story give that ends with its one-word name,
   * or null when the story gives none or several: a surname the corpus bears twice ("Pruett" the
   * senator, "Pruett" the running back) means, inside a story naming one of them, that one; a
   * blended nickname ("JeKi") the one person whose first name and surname open with its parts; a
   * person's one-word name no full name ends with, the one person of the story it opens; an
   * acronym, the one name of the story whose capitalised words it is the initials of. A listed
   * place ("Ellery" the town) is read so only as a person's surname, and only where the article
   * never says it as a place ("in Ellery", "Ellery, Ky."): a story about a person also names places.
   */
  inStory(member: NamedMember, storyArticles: readonly string[]): string | null {
    const word = member.parts.core[0]!;
    if (member.listedPlace) return member.saidAsPlace ? null : (this.personInStory(word, storyArticles) ?? this.teamInStory(member, storyArticles));
    const story = this.storyNames(storyArticles);
    const blend = member.blend;
    if (blend) return one(story.names.filter((name) => name.person && name.firstNameOpens && name.first.startsWith(blend[0]) && name.last.startsWith(blend[1])));
    const sound = transliterationWord(word);
    const named = [...new Set([...(story.byEnding.get(word) ?? []), ...(sound ? (story.byEnding.get(sound) ?? []) : [])])];
    // A title the article left on a name ("RB Pruett" beside "Dion Pruett") or words a sentence opened with ("None of Penrose") make
    // no second bearer: a person's name opening with a first name wins, else one with no connector inside ("Odessa Penrose").
    const people = named.filter((name) => name.person);
    if (named.length > 0) return one(named) ?? one(people.filter((name) => name.firstNameOpens)) ?? one(people.filter((name) => !name.connected));
    // An acronym the story spells out nowhere beside it ("THR" and "The Hollywood Reporter" in two articles).
    if (member.acronym) return one(story.byInitials.get(member.acronym) ?? []);
    // A person named by the first name alone ("Odessa", "Wendell"), when the story names one person so.
    return member.person ? one((story.byFirst.get(word) ?? []).filter((name) => name.person && !name.connected)) : null;
  }

  /**
   * The one team of the story named after this place ("Ashford Herons", "Port Alder
   * Otters": the place's words, then a plural nickname that closes no organisation's name), or
   * null: a story's "Ashford beat Bramwell" is the team. Asked only for a place its article
   * never says as one ("in Ashford").
   */
  teamInStory(member: NamedMember, storyArticles: readonly string[]): string | null {
    const place = member.parts.core;
    const heads = member.language.organizationHeads;
    const opening = this.storyNames(storyArticles).byFirst.get(place[0]!) ?? [];
    return one(opening.filter((name) => !name.firstNameOpens && name.words.length > place.length && place.every((word, k) => name.words[k] === word) && name.last.endsWith("s") && !heads.has(name.last)));
  }

  /** The one person of the story whose name opens with a first name and ends with this surname, or null. */
  personInStory(surname: string, storyArticles: readonly string[]): string | null {
    return one((this.storyNames(storyArticles).byEnding.get(surname) ?? []).filter((name) => name.person && name.firstNameOpens && name.last === surname));
  }

  /** The full names a story's articles give, indexed once per story: asked for each of its one-word names, a large story would cost its size each time. */
  private storyNames(storyArticles: readonly string[]): StoryNames {
    let story = this.byStory.get(storyArticles);
    if (!story) {
      const names = [...new Set(storyArticles.flatMap((articleId) => this.byArticle.get(articleId) ?? []))];
      story = { names, byEnding: new Map(), byFirst: new Map(), byInitials: new Map() };
      for (const name of names) {
        for (const ending of name.endings) push(story.byEnding, ending, name);
        push(story.byFirst, name.first, name);
        for (const initials of name.initials) push(story.byInitials, initials, name);
      }
      this.byStory.set(storyArticles, story);
    }
    return story;
  }

  /** The article's names of a group, place or thing (no person) opening with the one-word name ("Lakemoor" in "Lakemoor Treatment Center"). */
  private openers(member: NamedMember): FullName[] {
    const word = member.parts.core[0]!;
    return (this.byArticle.get(member.articleId) ?? []).filter((name) => !name.person && name.first === word);
  }

  opensIn(member: NamedMember): boolean {
    return this.openers(member).length > 0;
  }

  /**
   * The one name of a group or place its own article opens with the one-word name, for a name
   * that is no person nor listed place ("Lakemoor Treatment Center … Lakemoor"; not the town
   * "Ashford" beside the "Ashford Herons"); corpus-entities.ts asks only when no article
   * gives the one-word name alone.
   */
  opener(member: NamedMember): string | null {
    return member.person || member.listedPlace ? null : one(this.openers(member));
  }

  private candidate(root: string): Candidate {
    return { root, articles: this.articlesOf.get(root) ?? new Set() };
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function roots(names: readonly FullName[]): string[] {
  return [...new Set(names.map((name) => name.root))].sort();
}

function one(names: readonly FullName[]): string | null {
  const distinct = roots(names);
  return distinct.length === 1 ? distinct[0]! : null;
}

/** The word and its forms with one letter dropped: two words one edit apart (a letter added, dropped, changed or two swapped) share one. */
export function deletions(word: string): string[] {
  const forms = new Set([word]);
  for (let k = 0; k < word.length; k += 1) forms.add(word.slice(0, k) + word.slice(k + 1));
  return [...forms];
}

/** A headline's words folded as names are ("Kinloch's" → "kinloch"). */
export function headlineWords(title: string | null | undefined): string[] {
  return title ? title.split(/\s+/u).flatMap((word) => nameParts(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’.]+$/gu, "")).words) : [];
}
