/**
 * Which of several bearers a short name means, from the company the article keeps: "Harlow"
 * alone, in a corpus naming Tony Harlow and Deon Harlow, is the one whose articles name the
 * same other people and places as this one (Drozdenko, Bremen). This is the story-level
 * tie-break done with names only — corpus entities are built before stories, and articles that
 * share several rare names are, for this purpose, one story. It decides only when one candidate
 * clearly wins: namesakes in unrelated coverage share no rare names, so they stay apart.
 */

/** Shared names (weighted by rarity) a candidate needs before context may pick it. */
export const MIN_CONTEXT_SCORE = 2;
/** How far the best candidate must lead the next: a near tie is no evidence. */
const MIN_LEAD = 2;

export class ArticleContext {
  /** Article id → the identity keys its names have (full names by their group, short names as written). */
  private readonly keysOf = new Map<string, Set<string>>();
  private readonly documentFrequency = new Map<string, number>();
  /** Candidate root → how many of its articles name each key. */
  private readonly around = new Map<string, Map<string, number>>();

  constructor(keysByArticle: ReadonlyMap<string, ReadonlySet<string>>) {
    for (const [articleId, keys] of keysByArticle) {
      this.keysOf.set(articleId, new Set(keys));
      for (const key of keys) this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
    }
  }

  /** The candidate the article's company points to, or null when none stands out; `ignored` keys (the name being resolved, the candidates) do not count. */
  pick(articleId: string, candidates: readonly Candidate[], ignored: ReadonlySet<string>, minScore = MIN_CONTEXT_SCORE): string | null {
    const scored = candidates.map((candidate) => ({ root: candidate.root, score: this.score(articleId, candidate, ignored) })).sort((a, b) => b.score - a.score || a.root.localeCompare(b.root));
    const [best, next] = scored;
    if (!best || best.score < minScore) return null;
    return !next || best.score >= MIN_LEAD * next.score ? best.root : null;
  }

  /** How much the article shares with the candidate's other articles, rare names weighing more. */
  score(articleId: string, candidate: Candidate, ignored: ReadonlySet<string>): number {
    let company = this.around.get(candidate.root);
    if (!company) {
      company = new Map();
      for (const id of candidate.articles) for (const key of this.keysOf.get(id) ?? []) company.set(key, (company.get(key) ?? 0) + 1);
      this.around.set(candidate.root, company);
    }
    const own = candidate.articles.has(articleId);
    const articles = this.keysOf.size;
    if (articles < 2) return 0;
    let score = 0;
    for (const key of this.keysOf.get(articleId) ?? []) {
      if (ignored.has(key) || (company.get(key) ?? 0) - (own ? 1 : 0) <= 0) continue;
      // A name in every other article is no evidence; one in a handful is.
      score += Math.log(articles / this.documentFrequency.get(key)!) / Math.log(articles);
    }
    return score;
  }
}

export interface Candidate {
  root: string;
  /** The articles that name it in full. */
  articles: ReadonlySet<string>;
}
