/**
 * Everything the connect stage keeps of one article — its features (clustering, near-duplicates),
 * its claim records, the names it leaves unread (story name recall) — as one string a store keeps
 * beside the article. A stored build is resumed with new articles by re-reading the stories they
 * join (resume-corpus.ts): from these strings, not from the articles, that costs a parse per
 * article instead of a read of its whole annotation, a tokenisation, stemming, MinHash and the
 * claim and name passes (100,000 articles in stories of 2,000: 5 CPU-s of features alone).
 *
 * A state is only valid for the connect code that made it: stores keep it with
 * `connectAlgorithmVersion()`, and a state of another version is made again from its article.
 */
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { articleFeatures, noTerms, type ArticleFeatures } from "./article-features.js";
import type { ArticleVector } from "./story-vectors.js";
import { KEY_SEPARATOR, base64Of, fromBase64 } from "./base64-arrays.js";
import { claimRecords } from "./claim-records.js";
import { articleNames, type ArticleNames } from "./story-name-recall.js";

export interface ArticleConnectState {
  features: ArticleFeatures;
  /** The claim records as JSON, "" when none (the connector keeps them so until a story is built). */
  records: string;
  names: ArticleNames;
  /**
   * Its story vector as the build that placed it made it (kept beside the state, see
   * `packVector`), when the store holds one: an update re-splits its story with it rather than
   * weigh its terms again.
   */
  vector?: ArticleVector;
}

export function connectStateOf(article: AnnotatedArticle): ArticleConnectState {
  const records = claimRecords(article);
  return { features: articleFeatures(article), records: records.length === 0 ? "" : JSON.stringify(records), names: articleNames(article) };
}

/**
 * The typed arrays as base64: JSON would write each number out and parse it back into a plain
 * array. The terms and names a vector is made from come apart, after `PART_SEPARATOR`, so a
 * reader that has the vector (stored apart) parses only the rest.
 */
interface PackedState {
  features: Omit<ArticleFeatures, "signature" | TermFields> & { signature: string };
  records: string;
  names: Omit<ArticleNames, "starts"> & { starts: string };
}

type TermFields = "terms" | "leadTerms" | "entityWeights";

/**
 * Between the two parts of a stored string: a state's two JSON documents (JSON writes control
 * characters escaped inside strings, so never raw), a vector's keys and weights (no key holds one).
 */
const PART_SEPARATOR = "\u001e";

export function packConnectState(state: ArticleConnectState): string {
  const { terms, leadTerms, entityWeights, ...features } = state.features;
  const packed: PackedState = {
    features: { ...features, signature: base64Of(state.features.signature) },
    records: state.records,
    names: { ...state.names, starts: base64Of(state.names.starts) },
  };
  return `${JSON.stringify(packed)}${PART_SEPARATOR}${JSON.stringify({ terms, leadTerms, entityWeights })}`;
}

/**
 * Read in place, the parsed objects given their typed arrays: an update reads one state per
 * article of the stories it changes. `withTerms: false` leaves the terms and names unread, for a
 * reader that has the article's vector.
 */
export function unpackConnectState(text: string, { withTerms = true } = {}): ArticleConnectState {
  const at = text.indexOf(PART_SEPARATOR);
  const packed = JSON.parse(text.slice(0, at)) as PackedState;
  const state = packed as unknown as ArticleConnectState;
  state.features.signature = fromBase64(packed.features.signature, Uint32Array);
  state.names.starts = fromBase64(packed.names.starts, Uint32Array);
  Object.assign(state.features, withTerms ? (JSON.parse(text.slice(at + 1)) as Pick<ArticleFeatures, TermFields>) : noTerms());
  return state;
}

/**
 * A story vector as stored: its keys joined, its weights as base64 float64s (exact, so a story is
 * split on the very vectors its build placed). An article's vector is kept from the build that
 * placed it until the next full build, as its story's sums are (stored-clusters.ts): the articles
 * an update adds move the document frequencies by a few per cent at most (a full build comes past
 * a fifth), far less than moves a split.
 */
export function packVector(vector: ArticleVector): string {
  return `${vector.keys.join(KEY_SEPARATOR)}${PART_SEPARATOR}${base64Of(Float64Array.from(vector.weights))}`;
}

/** `intern`: one string per key across the vectors read (see `keyInterner`). */
export function unpackVector(text: string, intern: (key: string) => string = (key) => key): ArticleVector {
  const at = text.lastIndexOf(PART_SEPARATOR);
  const keys = at === 0 ? [] : text.slice(0, at).split(KEY_SEPARATOR).map(intern);
  return { keys, weights: Array.from(fromBase64(text.slice(at + 1), Float64Array)) };
}

/**
 * One string per distinct key: the vectors of 100,000 stored articles read as they were split held
 * 8 million strings where a corpus has some 50,000 keys, all of them copied out of the young
 * generation as they were kept.
 */
export function keyInterner(): (key: string) => string {
  const keys = new Map<string, string>();
  return (key) => {
    const held = keys.get(key);
    if (held !== undefined) return held;
    keys.set(key, key);
    return key;
  };
}
