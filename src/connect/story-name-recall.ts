/**
 * Names an article says without the evidence to read them as names, found because the other
 * articles of its story do: "Herons defensive lineman Tobias Renk" opening a sentence,
 * "Tanner argued" (a word too), "the Otters" said once. One article alone cannot tell these
 * from capitalised words; the story's other articles, which name the entity outright, can.
 *
 * Why here, in connect, and not in annotate: an article is annotated alone (and stored, and
 * re-used when the corpus changes), so what other articles establish can only be brought in once
 * the stories are known; and the flow stays one-way — the article's annotations are left as they
 * are, and the mentions found are the corpus entity's (`CorpusEntity.storyMentions`).
 * Order-independent: every match is decided in `mentions()` from the finished stories.
 */
import type { AnnotatedArticle } from "../annotate/annotation.js";
import type { CorpusEntity, SourceSpan } from "./corpus-entities.js";

/** A run of adjacent capitalised words no mention of the article covers. */
interface UnclaimedRun {
  words: Array<{ text: string; start: number; end: number }>;
}

/**
 * What is kept of an article until stories are known, packed: its runs' words (a space between
 * words, a line break between runs) and their offsets, and its entities' name surfaces
 * ("e1\tMark Tanner" a line). Objects per word and per surface cost about 4 KB an article
 * (43 MB for 10,000 in `npm run bench -- --only connect`); joined strings are also copies, so
 * no kept word holds on to the article's whole text.
 */
export interface ArticleNames {
  runs: string;
  starts: Uint32Array;
  surfaces: string;
}

/** How many other articles of the story must name an entity by a surface before it is matched where an article did not read it. */
export const MIN_NAMING_ARTICLES = 2;
/** Shorter surfaces ("US", "AP") are abbreviations too ambiguous to match without the article's own evidence. */
const MIN_SURFACE_LETTERS = 3;

/**
 * A capitalised word in Latin script, hyphens and apostrophes inside it; a possessive's "'s"
 * stays outside ("Norvane's"). Latin ranges, not Unicode properties, and a regular expression,
 * not the entity stage's tokenizer: connect runs over every article of the corpus, and both cost
 * five to ten times more here (0.06 against 0.01 ms an article on stories-en-dev).
 */
const LETTER = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F0-9";
const CAPITALIZED_WORD = new RegExp(`(?<![${LETTER}])[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][${LETTER}]*(?:[-'’](?![sS]\\b)[${LETTER}]+)*`, "g");

export class StoryNameRecall {
  private readonly articles = new Map<string, ArticleNames>();

  addNames(articleId: string, names: ArticleNames): void {
    this.articles.set(articleId, names);
  }

  namesOf(articleId: string): ArticleNames | undefined {
    return this.articles.get(articleId);
  }

  /**
   * Corpus entity id → the spans found in articles of its stories that did not read them as
   * names. A surface is matched when, in the story, it names one corpus entity only, in at least
   * MIN_NAMING_ARTICLES other articles; the longest surface wins.
   */
  mentions(stories: ReadonlyArray<readonly string[]>, corpusEntityOf: (articleId: string, entityId: string) => string | undefined): Map<string, SourceSpan[]> {
    const found = new Map<string, SourceSpan[]>();
    for (const articleIds of stories) {
      const owners = new Map<string, Map<string, Set<string>>>();
      for (const articleId of articleIds) {
        for (const { entityId, text } of surfacesOf(this.articles.get(articleId))) {
          const corpusId = corpusEntityOf(articleId, entityId);
          if (!corpusId || letters(text) < MIN_SURFACE_LETTERS) continue;
          const bySurface = owners.get(text) ?? new Map<string, Set<string>>();
          bySurface.set(corpusId, (bySurface.get(corpusId) ?? new Set()).add(articleId));
          owners.set(text, bySurface);
        }
      }
      const ownerOf = (surface: string, articleId: string): string | null => {
        const bySurface = owners.get(surface);
        if (!bySurface || bySurface.size !== 1) return null;
        const [corpusId, naming] = [...bySurface][0]!;
        return [...naming].filter((id) => id !== articleId).length >= MIN_NAMING_ARTICLES ? corpusId : null;
      };
      for (const articleId of articleIds) {
        for (const run of runsOf(this.articles.get(articleId))) {
          for (const { corpusId, start, end } of matchRun(run, (surface) => ownerOf(surface, articleId))) {
            const spans = found.get(corpusId) ?? [];
            spans.push({ articleId, start, end });
            found.set(corpusId, spans);
          }
        }
      }
    }
    for (const spans of found.values()) spans.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start);
    return found;
  }
}

/** What is kept of an article until its story is known: its unclaimed runs and its entities' name surfaces. */
export function articleNames(article: AnnotatedArticle): ArticleNames {
  const text = article.text;
  // Characters some mention or time expression of the article already covers.
  const claimed = new Uint8Array(text.length);
  for (const span of article.annotations.entities.flatMap((entity) => entity.mentions)) claimed.fill(1, span.start, span.end);
  for (const span of article.annotations.times) claimed.fill(1, span.start, span.end);
  const words = [...text.matchAll(CAPITALIZED_WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  // "saints" written lowercase in the article: there, the capitalised word is the word, not a name.
  const lowercase = new Map<string, boolean>();
  const writtenLowercase = (word: string) => {
    const lower = word.toLowerCase();
    if (!lowercase.has(lower)) lowercase.set(lower, occursAsWord(text, lower));
    return lowercase.get(lower)!;
  };
  const runs: UnclaimedRun[] = [];
  let current: UnclaimedRun | null = null;
  for (const word of words) {
    const candidate = claimed[word.start] === 0 && claimed[word.end - 1] === 0 && !writtenLowercase(word.text);
    // A run goes on across one space only: names do not run across a line break, punctuation or a lowercase word.
    if (!candidate) current = null;
    else if (current && word.start - current.words.at(-1)!.end === 1 && text[word.start - 1] === " ") current.words.push(word);
    else runs.push((current = { words: [word] }));
  }
  // A person's full name establishes their surname too ("Mark Tanner" for "Tanner argued").
  const surfaces = article.annotations.entities.flatMap((entity) =>
    entity.generic
      ? []
      : entity.mentions
          .filter((mention) => mention.kind === "name")
          .flatMap((mention) => [mention.text, ...(entity.type === "PER" && mention.text.includes(" ") ? [mention.text.slice(mention.text.lastIndexOf(" ") + 1)] : [])])
          .map((text) => ({ entityId: entity.id, text })),
  );
  return {
    runs: runs.map((run) => run.words.map((word) => word.text).join(" ")).join("\n"),
    starts: Uint32Array.from(runs.flatMap((run) => run.words.map((word) => word.start))),
    surfaces: surfaces.map(({ entityId, text }) => `${entityId}\t${text}`).join("\n"),
  };
}

/** A corpus entity with the mentions its stories found (see StoryNameRecall). */
export interface StoryMentioned {
  /** Where an article said this entity's name without reading it as one, found from the other articles of its story. */
  storyMentions?: SourceSpan[];
}

/** The entities with the mentions `recall` finds in the stories (lists of article ids). */
export function withStoryMentions<E extends CorpusEntity>(entities: readonly E[], stories: ReadonlyArray<readonly string[]>, recall: StoryNameRecall): Array<E & StoryMentioned> {
  const corpusIdOf = new Map<string, string>();
  for (const entity of entities) {
    for (const [articleId, ids] of [...Object.entries(entity.articles), ...Object.entries(entity.otherArticleEntities ?? {})]) for (const id of ([] as string[]).concat(ids)) corpusIdOf.set(`${articleId}\t${id}`, entity.id);
  }
  const found = recall.mentions(stories, (articleId, entityId) => corpusIdOf.get(`${articleId}\t${entityId}`));
  return entities.map((entity) => (found.has(entity.id) ? { ...entity, storyMentions: found.get(entity.id)! } : entity));
}

function surfacesOf(names: ArticleNames | undefined): Array<{ entityId: string; text: string }> {
  if (!names?.surfaces) return [];
  return names.surfaces.split("\n").map((line) => ({ entityId: line.slice(0, line.indexOf("\t")), text: line.slice(line.indexOf("\t") + 1) }));
}

function runsOf(names: ArticleNames | undefined): UnclaimedRun[] {
  if (!names?.runs) return [];
  let k = 0;
  return names.runs.split("\n").map((run) => ({
    words: run.split(" ").map((text) => {
      const start = names.starts[k++]!;
      return { text, start, end: start + text.length };
    }),
  }));
}

/** The longest surfaces of the run that name one entity, left to right, not overlapping. */
function matchRun(run: UnclaimedRun, ownerOf: (surface: string) => string | null): Array<{ corpusId: string; start: number; end: number }> {
  const matches: Array<{ corpusId: string; start: number; end: number }> = [];
  let k = 0;
  while (k < run.words.length) {
    let matched = false;
    for (let length = run.words.length - k; length >= 1; length -= 1) {
      const words = run.words.slice(k, k + length);
      const owner = ownerOf(words.map((word) => word.text).join(" "));
      if (!owner) continue;
      matches.push({ corpusId: owner, start: words[0]!.start, end: words.at(-1)!.end });
      k += length;
      matched = true;
      break;
    }
    if (!matched) k += 1;
  }
  return matches;
}

/** Whether `word` stands in `text` as a whole word (no letter or digit either side). */
function occursAsWord(text: string, word: string): boolean {
  const isLetter = (at: number) => at >= 0 && at < text.length && /[\p{L}\p{N}]/u.test(text[at]!);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (!isLetter(at - 1) && !isLetter(at + word.length)) return true;
  return false;
}

function letters(text: string): number {
  return text.replace(/[^\p{L}]/gu, "").length;
}
