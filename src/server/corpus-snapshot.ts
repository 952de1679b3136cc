/**
 * What the server answers from: a connected corpus with its articles' metadata, its entities by
 * id and its story catalog. Made in the server's thread from a build (`snapshotOf`), or posted by
 * the connect worker in parts (`snapshotParts`, `SnapshotAssembler`): posted whole, 100,000
 * articles' stories were one structured clone that held the server's thread for seconds while
 * it was read, every request waiting behind it. Each part is read in a few milliseconds, and the
 * worker posts the next only when asked, so requests are answered between parts.
 */
import type { ConnectedCorpus, Story } from "../connect/connect-corpus.js";
import type { CorpusEntity } from "../connect/corpus-entities.js";
import type { BuiltCorpus } from "./corpus-builder.js";
import { StoryCatalog, catalogEntries, type ArticleMeta, type CatalogEntry } from "./story-catalog.js";

export interface CorpusSnapshot extends ConnectedCorpus {
  articles: ReadonlyMap<string, ArticleMeta>;
  entitiesById: ReadonlyMap<string, CorpusEntity>;
  catalog: StoryCatalog;
}

/** What was made elsewhere, part by part (`SnapshotAssembler`), instead of here from the corpus. */
interface MadeParts {
  entitiesById?: ReadonlyMap<string, CorpusEntity>;
  entries?: readonly CatalogEntry[];
}

export function snapshotOf({ corpus, articles }: BuiltCorpus, made: MadeParts = {}): CorpusSnapshot {
  const entitiesById = made.entitiesById ?? new Map(corpus.entities.map((entity) => [entity.id, entity]));
  return { ...corpus, articles, entitiesById, catalog: new StoryCatalog(corpus, articles, made.entries) };
}

export type SnapshotPart = { entities: ConnectedCorpus["entities"] } | { stories: Story[]; entries: CatalogEntry[] } | { articles: ArticleMeta[] };

/**
 * Part sizes, each read in the server's thread in a few milliseconds: a story carries its claims
 * and timeline (kilobytes), an entity its articles, an article's metadata a few fields. Parts of
 * 200 stories still stalled the server's thread up to 220 ms on a loaded machine; a round trip
 * per part costs far less than that.
 */
export const PART_SIZES = { stories: 50, entities: 500, articles: 1000 };

/** A build cut into parts, its catalog computed here (in the worker) so the server's thread does not. */
export function* snapshotParts({ corpus, articles }: BuiltCorpus, sizes = PART_SIZES): Generator<SnapshotPart> {
  const entries = catalogEntries(corpus, articles);
  for (let start = 0; start < corpus.entities.length; start += sizes.entities) yield { entities: corpus.entities.slice(start, start + sizes.entities) };
  for (let start = 0; start < corpus.stories.length; start += sizes.stories) {
    yield { stories: corpus.stories.slice(start, start + sizes.stories), entries: entries.slice(start, start + sizes.stories) };
  }
  const metas = [...articles.values()];
  for (let start = 0; start < metas.length; start += sizes.articles) yield { articles: metas.slice(start, start + sizes.articles) };
}

/** Puts a snapshot together from its parts, in the order `snapshotParts` made them. */
export class SnapshotAssembler {
  private readonly entities: ConnectedCorpus["entities"] = [];
  private readonly entitiesById = new Map<string, CorpusEntity>();
  private readonly stories: Story[] = [];
  private readonly entries: CatalogEntry[] = [];
  private readonly articles = new Map<string, ArticleMeta>();

  add(part: SnapshotPart): void {
    if ("entities" in part) {
      for (const entity of part.entities) {
        this.entities.push(entity);
        this.entitiesById.set(entity.id, entity);
      }
    } else if ("stories" in part) {
      this.stories.push(...part.stories);
      this.entries.push(...part.entries);
    } else {
      for (const meta of part.articles) this.articles.set(meta.id, meta);
    }
  }

  finish(): CorpusSnapshot {
    return snapshotOf({ corpus: { entities: this.entities, stories: this.stories }, articles: this.articles }, { entitiesById: this.entitiesById, entries: this.entries });
  }
}
