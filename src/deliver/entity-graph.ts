/**
 * Who acts with whom in a story: its event claims' participants as nodes, an edge between two
 * participants of one claim (actor–target, or two co-actors), weighted by the claims they share.
 * Quote speakers join as nodes, so a story's voices show even when no event links them.
 */
import type { Story } from "../connect/connect-corpus.js";
import type { CorpusEntity } from "../connect/corpus-entities.js";

export interface GraphNode {
  id: string;
  name: string;
  type: CorpusEntity["type"];
  countryCode: string | null;
  /** Claims this entity takes part in (acts, is acted upon, or speaks). */
  claims: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** The ids of the claims both take part in. */
  claims: string[];
}

export interface EntityGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function buildEntityGraph(story: Story, entities: ReadonlyMap<string, CorpusEntity>): EntityGraph {
  const claimCounts = new Map<string, number>();
  const edges = new Map<string, GraphEdge>();
  const count = (id: string) => claimCounts.set(id, (claimCounts.get(id) ?? 0) + 1);
  for (const claim of story.claims) {
    if (claim.kind === "quote") {
      if (claim.speaker && entities.has(claim.speaker)) count(claim.speaker);
      continue;
    }
    if (claim.kind !== "event") continue;
    const participants = [...new Set([...(claim.actors ?? []), ...(claim.targets ?? [])])].filter((id) => entities.has(id));
    participants.forEach(count);
    for (let i = 0; i < participants.length; i++) {
      for (let j = i + 1; j < participants.length; j++) {
        const [source, target] = [participants[i]!, participants[j]!].sort();
        const key = `${source}|${target}`;
        const edge = edges.get(key) ?? { source: source!, target: target!, claims: [] };
        edge.claims.push(claim.id);
        edges.set(key, edge);
      }
    }
  }
  const nodes = [...claimCounts].map(([id, claims]) => {
    const entity = entities.get(id)!;
    return { id, name: entity.name, type: entity.type, countryCode: entity.countryCode, claims };
  });
  return { nodes: nodes.sort((a, b) => b.claims - a.claims || a.id.localeCompare(b.id)), edges: [...edges.values()] };
}
