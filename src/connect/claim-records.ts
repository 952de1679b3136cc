/**
 * The claims an annotated article makes, in corpus terms: each event (who did what to whom,
 * when, where, and whether the article asserts, negates, plans or only reports it) and each attributed quote, with its participants as entity keys (resolved to
 * corpus entities later) and the span of text that states it.
 */
import type { AnnotatedArticle, EventFrame } from "../annotate/annotation.js";
import type { Span } from "../core/message.js";
import { foldAccents } from "../core/terms.js";
import { headlineSpan, inHeadline } from "../extract/headline.js";
import { contentTerms, entityKey } from "./article-features.js";
import { leadSentences } from "./article-lead.js";
import { markedMode, type EventPolarity } from "./claim-polarity.js";
import type { SourceSpan } from "./corpus-entities.js";

export interface EventRecord {
  kind: "event";
  category: string;
  mode: string;
  actors: string[];
  targets: string[];
  date: string | null;
  /** True when the text dates nothing and the date is the publication's: the event is the news of the article's lead. */
  datedByPublication: boolean;
  /**
   * The words of the time its sentence names but could not resolve, the article having no
   * publication date (« mercredi 24 novembre », « hier »), while `date` is null: connect resolves
   * them against the story's dates (see dated-by-story).
   */
  unanchoredTime?: { text: string; language: string };
  /** True when `date` was resolved against the story's dates (`unanchoredTime`): inferred, no source stating it. */
  datedByStory?: boolean;
  place: string | null;
  /** Whether the article asserts the event (when absent) or only reports, plans, conditions or negates it; `mode` carries it too. */
  polarity?: EventPolarity;
  /** The entity key of who reports it, for a reported event whose source the text names. */
  reportedBy?: string | null;
  source: SourceSpan;
  outlet: string | null;
}


/** An event's polarity, the strongest first: what did not happen, then what may, then what is only said to have happened. */
export function eventPolarity(event: Pick<EventFrame, "negated" | "modality" | "reported">): EventPolarity {
  if (event.negated) return "negated";
  if (event.modality === "conditional") return "conditional";
  if (event.modality === "planned") return "planned";
  return event.reported ? "reported" : "asserted";
}

/**
 * A claim's mode as alignment sees it: the event's mode, marked when the event did not happen, or
 * is planned or conditional. A reported event stays unmarked: « selon un communiqué, X et Y ont
 * signé » supports the same signing other outlets assert; align-claims marks a claim reported
 * (`markedMode`) when none of its reports asserts it.
 */
export function modeWithPolarity(mode: string, polarity: EventPolarity): string {
  return polarity === "reported" ? mode : markedMode(mode, polarity);
}

export interface QuoteRecord {
  kind: "quote";
  speaker: string;
  /** The first words of the quote, folded: the same words reported twice are one statement. */
  words: string;
  /** Its distinct content terms, to align the same statement worded or translated differently. */
  terms: string[];
  text: string;
  source: SourceSpan;
  outlet: string | null;
}

/**
 * What an article says of a thing (see AttributeStatement), plus two attributes read off its
 * entities: a capital standing for its state ("metonym", said of the state), and the named
 * products and systems ("systems", said of the story). One record per value per article.
 */
export interface AttributeRecord {
  kind: "attribute";
  slot: "instrument" | "scope" | "first" | "metonym" | "systems";
  /** A concept ("agreement", "visit"), "story", or an entity key (the state of a metonym). */
  subject: string;
  /** A key ("memorandum-of-understanding", "intelligence"), an entity key, or a first's words. */
  value: string;
  /** The words as written. */
  text: string;
  source: SourceSpan;
  outlet: string | null;
}

export type ClaimRecord = EventRecord | QuoteRecord | AttributeRecord;

/** Words compared to align one quote across articles. */
const QUOTE_KEY_WORDS = 8;

export function claimRecords(article: AnnotatedArticle): ClaimRecord[] {
  const keyOf = new Map(article.annotations.entities.map((entity) => [entity.id, entityKey(entity)]));
  // A capital the article uses for its state ("Oslo a démenti") takes part in events as that state.
  const actingFor = new Map(article.annotations.entities.flatMap((entity) => {
    const state = entity.mentions.find((mention) => mention.metonymFor)?.metonymFor;
    return state && keyOf.has(state) ? [[entity.id, keyOf.get(state)!] as const] : [];
  }));
  const keys = (ids: readonly string[]) => [...new Set(ids.map((id) => actingFor.get(id) ?? keyOf.get(id)).filter((key): key is string => key !== undefined))].sort();
  const records: ClaimRecord[] = [];
  // An event in the lead that the text does not date is the news itself, as recent as the article.
  const lead = leadSentences(article);
  // Headlines paraphrase and their body says the same with its details: what they state is no claim of its own.
  const headline = headlineSpan(article);
  const publishedDay = article.published?.slice(0, 10) ?? null;
  for (const event of article.annotations.events) {
    if (event.actors.length === 0 && event.targets.length === 0) continue; // nobody to hold to it
    if (inHeadline(headline, event)) continue;
    const inLead = lead.some((sentence) => event.start >= sentence.start && event.end <= sentence.end);
    const polarity = eventPolarity(event);
    // Only an event the lead asserts (or reports) is the article's news, as recent as the article.
    // Annotation may have inferred that day already: a date with no time expression stating it.
    const inferredByAnnotation = event.date !== null && event.dateSpan === null;
    const datedByPublication = inferredByAnnotation || (event.date === null && inLead && publishedDay !== null && (polarity === "asserted" || polarity === "reported"));
    const unanchoredTime = event.date === null && publishedDay === null && article.language ? unanchoredTimeIn(article, event) : null;
    records.push({
      kind: "event",
      category: event.category,
      mode: modeWithPolarity(event.mode, polarity),
      actors: keys(event.actors),
      targets: keys(event.targets),
      date: datedByPublication ? publishedDay : event.date,
      datedByPublication,
      ...(unanchoredTime ? { unanchoredTime: { text: unanchoredTime, language: article.language! } } : {}),
      place: event.place ? (keyOf.get(event.place) ?? null) : null,
      polarity,
      reportedBy: event.reportedBy ? (keyOf.get(event.reportedBy) ?? null) : null,
      source: { articleId: article.id, start: event.start, end: event.end },
      outlet: article.outlet,
    });
  }
  for (const quote of article.annotations.quotes) {
    const speaker = quote.speakerEntity ? keyOf.get(quote.speakerEntity) : undefined;
    if (!speaker || inHeadline(headline, quote)) continue;
    const text = article.text.slice(quote.content.start, quote.content.end);
    const words = foldAccents(text.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, QUOTE_KEY_WORDS).join(" ");
    records.push({ kind: "quote", speaker, words, terms: contentTerms(text, article.language), text, source: { articleId: article.id, start: quote.start, end: quote.end }, outlet: article.outlet });
  }
  records.push(...attributeRecords(article, keyOf, headline));
  return records;
}

/**
 * The words of the first time in the event's sentence that needed a publication date to resolve
 * (a day without its year "XXXX-11-24", a relative "mercredi", "hier"), as find-events tells them; null when none.
 */
function unanchoredTimeIn(article: AnnotatedArticle, event: Span): string | null {
  const time = article.annotations.times.find((candidate) => candidate.anchored && (candidate.type === "DATE" || candidate.type === "TIME") && (candidate.value === null || candidate.value.startsWith("X")) && candidate.start >= event.start && candidate.end <= event.end);
  return time?.text ?? null;
}

function attributeRecords(article: AnnotatedArticle, keyOf: ReadonlyMap<string, string>, headline: Span | null): AttributeRecord[] {
  const records = new Map<string, AttributeRecord>();
  const add = (record: Omit<AttributeRecord, "kind" | "outlet" | "source"> & { start: number; end: number }) => {
    const key = `${record.slot}|${record.subject}|${record.value}`;
    if (records.has(key)) return; // the first time an article says it stands for the article
    records.set(key, { kind: "attribute", slot: record.slot, subject: record.subject, value: record.value, text: record.text, source: { articleId: article.id, start: record.start, end: record.end }, outlet: article.outlet });
  };
  for (const attribute of article.annotations.attributes ?? []) if (!inHeadline(headline, attribute)) add(attribute);
  for (const entity of article.annotations.entities) {
    const entityKey = keyOf.get(entity.id)!;
    if (entity.type === "MISC") {
      const mention = entity.mentions.find((candidate) => candidate.kind === "name");
      if (mention) add({ slot: "systems", subject: "story", value: entityKey, text: entity.name, start: mention.start, end: mention.end });
    }
    for (const mention of entity.mentions) {
      const state = mention.metonymFor ? keyOf.get(mention.metonymFor) : undefined;
      if (state) add({ slot: "metonym", subject: state, value: entityKey, text: mention.text, start: mention.start, end: mention.end });
    }
  }
  return [...records.values()];
}
