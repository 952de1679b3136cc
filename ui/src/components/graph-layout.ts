/**
 * Where the entity graph's nodes and labels go: d3-force run to rest, its positions stretched to
 * fill the frame (a force layout clusters in the middle and leaves the corners empty), then each
 * label put beside its node where it overlaps no other label or node, the most involved first.
 * A label with no free place is left out of the picture; its node still names itself on focus
 * and to screen readers. Greedy placement by hand: d3 has no label placer, and the few
 * candidates per label keep it linear enough for the 30 nodes drawn.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import type { EntityGraph } from "../api.js";

/** More nodes than this stop being readable; the least involved are left out. */
export const MAX_NODES = 30;
const FONT_PX = 12;
const LABEL_HEIGHT = 15;
/** Room kept around the drawing for the outermost nodes' labels. */
const MARGIN = 16;
const LONGEST_LABEL = 26;
/**
 * Steps of the force simulation, cooled to rest within them (d3's default cools in 300): thirty
 * nodes settle in half of them, and the layout was a tenth of a 500-article story page's script.
 */
const TICKS = 150;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export type PlacedNode = EntityGraph["nodes"][number] & { x: number; y: number; r: number; label: (Box & { text: string }) | null };
export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: EntityGraph["edges"];
  byId: Map<string, PlacedNode>;
}

export function radius(claims: number): number {
  return 6 + Math.min(Math.sqrt(claims) * 3, 18);
}

/** A frame as wide as its box, taller than wide on a phone, so text is drawn at its real size. */
export function frameFor(width: number): { width: number; height: number } {
  const frameWidth = Math.max(280, Math.round(width));
  return { width: frameWidth, height: Math.round(frameWidth < 520 ? frameWidth * 1.3 : Math.max(340, frameWidth * 0.7)) };
}

export function layOutGraph(graph: EntityGraph, frame: { width: number; height: number }, measure: (text: string) => number): GraphLayout {
  type SimNode = EntityGraph["nodes"][number] & SimulationNodeDatum;
  const nodes: SimNode[] = graph.nodes.slice(0, MAX_NODES).map((node) => ({ ...node }));
  const ids = new Set(nodes.map((node) => node.id));
  const edges = graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  const texts = new Map(nodes.map((node) => [node.id, shorten(node.name)]));
  const halfLabel = (node: SimNode) => Math.min(measure(texts.get(node.id)!) / 2, 90);
  const aspect = frame.height / frame.width;
  forceSimulation(nodes)
    .force("link", forceLink<SimNode, { source: string; target: string }>(edges.map((edge) => ({ source: edge.source, target: edge.target }))).id((node) => node.id).distance(90))
    .force("charge", forceManyBody().strength(-220))
    .force("collide", forceCollide<SimNode>().radius((node) => Math.max(radius(node.claims), halfLabel(node)) + 8))
    // Pulled to the frame's shape: wider than tall on a desk, taller than wide on a phone.
    .force("x", forceX(0).strength(0.06 * aspect))
    .force("y", forceY(0).strength(0.06 / aspect))
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .stop()
    .tick(TICKS);
  const placed = stretch(nodes, frame, (node) => [Math.max(radius(node.claims), halfLabel(node)), radius(node.claims) + LABEL_HEIGHT]);
  placeLabels(placed, frame, texts, measure);
  return { ...frame, nodes: placed, edges, byId: new Map(placed.map((node) => [node.id, node])) };
}

/** How much of a node's stretched position comes from its rank on the axis rather than its coordinate: a dense core opens up. */
const RANK_WEIGHT = 0.5;

/**
 * Positions scaled on each axis to fill the frame, each node's own extent kept inside it; half
 * by coordinate, half by rank, so the crowded middle of a force layout gets room for labels
 * while the picture keeps its shape.
 */
function stretch<N extends EntityGraph["nodes"][number] & SimulationNodeDatum>(nodes: N[], frame: { width: number; height: number }, extent: (node: N) => [number, number]): PlacedNode[] {
  const xs = nodes.map((node) => node.x ?? 0);
  const ys = nodes.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const padX = Math.max(0, ...nodes.map((node) => extent(node)[0])) + MARGIN;
  const padY = Math.max(0, ...nodes.map((node) => extent(node)[1])) + MARGIN;
  const scale = (value: number, low: number, high: number, from: number, to: number) => (high - low < 1 ? (from + to) / 2 : from + ((value - low) / (high - low)) * (to - from));
  const rankOf = (values: number[]) => {
    const order = values.map((value, index) => [value, index] as const).sort((a, b) => a[0] - b[0]);
    const ranks = new Array<number>(values.length);
    order.forEach(([, index], rank) => (ranks[index] = values.length < 2 ? 0.5 : rank / (values.length - 1)));
    return ranks;
  };
  const [rankX, rankY] = [rankOf(xs), rankOf(ys)];
  const blend = (value: number, rank: number, low: number, high: number, from: number, to: number) =>
    (1 - RANK_WEIGHT) * scale(value, low, high, from, to) + RANK_WEIGHT * (from + rank * (to - from));
  return nodes.map((node, index) => ({
    ...node,
    x: blend(node.x ?? 0, rankX[index]!, minX, maxX, padX, frame.width - padX),
    y: blend(node.y ?? 0, rankY[index]!, minY, maxY, padY, frame.height - padY),
    r: radius(node.claims),
    label: null,
  }));
}

/** Below, above, right, left of its node, then its corners: the first place free of other labels and nodes. */
function placeLabels(nodes: PlacedNode[], frame: { width: number; height: number }, texts: ReadonlyMap<string, string>, measure: (text: string) => number): void {
  const taken: Box[] = nodes.map((node) => ({ x: node.x - node.r, y: node.y - node.r, width: node.r * 2, height: node.r * 2 }));
  for (const node of [...nodes].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name))) {
    const text = texts.get(node.id)!;
    const width = measure(text) + 4;
    const candidates: Box[] = [
      { x: node.x - width / 2, y: node.y + node.r + 2, width, height: LABEL_HEIGHT },
      { x: node.x - width / 2, y: node.y - node.r - 2 - LABEL_HEIGHT, width, height: LABEL_HEIGHT },
      { x: node.x + node.r + 4, y: node.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT },
      { x: node.x - node.r - 4 - width, y: node.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT },
      // Then the corners: beside the node, above or below its centre.
      { x: node.x + node.r * 0.7, y: node.y + node.r * 0.7, width, height: LABEL_HEIGHT },
      { x: node.x - node.r * 0.7 - width, y: node.y + node.r * 0.7, width, height: LABEL_HEIGHT },
      { x: node.x + node.r * 0.7, y: node.y - node.r * 0.7 - LABEL_HEIGHT, width, height: LABEL_HEIGHT },
      { x: node.x - node.r * 0.7 - width, y: node.y - node.r * 0.7 - LABEL_HEIGHT, width, height: LABEL_HEIGHT },
    ];
    const own = (box: Box) => box.x === node.x - node.r && box.y === node.y - node.r;
    const free = candidates.find((box) => inside(box, frame) && !taken.some((other) => !own(other) && overlaps(box, other)));
    if (!free) continue;
    taken.push(free);
    node.label = { ...free, text };
  }
}

function shorten(name: string): string {
  return name.length <= LONGEST_LABEL ? name : `${name.slice(0, LONGEST_LABEL - 1).trimEnd()}…`;
}

function inside(box: Box, frame: { width: number; height: number }): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= frame.width && box.y + box.height <= frame.height;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export const LABEL_FONT = `${FONT_PX}px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif`;
export const LABEL_BASELINE = FONT_PX;
