/**
 * Quotation marks around a work's title ("le film « Vol de nuit »") quote no one: the entity
 * stage has read the title as a MISC name, and a direct quote whose words are exactly that name
 * is dropped rather than listed as unattributed speech.
 */
import type { Entity, Quote } from "../../annotation.js";

export function dropWorkTitles<Q extends Pick<Quote, "direct" | "content">>(quotes: readonly Q[], entities: readonly Entity[]): Q[] {
  const titles = new Set(
    entities.filter((entity) => entity.type === "MISC").flatMap((entity) => entity.mentions.filter((mention) => mention.kind === "name").map((mention) => `${mention.start}:${mention.end}`)),
  );
  return quotes.filter((quote) => !quote.direct || !titles.has(`${quote.content.start}:${quote.content.end}`));
}
