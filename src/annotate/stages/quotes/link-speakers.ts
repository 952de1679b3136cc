/**
 * Quotes meet entities: the speaker words ("le ministre de la Défense", "M. Novak") are linked
 * to the entity one of whose mentions they overlap, and a pronoun speaker ("a-t-il déclaré")
 * to the person last mentioned before the quote, which the entity stage knows better than a
 * capitalised-words guess. A speaker described, not named ("Le blogueur ajoute"), is the last person
 * named before; a quote nobody is named for whose clause gives an unnamed source ("certains y voient
 * un « … »", "une pancarte : « … »") is marked unspecified rather than unattributed.
 */
import { lastIndexOfAny } from "../../../core/last-index-of-any.js";
import type { Span } from "../../../core/message.js";
import type { Entity, Quote } from "../../annotation.js";
import { coveringSpans } from "../../../core/covering-spans.js";
import { firstIndexNotBefore } from "../../../core/spans-by-start.js";
import type { QuoteLexicon } from "../../lang/quote-lexicon.js";
import { relativeSourceAlternation } from "./speech-verbs.js";
import { firstNameGender } from "../entities/name-gender.js";
import { introducesQuote } from "./introduces-quote.js";
import { speakingMentionsByStart, type Located } from "./speaking-mentions.js";
import { unnamedSpeakers } from "./unnamed-speakers.js";

/**
 * The mentions by start, with what bounds a search among them: the longest mention's length
 * (a mention overlapping a span starts at most that far before it). Every lookup below answers
 * what a scan of all mentions answered, in log time plus the few mentions near the position.
 */
interface MentionIndex {
  byStart: readonly Located[];
  longest: number;
  /** The index of the first mention starting at or after `position`. */
  firstFrom(position: number): number;
}

function mentionIndex(byStart: readonly Located[]): MentionIndex {
  const longest = byStart.reduce((most, { mention }) => Math.max(most, mention.end - mention.start), 0);
  return { byStart, longest, firstFrom: (position) => firstIndexNotBefore(byStart.length, (at) => byStart[at]!.mention.start < position) };
}

const relativeSourcePatterns = new WeakMap<QuoteLexicon, RegExp>();

/** Words ending in a source's relative pronoun (« selon lequel », "according to which"), compiled once per lexicon. */
function relativeSourceBefore(lexicon: QuoteLexicon): RegExp {
  let pattern = relativeSourcePatterns.get(lexicon);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])(?:${relativeSourceAlternation(lexicon)})\\s*,?\\s*$`, "iu");
    relativeSourcePatterns.set(lexicon, pattern);
  }
  return pattern;
}

/**
 * When the words right before a quote introduce it ("a déclaré :"), an unattributed quote there
 * belongs to the subject that opened the sentence, however long the clause between them
 * ("Le ministre, qui a quitté le Maroc jeudi, a, dans une chronique, déclaré : «").
 */
export function linkSpeakers(quotes: readonly Quote[], entities: readonly Entity[], text: string, lexicon: QuoteLexicon): Quote[] {
  const introduced = introducesQuote(lexicon);
  const relativeSource = relativeSourceBefore(lexicon);
  const unnamed = unnamedSpeakers(lexicon);
  const mentions = mentionIndex(speakingMentionsByStart(entities));
  // A name in a direct quote's words (a name tweeted) is no antecedent of a pronoun.
  const quoted = coveringSpans(quotes.filter((quote) => quote.direct).map((quote) => quote.content));
  const linked: Quote[] = [];
  for (const [index, quote] of quotes.entries()) linked.push(linkSpeaker(quote, linked, index));
  return linked;

  function linkSpeaker(quote: Quote, before: readonly Quote[], index: number): Quote {
    const previous = before.findLast((candidate) => candidate.speakerEntity !== null && candidate.end <= quote.start);
    const recent = previous && quote.start - previous.end <= RECENT_SPEAKER_WINDOW ? previous : undefined;
    const entityOf = (id: string | null) => entities.find((entity) => entity.id === id);
    if (quote.speakerKind === "pronoun") {
      // '"…," she said': a person whose first name tells the other gender is not the one meant.
      const gender = pronounGender(quote);
      // '"…," she said.\n"…"': a quote carrying on the one before (the quote stage gave it the same pronoun's words) is that quote's speaker's, as linked.
      const carried = gender ? -1 : carriedFrom(index);
      if (carried >= 0 && before[carried]!.speakerEntity) return { ...quote, speaker: before[carried]!.speaker, speakerEntity: before[carried]!.speakerEntity };
      // A pronoun telling a gender is one person's: not a group's ("officials said …. He stressed that …" is not the officials).
      const fits = (entity: Entity | undefined) => !gender || !entity || (genderOf(entity) !== OTHER_GENDER[gender] && !entity.generic);
      const recentEntity = entityOf(recent?.speakerEntity ?? null);
      // "X, …, a déclaré « … », a-t-il encore déclaré": the pronoun is the introducing clause's subject.
      const introducedBy = quote.direct && introduced(text.slice(Math.max(0, quote.start - 40), quote.start)) ? sentenceSubject(mentions, text, quote.start) : undefined;
      // "…, Perlo said. …, he added.": reported speech goes on with the person who spoke last, unless another is named since.
      if (!introducedBy && !quote.direct && fits(recentEntity) && recent?.speaker && recentEntity?.type === "PER" && !otherPersonBetween(mentions, recent, quote.start)) return { ...quote, speaker: recent.speaker, speakerEntity: recent.speakerEntity };
      const person = introducedBy ?? subjectRightAfter(mentions, text, quote) ?? lastPersonBefore(mentions, text, quote.start, quote, quoted, fits);
      if (person) return { ...quote, speaker: { start: person.mention.start, end: person.mention.end, text: text.slice(person.mention.start, person.mention.end) }, speakerEntity: person.entity.id };
    }
    if (quote.direct && quote.speakerKind === "unattributed") {
      const introducedHere = introducedSpeaker(quote, before);
      if (introducedHere) return introducedHere;
    }
    if (quote.speakerKind === "unattributed" && unnamed.unnamedSourceBefore(text, quote.start)) return { ...quote, speakerKind: "unspecified" };
    if (!quote.speaker) return quote;
    const speaker = quote.speaker;
    const overlapping = mostOverlapping(mentions, speaker);
    if (overlapping) return { ...quote, speakerEntity: overlapping.entity.id };
    // "Le blogueur ajoute, « … »": the words stay, the person is the last one named before them.
    const described = unnamed.describesPerson(speaker.text) ? lastPersonBefore(mentions, text, Math.min(quote.start, speaker.start), quote, quoted) : undefined;
    if (described) return { ...quote, speakerEntity: described.entity.id };
    // "La source ajoute que …": another definite description goes on with the source quoted just before.
    return recent && unnamed.refersBack(speaker.text) ? { ...quote, speakerEntity: recent.speakerEntity } : quote;
  }

  /** The index of the direct quote before the one at `index` whose pronoun attribution it carries on (the same words), or -1. */
  function carriedFrom(index: number): number {
    const quote = quotes[index]!;
    if (!quote.direct || !quote.speaker) return -1;
    let at = index - 1;
    while (at >= 0 && !quotes[at]!.direct) at -= 1;
    const earlier = quotes[at];
    return earlier?.speakerKind === "pronoun" && earlier.speaker?.start === quote.speaker.start && earlier.speaker.end === quote.speaker.end ? at : -1;
  }

  /**
   * The gender a pronoun attribution tells: the words after and before a direct quote ('"…," she
   * said'), the subject opening reported speech ("she said that …") or the pronoun closing it
   * ("…, she said.").
   */
  function pronounGender(quote: Quote): "female" | "male" | undefined {
    const wordsAfter = text.slice(quote.end, quote.end + 24).match(/\p{L}+/gu) ?? [];
    const wordsBefore = text.slice(Math.max(0, quote.start - 24), quote.start).match(/\p{L}+/gu) ?? [];
    const candidates = quote.direct
      ? [...wordsAfter.slice(0, 3), ...wordsBefore.slice(-3).reverse()]
      : // "she said that …" opens on it; "…, she said." and "The bullet, he said, went …" end on it.
        [text.slice(quote.start, quote.content.start).match(/\p{L}+/u)?.[0], quote.end === quote.content.end ? undefined : text.slice(quote.start, quote.end).match(/\p{L}+/gu)?.at(-1)];
    for (const word of candidates) {
      const gender = word ? lexicon.pronounGenders[word.toLowerCase()] : undefined;
      if (gender) return gender;
    }
    return undefined;
  }

  /**
   * An unattributed direct quote's speaker from what introduces it: the reported clause it stands in
   * ("White said he was "completely blindsided""), or the subject of the sentence whose speech verb
   * or colon ends right before it, on the same line or the line before ("X was blunt:\n"…"").
   */
  function introducedSpeaker(quote: Quote, before: readonly Quote[]): Quote | undefined {
    const clause = before.find((candidate) => !candidate.direct && candidate.speaker && candidate.content.start <= quote.start && quote.end <= candidate.content.end + 1);
    if (clause) return { ...quote, speaker: clause.speaker, speakerKind: clause.speakerKind, speakerEntity: clause.speakerEntity };
    const lead = text.slice(Math.max(0, quote.start - 40), quote.start);
    // "le récit de la télévision syrienne selon lequel « … »": the source is the name in the noun phrase the relative refers to.
    const relative = relativeSource.exec(lead);
    if (relative) {
      const source = lastMentionBefore(mentions, text, quote.start - lead.length + relative.index);
      return source ? { ...quote, speaker: { start: source.mention.start, end: source.mention.end, text: source.mention.text }, speakerKind: "named", speakerEntity: source.entity.id } : undefined;
    }
    const colonBreak = /:[ \t]*\n\s*$/u.test(lead);
    if (!introduced(lead) && !colonBreak) return undefined;
    // Before a colon and a line break, the sentence to read is the one the colon ends.
    const introductionEnd = colonBreak ? quote.start - lead.length + lead.search(/:[ \t]*\n\s*$/u) : quote.start;
    const subject = sentenceSubject(mentions, text, introductionEnd);
    return subject ? { ...quote, speaker: { start: subject.mention.start, end: subject.mention.end, text: subject.mention.text }, speakerKind: "named", speakerEntity: subject.entity.id } : undefined;
  }
}

const OTHER_GENDER = { female: "male", male: "female" } as const;

/** A person's gender as the first of two or more names tells it (firstNameGender's lists), null when it does not. */
function genderOf(entity: Entity): "female" | "male" | null {
  const [first, ...rest] = entity.name.split(/\s+/u);
  return entity.type === "PER" && rest.length > 0 ? firstNameGender(first!) : null;
}

/** A speaker quoted this close before goes on speaking through pronouns and definite descriptions. */
const RECENT_SPEAKER_WINDOW = 600;

/** The mention overlapping the speaker most, people first on a tie, then the first in text order: one pass instead of filtering and sorting. */
function mostOverlapping(mentions: MentionIndex, speaker: Span): Located | undefined {
  let best: Located | undefined;
  let bestOverlap = 0;
  for (let index = mentions.firstFrom(speaker.start - mentions.longest); index < mentions.byStart.length && mentions.byStart[index]!.mention.start < speaker.end; index += 1) {
    const located = mentions.byStart[index]!;
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
function lastPersonBefore(mentions: MentionIndex, text: string, position: number, quote: Quote, quoted: (mention: Span) => boolean, fits: (person: Entity) => boolean = () => true): Located | undefined {
  // A mention ending by the position starts by it: none after those can match.
  for (let index = mentions.firstFrom(position + 1) - 1; index >= 0; index -= 1) {
    const located = mentions.byStart[index]!;
    const { entity, mention } = located;
    if (entity.type !== "PER" || entity.generic || mention.end > position || (mention.start >= quote.start && mention.end <= quote.end) || quoted(mention)) continue;
    const person = appositionHead(mentions, text, index) ?? located;
    if (fits(person.entity)) return person;
  }
  return undefined;
}

/** What follows a mention that ends an apposition: a comma, another stop, or the text's end. */
const APPOSITION_CLOSED = /^\s*(?:[,.;:!?)\]]|$)/u;

/** Whether a person other than the one who spoke in `recent` is named after it and before `position` ("…, Markey said. Kempthorne, for his part, noted he …"). */
function otherPersonBetween(mentions: MentionIndex, recent: Quote, position: number): boolean {
  for (let index = mentions.firstFrom(recent.end); index < mentions.byStart.length && mentions.byStart[index]!.mention.start < position; index += 1) {
    const { entity, mention } = mentions.byStart[index]!;
    if (entity.type === "PER" && !entity.generic && entity.id !== recent.speakerEntity && mention.end <= position) return true;
  }
  return false;
}

/** Opens an apposition and runs to the mention: a comma, then words without another comma or a sentence's end. */
const INSIDE_APPOSITION = /^\s*,[^,.;:!?«»"“”\n]*$/u;

/**
 * "Mohja Kahf, professeur à l'Université de l'Arkansas" then "elle": the name inside the apposition
 * (often a place or an institution taken for a person) describes the person before it, who is meant.
 */
function appositionHead(mentions: MentionIndex, text: string, index: number): Located | undefined {
  const inner = mentions.byStart[index]!.mention;
  // An apposition closes where it ends: ", testified that Hiller fired" goes on as a clause, and Hiller is its subject.
  if (!APPOSITION_CLOSED.test(text.slice(inner.end, inner.end + 2))) return undefined;
  for (let before = index - 1; before >= 0; before -= 1) {
    const { entity, mention } = mentions.byStart[before]!;
    if (mention.end > inner.start) continue;
    if (!INSIDE_APPOSITION.test(text.slice(mention.end, inner.start))) return undefined;
    if (entity.type === "PER" && !entity.generic) return mentions.byStart[before];
  }
  return undefined;
}

const SENTENCE_BREAKS = ["\n", ". ", "» "];

/** The person or organisation, named or described as a group, mentioned last before `position` in its sentence. */
function lastMentionBefore(mentions: MentionIndex, text: string, position: number): Located | undefined {
  const sentenceStart = lastIndexOfAny(text, SENTENCE_BREAKS, position);
  for (let index = mentions.firstFrom(position) - 1; index >= 0 && mentions.byStart[index]!.mention.start > sentenceStart; index -= 1) {
    const { entity, mention } = mentions.byStart[index]!;
    if ((entity.type === "PER" || entity.type === "ORG") && mention.end <= position) return mentions.byStart[index];
  }
  return undefined;
}

/** The first person or organisation mentioned in the sentence that holds `position`. */
function sentenceSubject(mentions: MentionIndex, text: string, position: number): Located | undefined {
  const sentenceStart = lastIndexOfAny(text, SENTENCE_BREAKS, position);
  for (let index = mentions.firstFrom(sentenceStart + 1); index < mentions.byStart.length && mentions.byStart[index]!.mention.start <= position; index += 1) {
    const { entity, mention } = mentions.byStart[index]!;
    if ((entity.type === "PER" || entity.type === "ORG") && mention.end <= position) return mentions.byStart[index];
  }
  return undefined;
}

/** "Avant le sommet, qu'il a qualifié d'« historique », Novak a déclaré …": the pronoun announces the subject that follows. */
function subjectRightAfter(mentions: MentionIndex, text: string, quote: Quote): Located | undefined {
  const next = mentions.byStart[mentions.firstFrom(quote.end)];
  if (!next || next.entity.type !== "PER") return undefined;
  // Within the paragraph: the name opening the next one is no subject of this quote's pronoun.
  return /^[ \t»,]*$/u.test(text.slice(quote.end, next.mention.start)) ? next : undefined;
}
