/** The graph's layout: labels inside the frame and never over one another or over a node, the frame used on both axes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntityGraph } from "../api.js";
import { frameFor, layOutGraph, overlaps } from "./graph-layout.js";

/** About 7 px a character at 12 px: the canvas measure's stand-in outside a browser. */
const measure = (text: string) => text.length * 7;

const graphs = fc
  .array(fc.tuple(fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 40 })), { minLength: 2, maxLength: 30 })
  .chain((nodes) =>
    fc.array(fc.tuple(fc.nat(nodes.length - 1), fc.nat(nodes.length - 1)), { maxLength: 60 }).map(
      (pairs): EntityGraph => ({
        nodes: nodes.map(([name, claims], index) => ({ id: `e${index}`, name: `${name} ${index}`, type: "PER", countryCode: null, claims })),
        edges: pairs.filter(([a, b]) => a !== b).map(([a, b], index) => ({ source: `e${a}`, target: `e${b}`, claims: [`c${index}`] })),
      }),
    ),
  );

describe("layOutGraph", () => {
  it.each([320, 560, 900])("keeps every drawn label inside a %i px frame, apart from other labels and nodes", (width) => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const layout = layOutGraph(graph, frameFor(width), measure);
        const labels = layout.nodes.flatMap((node) => (node.label ? [node.label] : []));
        const circles = layout.nodes.map((node) => ({ id: node.id, box: { x: node.x - node.r, y: node.y - node.r, width: node.r * 2, height: node.r * 2 } }));
        for (const [index, label] of labels.entries()) {
          expect(label.x).toBeGreaterThanOrEqual(0);
          expect(label.x + label.width).toBeLessThanOrEqual(layout.width);
          expect(label.y + label.height).toBeLessThanOrEqual(layout.height);
          for (const other of labels.slice(index + 1)) expect(overlaps(label, other)).toBe(false);
          const owner = layout.nodes.find((node) => node.label === label)!;
          for (const circle of circles) if (circle.id !== owner.id) expect(overlaps(label, circle.box)).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("spreads a crowded graph over the frame and labels most of its nodes", () => {
    const names = ["Ministère de la Défense", "Forces Armées Royales", "Administration Trump", "Times of Israel", "États-Unis", "Égypte", "Bahreïn", "Soudan", "Iran", "Tsahal", "N12", "Rabat"];
    const graph: EntityGraph = {
      nodes: names.map((name, index) => ({ id: `e${index}`, name, type: "ORG", countryCode: null, claims: 12 - index })),
      edges: names.slice(1).map((_, index) => ({ source: "e0", target: `e${index + 1}`, claims: ["c"] })),
    };
    for (const width of [350, 560]) {
      const layout = layOutGraph(graph, frameFor(width), measure);
      // What is drawn, circles and labels, spans two thirds of the frame at least on each axis.
      const boxes = layout.nodes.flatMap((node) => [{ x: node.x - node.r, y: node.y - node.r, width: node.r * 2, height: node.r * 2 }, ...(node.label ? [node.label] : [])]);
      const span = (low: (box: (typeof boxes)[number]) => number, high: (box: (typeof boxes)[number]) => number) => Math.max(...boxes.map(high)) - Math.min(...boxes.map(low));
      expect(span((box) => box.x, (box) => box.x + box.width) / layout.width).toBeGreaterThan(0.66);
      expect(span((box) => box.y, (box) => box.y + box.height) / layout.height).toBeGreaterThan(0.66);
      expect(layout.nodes.filter((node) => node.label).length).toBeGreaterThanOrEqual(names.length - 1);
    }
  });
});
