/**
 * The claims an annotated article makes, in corpus terms: each event (who did what to whom,
 * when, where) and each attributed quote, with its participants as entity keys (resolved to
 * corpus entities later) and the span of text that states it.
 */
import type { AnnotatedArticle } from "../annotate/annotation.js";
import { foldAccents } from "../core/terms.js";
import { contentTerms, entityKey } from "./article-features.js";
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
  place: string | null;
  source: SourceSpan;
  outlet: string | null;
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

/** Sentences that make an article's lead: an event there that the text does not date is the news itself, as recent as the article. */
const LEAD_SENTENCES = 2;

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
  const lead = article.annotations.sentences.slice(0, LEAD_SENTENCES);
  const publishedDay = article.published?.slice(0, 10) ?? null;
  for (const event of article.annotations.events) {
    if (event.actors.length === 0 && event.targets.length === 0) continue; // nobody to hold to it
    const inLead = lead.some((sentence) => event.start >= sentence.start && event.end <= sentence.end);
    const datedByPublication = event.date === null && inLead && publishedDay !== null;
    records.push({
      kind: "event",
      category: event.category,
      mode: event.mode,
      actors: keys(event.actors),
      targets: keys(event.targets),
      date: datedByPublication ? publishedDay : event.date,
      datedByPublication,
      place: event.place ? (keyOf.get(event.place) ?? null) : null,
      source: { articleId: article.id, start: event.start, end: event.end },
      outlet: article.outlet,
    });
  }
  for (const quote of article.annotations.quotes) {
    const speaker = quote.speakerEntity ? keyOf.get(quote.speakerEntity) : undefined;
    if (!speaker) continue;
    const text = article.text.slice(quote.content.start, quote.content.end);
    const words = foldAccents(text.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, QUOTE_KEY_WORDS).join(" ");
    records.push({ kind: "quote", speaker, words, terms: contentTerms(text, article.language), text, source: { articleId: article.id, start: quote.start, end: quote.end }, outlet: article.outlet });
  }
  records.push(...attributeRecords(article, keyOf));
  return records;
}

function attributeRecords(article: AnnotatedArticle, keyOf: ReadonlyMap<string, string>): AttributeRecord[] {
  const records = new Map<string, AttributeRecord>();
  const add = (record: Omit<AttributeRecord, "kind" | "outlet" | "source"> & { start: number; end: number }) => {
    const key = `${record.slot}|${record.subject}|${record.value}`;
    if (records.has(key)) return; // the first time an article says it stands for the article
    records.set(key, { kind: "attribute", slot: record.slot, subject: record.subject, value: record.value, text: record.text, source: { articleId: article.id, start: record.start, end: record.end }, outlet: article.outlet });
  };
  for (const attribute of article.annotations.attributes ?? []) add(attribute);
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
