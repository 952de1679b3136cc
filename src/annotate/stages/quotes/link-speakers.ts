/**
 * Quotes meet entities: the speaker words ("le ministre de la Défense", "M. Gantz") are linked
 * to the entity one of whose mentions they overlap, and a pronoun speaker ("a-t-il déclaré")
 * to the person last mentioned before the quote, which the entity stage knows better than a
 * capitalised-words guess.
 */
import type { Entity, EntityMention, Quote } from "../../annotation.js";

interface Located {
  entity: Entity;
  mention: EntityMention;
}

export function linkSpeakers(quotes: readonly Quote[], entities: readonly Entity[], text: string): Quote[] {
  const mentions: Located[] = entities
    .flatMap((entity) => entity.mentions.filter((mention) => mention.kind !== "demonym").map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  return quotes.map((quote) => {
    if (quote.speakerKind === "pronoun") {
      const person = lastPersonBefore(mentions, quote.start, quote);
      if (person) return { ...quote, speaker: { start: person.mention.start, end: person.mention.end, text: text.slice(person.mention.start, person.mention.end) }, speakerEntity: person.entity.id };
    }
    if (!quote.speaker) return quote;
    const speaker = quote.speaker;
    const overlapping = mentions
      .filter(({ mention }) => mention.start < speaker.end && speaker.start < mention.end)
      .sort((a, b) => overlap(b.mention, speaker) - overlap(a.mention, speaker) || rank(a.entity) - rank(b.entity))[0];
    return overlapping ? { ...quote, speakerEntity: overlapping.entity.id } : quote;
  });
}

/** People speak before organisations, organisations before places ("le ministre israélien": the minister, not Israel). */
function rank(entity: Entity): number {
  return { PER: 0, ORG: 1, MISC: 2, LOC: 3 }[entity.type];
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** The person mentioned last before `position`, outside the quote itself. */
function lastPersonBefore(mentions: readonly Located[], position: number, quote: Quote): Located | undefined {
  return mentions.findLast(({ entity, mention }) => entity.type === "PER" && mention.end <= position && !(mention.start >= quote.start && mention.end <= quote.end));
}
