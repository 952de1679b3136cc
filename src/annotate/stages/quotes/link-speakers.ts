/**
 * Quotes meet entities: the speaker words ("le ministre de la Défense", "M. Novak") are linked
 * to the entity one of whose mentions they overlap, and a pronoun speaker ("a-t-il déclaré")
 * to the person last mentioned before the quote, which the entity stage knows better than a
 * capitalised-words guess.
 */
import { lastIndexOfAny } from "../../../core/last-index-of-any.js";
import type { Span } from "../../../core/message.js";
import type { Entity, Quote } from "../../annotation.js";
import { speakingMentionsByStart, type Located } from "./speaking-mentions.js";

/**
 * `introduced` tells whether the words right before a quote introduce it ("a déclaré :"), so an
 * unattributed quote there belongs to the subject that opened the sentence, however long the
 * clause between them ("Le ministre, qui a quitté le Maroc jeudi, a, dans une chronique, déclaré : «").
 */
export function linkSpeakers(quotes: readonly Quote[], entities: readonly Entity[], text: string, introduced: (before: string) => boolean): Quote[] {
  const mentions = speakingMentionsByStart(entities);
  return quotes.map((quote) => {
    if (quote.speakerKind === "pronoun") {
      // "X, …, a déclaré « … », a-t-il encore déclaré": the pronoun is the introducing clause's subject.
      const introducedBy = quote.direct && introduced(text.slice(Math.max(0, quote.start - 40), quote.start)) ? sentenceSubject(mentions, text, quote.start) : undefined;
      const person = introducedBy ?? subjectRightAfter(mentions, text, quote) ?? lastPersonBefore(mentions, quote.start, quote, quotes);
      if (person) return { ...quote, speaker: { start: person.mention.start, end: person.mention.end, text: text.slice(person.mention.start, person.mention.end) }, speakerEntity: person.entity.id };
    }
    if (quote.direct && quote.speakerKind === "unattributed" && introduced(text.slice(Math.max(0, quote.start - 40), quote.start))) {
      const subject = sentenceSubject(mentions, text, quote.start);
      if (subject) return { ...quote, speaker: { start: subject.mention.start, end: subject.mention.end, text: subject.mention.text }, speakerKind: "named", speakerEntity: subject.entity.id };
    }
    if (!quote.speaker) return quote;
    const speaker = quote.speaker;
    const overlapping = mostOverlapping(mentions, speaker);
    return overlapping ? { ...quote, speakerEntity: overlapping.entity.id } : quote;
  });
}

/** The mention overlapping the speaker most, people first on a tie, then the first in text order: one pass instead of filtering and sorting. */
function mostOverlapping(mentions: readonly Located[], speaker: Span): Located | undefined {
  let best: Located | undefined;
  let bestOverlap = 0;
  for (const located of mentions) {
    const { mention, entity } = located;
    if (!(mention.start < speaker.end && speaker.start < mention.end)) continue;
    const shared = overlap(mention, speaker);
    if (!best || shared > bestOverlap || (shared === bestOverlap && rank(entity) < rank(best.entity))) {
      best = located;
      bestOverlap = shared;
    }
  }
  return best;
}

/** People speak before organisations, organisations before places ("le ministre israélien": the minister, not Israel). */
function rank(entity: Entity): number {
  return { PER: 0, ORG: 1, MISC: 2, LOC: 3 }[entity.type];
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * The person mentioned last before `position`, outside the quote itself and the words of other direct quotes (a name tweeted is no antecedent).
 * A group named without a name ("des manifestants") is no antecedent of a quote: it speaks only as the subject of its speech verb.
 */
function lastPersonBefore(mentions: readonly Located[], position: number, quote: Quote, quotes: readonly Quote[]): Located | undefined {
  const quoted = (mention: Span) => quotes.some((other) => other.direct && mention.start >= other.content.start && mention.end <= other.content.end);
  return mentions.findLast(({ entity, mention }) => entity.type === "PER" && !entity.generic && mention.end <= position && !(mention.start >= quote.start && mention.end <= quote.end) && !quoted(mention));
}

const SENTENCE_BREAKS = ["\n", ". ", "» "];

/** The first person or organisation mentioned in the sentence that holds `position`. */
function sentenceSubject(mentions: readonly Located[], text: string, position: number): Located | undefined {
  const sentenceStart = lastIndexOfAny(text, SENTENCE_BREAKS, position);
  return mentions.find(({ entity, mention }) => (entity.type === "PER" || entity.type === "ORG") && mention.start > sentenceStart && mention.end <= position);
}

/** "Avant le sommet, qu'il a qualifié d'« historique », Novak a déclaré …": the pronoun announces the subject that follows. */
function subjectRightAfter(mentions: readonly Located[], text: string, quote: Quote): Located | undefined {
  const next = mentions.find(({ mention }) => mention.start >= quote.end);
  if (!next || next.entity.type !== "PER") return undefined;
  return /^[\s»,]*$/u.test(text.slice(quote.end, next.mention.start)) ? next : undefined;
}
