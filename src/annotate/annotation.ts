/**
 * Stand-off annotations over one immutable clean text: every annotation is a span of
 * JavaScript string indices into `article.text`, made through `makeSpan`, which refuses
 * offsets that do not fit the text.
 */
import type { Span } from "../core/message.js";
import type { Article } from "../extract/article.js";

export function makeSpan(text: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`span [${start}, ${end}) does not fit a text of ${text.length} characters`);
  }
  return { start, end };
}

export type Sentence = Span;

export type TimeType = "DATE" | "TIME" | "DURATION" | "SET";

export type Granularity = "minute" | "hour" | "part-of-day" | "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";

export interface TimeExpression extends Span {
  text: string;
  type: TimeType;
  /** TIMEX3 value: "2021-11-24", "2021-11", "199" (1990s), "2021-W48", "2021-11-23TEV", "P2D"; null when it cannot be resolved. */
  value: string | null;
  granularity: Granularity | null;
  /** True when the value was computed from the publication date (a relative expression). */
  anchored: boolean;
}

export type SpeakerKind = "named" | "pronoun" | "unspecified" | "unattributed";

export interface Quote extends Span {
  /** Direct: words between quotation marks; reported: "X a déclaré que …", "selon X, …". */
  direct: boolean;
  /** The quoted or reported words (inside the marks for a direct quote). */
  content: Span;
  /** The words naming the speaker (a name, a description, or the person a pronoun stands for); null when unattributed. */
  speaker: (Span & { text: string }) | null;
  speakerKind: SpeakerKind;
  /** The entity (in `entities`) the speaker words mention, when the entity stage linked them. */
  speakerEntity: string | null;
}

export type EntityType = "PER" | "ORG" | "LOC" | "MISC";

/**
 * A name ("Karel Novak"), a description ("le ministre de la Défense"), an epithet ("l’État
 * hébreu"), a generic reference back ("le média", "la société"), or a demonym ("israélien", a
 * property, not a name).
 */
export type MentionKind = "name" | "description" | "epithet" | "reference" | "demonym";

export interface EntityMention extends Span {
  text: string;
  kind: MentionKind;
  /** A capital standing for its country's government ("Stockholm a démenti"): the country entity's id. */
  metonymFor?: string;
}

/** A title or function held by a person in this article: "ministre de la Défense", affiliated to Israël. */
export interface Role extends Span {
  text: string;
  /** The role's head noun ("ministre", "porte-parole"). */
  head: string;
  /** The entity id of the state or organisation the role is held for, when the text says it. */
  affiliation: string | null;
}

export interface Entity {
  /** Unique within the article ("e3"). */
  id: string;
  /** The fullest name the article gives (or a country's usual name). */
  name: string;
  type: EntityType;
  mentions: EntityMention[];
  roles: Role[];
  /** ISO 3166 alpha-2 code of the country this place is or lies in. */
  countryCode: string | null;
  /** For a place found in the gazetteer: what kind of place it is. */
  placeKind: "country" | "city" | "region" | null;
  /** For a town found in the gazetteer: its GeoNames id. */
  geonameId?: number;
  /** An unnamed group or institution ("les manifestants", "la police soudanaise"): its mentions are descriptions. */
  generic?: boolean;
  /** For a generic actor: its kind as PLOVER/POLECAT code actors ("protesters", "police", "military", "government"…). */
  actorType?: string;
  /** For a generic actor: the entity id of the state or group it belongs to, when the text says it ("soudanaise" → Soudan). */
  affiliation?: string | null;
}

/**
 * Whether and how the article says an event happened: negated ("n'a pas signé"), planned or
 * conditional rather than done, and asserted by the article or reported by a source ("selon la
 * BBC", a quoted tweet, "auraient été tués").
 */
export interface EventModality {
  negated: boolean;
  modality: "asserted" | "planned" | "conditional";
  /** Only a source's claim: in a quote or reported speech, after "selon X", or hearsay. */
  reported: boolean;
  /** The entity id of who reports it, when the text names them; null otherwise. */
  reportedBy: string | null;
}

/** Who did what to whom, when and where, in the PLOVER ontology; the span is the evidence (its sentence). */
export interface EventFrame extends Span, Partial<EventModality> {
  category: string;
  mode: string;
  trigger: Span & { text: string };
  /** Entity ids of those who act (the visitor, the caller, the signatory). */
  actors: string[];
  /** Entity ids of those acted upon or with. */
  targets: string[];
  /** TIMEX3 value of the event's date, from the time expression that dates it. */
  date: string | null;
  /** The time expression that states `date`; null with a date when the date is inferred (a lead sentence's news on the publication day). */
  dateSpan: Span | null;
  /** Entity id of the place. */
  place: string | null;
}

export type AttributeSlot = "instrument" | "scope" | "first";

/**
 * What an article says of a thing: the kind of instrument an agreement is, a domain it covers,
 * or that it is a first. The span is the words for an instrument or a domain, the sentence for
 * a first.
 */
export interface AttributeStatement extends Span {
  slot: AttributeSlot;
  /** The concept it is said of ("agreement", "visit"), or the noun itself when the lexicon has no concept for it. */
  subject: string;
  /** A language-independent key ("memorandum-of-understanding", "intelligence"), or the words of a first. */
  value: string;
  /** The words as written. */
  text: string;
}

/** What the annotation stages add to an article; each stage fills its own field. */
export interface Annotations {
  sentences: Sentence[];
  times: TimeExpression[];
  entities: Entity[];
  quotes: Quote[];
  events: EventFrame[];
  /** Absent from articles stored before the attribute stage existed. */
  attributes?: AttributeStatement[];
}

export function emptyAnnotations(): Annotations {
  return { sentences: [], times: [], entities: [], quotes: [], events: [], attributes: [] };
}

export interface AnnotatedArticle extends Article {
  annotations: Annotations;
}
