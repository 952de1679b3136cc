/** The article's annotations as highlight marks, one layer each, so the reader can toggle them. */
import type { DossierArticle } from "../api.js";
import type { Mark } from "./segments.js";

export type LayerName = "entities" | "quotes" | "times" | "events" | "attributes";
export const LAYERS: LayerName[] = ["entities", "quotes", "times", "events", "attributes"];

export function articleMarks(article: DossierArticle, layers: ReadonlySet<LayerName>): Mark[] {
  const marks: Mark[] = [];
  const names = new Map(article.entities.map((entity) => [entity.id, entity.name]));
  if (layers.has("events")) {
    for (const event of article.events) marks.push({ start: event.start, end: event.end, className: "event", label: `${event.category} (${event.mode})${event.date ? `, ${event.date}` : ""}` });
  }
  if (layers.has("attributes")) {
    // A first is said by its whole sentence; its mark would hide the others, so only kinds and domains are marked.
    for (const attribute of article.attributes ?? []) {
      if (attribute.slot !== "first") marks.push({ start: attribute.start, end: attribute.end, className: "attr", label: `${attribute.slot} of the ${attribute.subject}: ${attribute.value}` });
    }
  }
  if (layers.has("quotes")) {
    for (const quote of article.quotes) marks.push({ start: quote.content.start, end: quote.content.end, className: "quote", label: `quote by ${quote.speaker?.text ?? "an unattributed speaker"}` });
  }
  if (layers.has("times")) {
    for (const time of article.times) marks.push({ start: time.start, end: time.end, className: "time", label: `${time.type} ${time.value ?? "unresolved"}` });
  }
  if (layers.has("entities")) {
    for (const entity of article.entities) {
      for (const mention of entity.mentions) {
        const metonym = mention.metonymFor ? ` standing for ${names.get(mention.metonymFor) ?? mention.metonymFor}` : "";
        marks.push({ start: mention.start, end: mention.end, className: `ent ent-${entity.type}`, label: `${entity.type} ${entity.name} (${mention.kind})${metonym}`, entityId: entity.id });
      }
    }
  }
  return marks;
}
