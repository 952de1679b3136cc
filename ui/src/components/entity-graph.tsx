/**
 * Who acts with whom: the story's participants laid out to fill the frame (graph-layout.ts), node
 * size by claims, edge width by shared claims, labels that never overlap. The frame is as wide as
 * its box, so labels are drawn at their real size on a phone too. Each node is a button reached
 * by Tab; choosing one lists the claims it takes part in.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { EntityGraph } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import type { Messages } from "../i18n/messages.js";
import { href } from "../router.js";
import { frameFor, LABEL_BASELINE, LABEL_FONT, layOutGraph } from "./graph-layout.js";

export function EntityGraphView({ graph, sentences, lang }: { graph: EntityGraph; sentences: Record<string, string>; lang: string | undefined }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(box);
  const layout = useMemo(() => (width === null ? null : layOutGraph(graph, frameFor(width), textWidth)), [graph, width]);
  const chosen = layout?.nodes.find((node) => node.id === selected);
  const chosenClaims = chosen && layout ? [...new Set(layout.edges.filter((edge) => edge.source === chosen.id || edge.target === chosen.id).flatMap((edge) => edge.claims))] : [];
  return (
    <>
      {graph.nodes.length === 0 ? (
        <p>{t["graph.none"]}</p>
      ) : (
        <div ref={box} class="graph-box">
          {layout && (
            <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} class="graph" role="group" aria-label={t["graph.label"]}>
              {layout.edges.map((edge) => {
                const [a, b] = [layout.byId.get(edge.source)!, layout.byId.get(edge.target)!];
                const active = selected !== null && (edge.source === selected || edge.target === selected);
                return <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} class={`edge${active ? " active" : ""}`} stroke-width={Math.min(1 + edge.claims.length, 8)} />;
              })}
              {layout.nodes.map((node) => (
                <g
                  class={`node type-${node.type}${node.id === selected ? " selected" : ""}`}
                  // Lower case: on an SVG element Preact sets the attribute as written, and only "tabindex" makes it focusable.
                  tabindex={0}
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
                  <circle cx={node.x} cy={node.y} r={node.r} />
                  {node.label ? (
                    <text x={node.label.x + 2} y={node.label.y + LABEL_BASELINE} class="label">
                      {node.label.text}
                    </text>
                  ) : (
                    // No free place for it: the name shows while the node has focus or is chosen.
                    <text x={node.x} y={node.y - node.r - 4} text-anchor="middle" class="label floating">
                      {node.name}
                    </text>
                  )}
                </g>
              ))}
            </svg>
          )}
        </div>
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

/** The box's width, followed as the window resizes (null until it is laid out). */
function useBoxWidth(box: { current: HTMLElement | null }): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    setWidth(element.clientWidth);
    // Rounded to 40 px steps: a scrollbar appearing does not lay the graph out again.
    const observer = new ResizeObserver(([entry]) => entry && setWidth((previous) => (previous !== null && Math.abs(previous - entry.contentRect.width) < 40 ? previous : entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [box.current]);
  return width;
}

let context: CanvasRenderingContext2D | null | undefined;
/** A label's drawn width, measured in the labels' font (an estimate where canvas is refused). */
function textWidth(text: string): number {
  if (context === undefined) {
    context = document.createElement("canvas").getContext("2d");
    if (context) context.font = LABEL_FONT;
  }
  return context ? context.measureText(text).width : text.length * 7;
}
