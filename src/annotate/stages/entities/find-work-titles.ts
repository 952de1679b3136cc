/**
 * Titles of works in quotation marks after the noun of their kind: "le film « Vol de nuit »",
 * "l'album “Poses”", "le roman intitulé « Le Carnet d'or »". Without such a noun, a quotation
 * is speech (the quote stage's), unless it holds nothing but a name: « Daily Mail », « Echo de
 * Paris », « Bang Bang » are the titles of papers, shows and shops, not words anyone said. A
 * noun of organisations or places right before keeps the name's own reading ("le groupe
 * « Archizoom »", "l'hôtel « Belvédère »"), and so does a plural determiner ("les « Verts »").
 * The nouns are the language's lexicon.
 */
import type { EntityToken } from "./entity-tokens.js";
import type { NameMention } from "./find-name-mentions.js";
import type { Gazetteer } from "./gazetteer.js";
import type { LexiconSets } from "./name-evidence.js";

const OPENING_QUOTES = new Map([["«", "»"], ["“", "”"], ['"', '"']]);
/** A title is short; a longer quotation after "livre" is a citation from it. */
const MAX_TITLE_TOKENS = 15;
/** "le film de 1962 « … »", "l'album posthume « … »": how far before the quotation the noun may stand. */
const MAX_CUE_DISTANCE = 3;

export function findWorkTitles(tokens: readonly EntityToken[], sets: LexiconSets, gazetteer: Gazetteer): NameMention[] {
  const titles: NameMention[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const closing = OPENING_QUOTES.get(tokens[i]!.text);
    if (closing === undefined) continue;
    const end = closingWithin(tokens, i, closing);
    const first = i + 1;
    const last = end - 1;
    if (end < 0 || last < first || !tokens[first]!.capitalized) continue;
    const titled = isBareName(tokens, first, last, sets) || isArticleTitle(tokens, first, last, sets, gazetteer);
    if (!cueBefore(tokens, i, sets) && !(titled && !namedByNounBefore(tokens, i, sets))) continue;
    if (titlesPost(tokens, i, end, sets)) {
      i = end;
      continue;
    }
    titles.push({ start: tokens[first]!.start, end: tokens[last]!.end, text: "", type: "MISC", place: null, firstToken: first, lastToken: last, weak: false });
    i = end;
  }
  return titles;
}

/** The closing mark's token within a title's length after the opening one, or -1. */
function closingWithin(tokens: readonly EntityToken[], opening: number, closing: string): number {
  for (let k = opening + 1; k <= Math.min(tokens.length - 1, opening + MAX_TITLE_TOKENS); k += 1) if (tokens[k]!.text === closing) return k;
  return -1;
}

/** A work noun right before the quotation, or a few words before it ("le film culte « … »", "la série intitulée « … »"). */
function cueBefore(tokens: readonly EntityToken[], quote: number, sets: LexiconSets): boolean {
  for (let k = quote - 1; k >= Math.max(0, quote - MAX_CUE_DISTANCE); k -= 1) {
    const token = tokens[k]!;
    if (!token.isWord) return false;
    if (sets.workCues.has(token.folded)) return true;
  }
  return false;
}

/**
 * How far from the quotation, in tokens, the noun of a post it titles may stand, within its sentence ("une troisième vidéo de
 * sdontknow79 s'intitule « … »", "La vidéo, mise en ligne sur YouTube par Libyanym, est intitulée « … »", "Intitulée « … », cette vidéo").
 */
const MAX_POST_NOUN_DISTANCE = 20;

/** A post's or video's noun near the quotation: it is the post's caption, which no one names anything by. */
function titlesPost(tokens: readonly EntityToken[], opening: number, closing: number, sets: LexiconSets): boolean {
  if (sets.postNouns.size === 0) return false;
  // "le jeu vidéo « Halo »", "la série photo « … »": a post's noun qualifying a work's is the work's kind.
  const isPost = (k: number) => sets.postNouns.has(tokens[k]!.folded) && !sets.workCues.has(tokens[k - 1]?.folded ?? "");
  for (let k = opening - 1; k >= Math.max(0, opening - MAX_POST_NOUN_DISTANCE); k -= 1) {
    if (isPost(k)) return true;
    if (tokens[k]!.opensSentence) break;
  }
  for (let k = closing + 1; k <= Math.min(tokens.length - 1, closing + MAX_POST_NOUN_DISTANCE) && !tokens[k]!.opensSentence; k += 1) if (isPost(k)) return true;
  return false;
}

/** How many words a quotation holding only a name may have ("Dernières Nouvelles de Leipzig"). */
const MAX_BARE_NAME_WORDS = 6;

/** Capitalised words only, with the particles names carry between them ("Echo de Paris", "Parole et Musique"). */
function isBareName(tokens: readonly EntityToken[], first: number, last: number, sets: LexiconSets): boolean {
  if (last - first + 1 > MAX_BARE_NAME_WORDS || !tokens[last]!.capitalized || tokens[first]!.text.length < 2) return false;
  for (let k = first; k <= last; k += 1) {
    const token = tokens[k]!;
    if (!token.isWord || (!token.capitalized && !sets.connectors.has(token.folded) && !sets.coordinators.has(token.folded))) return false;
  }
  return true;
}

/** How many words a title opened by an article may have ("La Blonde ou la Rousse"). */
const MAX_ARTICLE_TITLE_WORDS = 8;

/**
 * "Le Seigneur des anneaux", "La Nuit des morts-vivants": French capitalises a title's article
 * and its first noun, and nothing else. Speech opens so only with a name ("La France ne cédera
 * pas"), a title ("Le Président a dit") or an institution, which the gazetteer and lexicon know;
 * a title holds no punctuation.
 */
function isArticleTitle(tokens: readonly EntityToken[], first: number, last: number, sets: LexiconSets, gazetteer: Gazetteer): boolean {
  const [article, noun] = [tokens[first]!, tokens[first + 1]];
  if (last - first + 1 > MAX_ARTICLE_TITLE_WORDS || !sets.determiners.has(article.folded) || !noun?.capitalized || first + 1 > last) return false;
  if (gazetteer.places.has(noun.folded) || gazetteer.firstNames.has(noun.folded) || gazetteer.demonyms.has(noun.folded) || sets.roleNouns.has(noun.folded) || sets.organizationHeads.has(noun.text)) return false;
  for (let k = first; k <= last; k += 1) if (!tokens[k]!.isWord) return false;
  return true;
}

/** An organisation's or place's noun, or a plural determiner, right before the opening mark. */
function namedByNounBefore(tokens: readonly EntityToken[], quote: number, sets: LexiconSets): boolean {
  const before = tokens[quote - 1];
  return !!before && (sets.organizationCues.has(before.folded) || sets.placeCues.has(before.text.toLowerCase()) || sets.pluralDeterminers.has(before.folded));
}
