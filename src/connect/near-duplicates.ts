/**
 * Near-duplicates (syndicated or lightly edited copies) found as articles arrive: MinHash
 * signatures banded into an LSH index, so each new article is compared only with the few that
 * share a band, never with the whole corpus. Copies are kept as groups (the connected components
 * of "nearly duplicates"), not as pairs: a dispatch run by n outlets is n(n − 1)/2 pairs, and a
 * week of coverage of one event runs each day's dispatch hundreds of times.
 */
import { SIGNATURE_SIZE, estimateJaccard, mix } from "./minhash.js";

/** 16 bands of 4 rows: pairs above about 0.6 Jaccard almost always share a band. */
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated shingle Jaccard from which two texts count as copies of one another. */
export const NEAR_DUPLICATE_JACCARD = 0.7;
const NO_SIGNATURE = new Uint32Array(0);

export class NearDuplicateIndex {
  private readonly ids: string[] = [];
  private readonly signatures: Uint32Array[] = [];
  /** Each article's number (its place in `ids`), made at the first `joinKnown`. */
  private numbers: Map<string, number> | null = null;
  private readonly buckets = new BandBuckets();
  /** Each article's parent in its copy group (disjoint sets over article numbers); itself for a root. */
  private parent = new Int32Array(1 << 12);
  /** The article that last listed each article as a candidate + 1: candidates deduplicated without a set. */
  private seenBy = new Int32Array(1 << 12);
  /** Whether some copy was found: no article is in a group of its own then. */
  private grouped = false;

  /**
   * Adds an article and returns, of the articles already indexed that it nearly duplicates, one
   * per copy group (the group's members are not all compared: one copy joins the article to it).
   */
  add(id: string, signature: Uint32Array): string[] {
    return this.place(id, signature, true);
  }

  /**
   * Joins an article to the copy groups of the articles indexed so far that it nearly duplicates,
   * without filing it where articles added later look: for a stored article an update re-reads,
   * whose copies among the stored articles are known (`joinKnown`), so that only its copies among
   * the new articles, indexed first, are looked for (filing 100,000 stored articles' bands cost
   * most of finding their copies).
   */
  probe(id: string, signature: Uint32Array): void {
    this.place(id, signature, false);
  }

  /** Joins two added articles known to be copies of one another (as a stored build found them). */
  joinKnown(a: string, b: string): void {
    this.numbers ??= new Map(this.ids.map((id, article) => [id, article]));
    const [first, second] = [this.numbers.get(a), this.numbers.get(b)];
    if (first === undefined || second === undefined) return;
    const [rootA, rootB] = [this.root(first), this.root(second)];
    if (rootA === rootB) return;
    this.parent[rootA] = rootB;
    this.grouped = true;
  }

  private place(id: string, signature: Uint32Array, filed: boolean): string[] {
    const article = this.ids.length;
    if (article >= this.parent.length) {
      this.parent = grown(this.parent, article + 1);
      this.seenBy = grown(this.seenBy, article + 1);
    }
    this.parent[article] = article;
    const candidates: number[] = [];
    const visit = (entry: number) => {
      const other = Math.floor(entry / BANDS);
      if (this.seenBy[other] === article + 1) return;
      this.seenBy[other] = article + 1;
      candidates.push(other);
    };
    for (let band = 0; band < BANDS; band += 1) {
      let key = band;
      for (let row = band * ROWS; row < (band + 1) * ROWS; row += 1) key = mix(key ^ signature[row]!);
      if (filed) this.buckets.add(key, article * BANDS + band, visit);
      else this.buckets.visit(key, visit);
    }
    this.ids.push(id);
    this.numbers?.set(id, article);
    // A probed article is compared now and never again: its signature is not kept.
    this.signatures.push(filed ? signature : NO_SIGNATURE);
    const joined: number[] = [];
    const found: string[] = [];
    for (const other of candidates.sort((a, b) => a - b)) {
      if (this.ids[other] === id) continue;
      const root = this.root(other);
      if (joined.includes(root) || estimateJaccard(signature, this.signatures[other]!) < NEAR_DUPLICATE_JACCARD) continue;
      joined.push(root);
      found.push(this.ids[other]!);
    }
    for (const root of joined) this.parent[root] = article;
    if (joined.length > 0) this.grouped = true;
    return found.sort();
  }

  /** Groups of two or more copies, each one's ids sorted: its first (the smallest id) stands for it, whatever the order of arrival. */
  groups(): string[][] {
    if (!this.grouped) return [];
    const byRoot = new Map<number, string[]>();
    for (let article = 0; article < this.ids.length; article += 1) {
      const root = this.root(article);
      const group = byRoot.get(root);
      if (group) group.push(this.ids[article]!);
      else byRoot.set(root, [this.ids[article]!]);
    }
    return [...byRoot.values()].filter((group) => group.length > 1).map((group) => group.sort());
  }

  /** Each article that has copies → its copy group's first id (see `groups`). */
  copyGroups(): Map<string, string> {
    return new Map(this.groups().flatMap((group) => group.map((id) => [id, group[0]!] as const)));
  }

  private root(article: number): number {
    let node = article;
    while (this.parent[node] !== node) {
      // Path halving: chains stay short however the groups were joined.
      this.parent[node] = this.parent[this.parent[node]!]!;
      node = this.parent[node]!;
    }
    return node;
  }
}

/** Copy groups among these articles alone (see `NearDuplicateIndex.copyGroups`): what resuming a build clusters new articles with. */
export function copyGroupsAmong(features: ReadonlyArray<{ id: string; signature: Uint32Array }>): Map<string, string> {
  const index = new NearDuplicateIndex();
  for (const { id, signature } of features) index.add(id, signature);
  return index.copyGroups();
}

const EMPTY = 0;

/**
 * Band hash → the entries (article × band) filed under it, as chains through typed arrays: an
 * open-addressing table of each hash's latest entry, and each entry's previous one. Hand-written
 * because a Map of arrays held sixteen small arrays per article (211 MB at 100,000 articles, most
 * buckets holding one entry); this holds 12 bytes per entry and slot. Rare hash collisions only
 * add candidates, which the Jaccard estimate then rejects.
 */
class BandBuckets {
  private keys = new Uint32Array(1 << 16);
  /** The slot's latest entry + 1; EMPTY for a free slot. */
  private heads = new Int32Array(1 << 16);
  /** An entry's previous entry in its bucket + 1; EMPTY at the chain's end. */
  private previous = new Int32Array(1 << 16);
  private used = 0;

  /** Files `entry` under `key`, after calling `visit` with each entry filed there before. */
  add(key: number, entry: number, visit: (entry: number) => void): void {
    if (entry >= this.previous.length) this.previous = grown(this.previous, entry + 1);
    let slot = this.slotOf(key);
    if (this.heads[slot] === EMPTY) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.rehash(this.keys.length * 2);
        slot = this.slotOf(key);
      }
      this.used += 1;
      this.keys[slot] = key;
    }
    for (let at = this.heads[slot]!; at !== EMPTY; at = this.previous[at - 1]!) visit(at - 1);
    this.previous[entry] = this.heads[slot]!;
    this.heads[slot] = entry + 1;
  }

  /** Calls `visit` with each entry filed under `key`. */
  visit(key: number, visit: (entry: number) => void): void {
    const slot = this.slotOf(key);
    for (let at = this.heads[slot]!; at !== EMPTY; at = this.previous[at - 1]!) visit(at - 1);
  }

  /** The slot holding `key`, or the free slot where it goes (linear probing). */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = mix(key) & mask;
    while (this.heads[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(capacity: number): void {
    const { keys, heads } = this;
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity);
    for (let slot = 0; slot < keys.length; slot += 1) {
      if (heads[slot] === EMPTY) continue;
      const to = this.slotOf(keys[slot]!);
      this.keys[to] = keys[slot]!;
      this.heads[to] = heads[slot]!;
    }
  }
}

function grown(array: Int32Array, needed: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}
