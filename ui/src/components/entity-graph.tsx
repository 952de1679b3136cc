/**
 * Who acts with whom: the story's participants laid out by d3-force (run to rest before drawing,
 * so the picture does not move under the reader), node size by claims, edge width by shared
 * claims. Choosing a node lists the claims it takes part in.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from "d3-force";
import { useMemo, useState } from "preact/hooks";
import type { EntityGraph } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import type { Messages } from "../i18n/messages.js";
import { href } from "../router.js";

const WIDTH = 640;
const HEIGHT = 360;
/** More nodes than this stop being readable; the least involved are left out. */
const MAX_NODES = 30;

type Node = EntityGraph["nodes"][number] & SimulationNodeDatum;

export function EntityGraphView({ graph, sentences, lang }: { graph: EntityGraph; sentences: Record<string, string>; lang: string | undefined }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  const layout = useMemo(() => layOut(graph), [graph]);
  const chosen = layout.nodes.find((node) => node.id === selected);
  const chosenClaims = chosen ? [...new Set(layout.edges.filter((edge) => edge.source === chosen.id || edge.target === chosen.id).flatMap((edge) => edge.claims))] : [];
  return (
    <>
      {layout.nodes.length === 0 ? (
        <p>{t["graph.none"]}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="graph" role="group" aria-label={t["graph.label"]}>
          {layout.edges.map((edge) => {
            const [a, b] = [layout.byId.get(edge.source)!, layout.byId.get(edge.target)!];
            const active = selected !== null && (edge.source === selected || edge.target === selected);
            return <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} class={`edge${active ? " active" : ""}`} stroke-width={Math.min(1 + edge.claims.length, 8)} />;
          })}
          {layout.nodes.map((node) => (
            <g
              transform={`translate(${node.x},${node.y})`}
              class={`node type-${node.type}${node.id === selected ? " selected" : ""}`}
              tabIndex={0}
              role="button"
              aria-pressed={node.id === selected}
              aria-label={t["graph.node"](node.name, node.claims)}
              onClick={() => setSelected(node.id === selected ? null : node.id)}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === " ") {
                  event.preventDefault();
                  setSelected(node.id === selected ? null : node.id);
                }
              }}
            >
              <circle r={radius(node.claims)} />
              <text y={radius(node.claims) + 12} text-anchor="middle">
                {node.name}
              </text>
            </g>
          ))}
        </svg>
      )}
      {chosen && (
        <div class="graph-detail" aria-live="polite">
          <p>
            <strong>{chosen.name}</strong> ({t[`entity.type.${chosen.type}` as keyof Messages] as string}) · <a href={href([], { entity: chosen.name })}>{t["graph.storiesWith"](chosen.name)}</a>
          </p>
          <ul lang={lang}>
            {chosenClaims.map((id) => (
              <li>{sentences[id] ?? id}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function radius(claims: number): number {
  return 6 + Math.min(Math.sqrt(claims) * 3, 18);
}

function layOut(graph: EntityGraph) {
  const nodes: Node[] = graph.nodes.slice(0, MAX_NODES).map((node) => ({ ...node }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = graph.edges.filter((edge) => byId.has(edge.source) && byId.has(edge.target));
  const links = edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const simulation = forceSimulation(nodes)
    .force("link", forceLink<Node, { source: string; target: string }>(links).id((node) => node.id).distance(110))
    .force("charge", forceManyBody().strength(-260))
    .force("collide", forceCollide<Node>().radius((node) => radius(node.claims) + 14))
    .force("center", forceCenter(WIDTH / 2, HEIGHT / 2))
    .stop();
  simulation.tick(240);
  for (const node of nodes) {
    node.x = clamp(node.x ?? WIDTH / 2, 40, WIDTH - 40);
    node.y = clamp(node.y ?? HEIGHT / 2, 24, HEIGHT - 30);
  }
  return { nodes, edges, byId: byId as Map<string, Node & { x: number; y: number }> };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
