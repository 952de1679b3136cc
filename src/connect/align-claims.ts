/**
 * Claims aligned across the articles of a story: the same event (category, mode, actors,
 * targets) or the same statement (speaker, words) reported by several sources is one claim,
 * supported by each source's span. A source giving the event an incompatible date (neither
 * value contains the other: "2021-11-24" and "2021-11" agree, "2021-11-24" and "2021-11-25" do
 * not) contradicts the date the most sources give. The timeline is the dated event claims in order.
 * Attributes said of one subject (the agreement's kind, its scope, a first, the names standing
 * for a state, the systems named) are one claim whose values are listed with their sources:
 * different wordings ("protocole d'accord", "accord-cadre") are variants, not contradictions.
 */
import type { SourceSpan } from "./corpus-entities.js";
import { dayDistance } from "../core/day-distance.js";
import { markedMode } from "./claim-polarity.js";
import type { AttributeRecord, ClaimRecord, EventRecord, QuoteRecord } from "./claim-records.js";
import { StatementGroups } from "./statement-groups.js";

/** One value of an attribute claim and the sources that give it, most given first. */
export interface ClaimVariant {
  value: string;
  /** How it reads: the corpus name of an entity value, else the words of its first source. */
  text: string;
  sources: SourceSpan[];
}

export interface Claim {
  id: string;
  kind: "event" | "quote" | "attribute";
  /** A readable statement, built from the participants' corpus names. */
  statement: string;
  category?: string;
  mode?: string;
  actors?: string[];
  targets?: string[];
  speaker?: string;
  /** An attribute claim's slot ("instrument", "scope", "first", "metonym", "systems"), its subject (a concept, "story", or a corpus entity id) and its values. */
  slot?: AttributeRecord["slot"];
  subject?: string;
  variants?: ClaimVariant[];
  date: string | null;
  /** True when no supporting source states the date (`dateInferred`) and it is the publication date of the articles whose lead reports the event. */
  datedByPublication?: boolean;
  /**
   * True when no supporting source states the date: it was inferred, from the publication date
   * (`datedByPublication`) or, for an undated article, from the story's dates. A stated date wins.
   */
  dateInferred?: boolean;
  /**
   * An event no source states as fact, only as someone's word ("selon X", "X said that…",
   * hearsay): its mode carries the "reported" mark, and these are who said it (corpus ids;
   * empty when the sources do not name them).
   */
  reportedBy?: string[];
  place: string | null;
  supportedBy: SourceSpan[];
  contradictedBy: Array<SourceSpan & { value: string; slot: "date" }>;
  singleSource: boolean;
  outlets: string[];
}

export type NameOf = (key: string) => string;
export type IdOf = (key: string) => string;

export function alignClaims(records: readonly ClaimRecord[], nameOf: NameOf, idOf: IdOf, storyId: string): Claim[] {
  // Sorted first, so the groups do not depend on the order the articles arrived in.
  const sorted = [...records].sort((a, b) => a.source.articleId.localeCompare(b.source.articleId) || a.source.start - b.source.start);
  const eventGroups: EventGroup[] = [];
  // Groups by category, mode and participant, and statements by speaker and term: a report is
  // compared only with the groups it could join, so a story of thousands of reports stays near-linear.
  const eventIndex = new Map<string, EventGroup[]>();
  const statements = new StatementGroups();
  const attributeGroups = new Map<string, AttributeRecord[]>();
  for (const record of sorted) {
    if (record.kind === "attribute") {
      const key = `${record.slot}|${idOf(record.subject)}`;
      const group = attributeGroups.get(key);
      if (group) group.push(record);
      else attributeGroups.set(key, [record]);
      continue;
    }
    if (record.kind === "quote") {
      statements.add(idOf(record.speaker), record);
      continue;
    }
    // Any report already in the group may match: "Berg signed with Oslo" and "Berg signed with Norway" meet through a third.
    // A dated report matching several groups joins them: it names people each of them names, at a
    // date each of them allows. An undated one joins the first only, lest it bridge two months.
    const people = [...record.actors, ...record.targets].map(idOf);
    const keyOf = (id: string) => `${record.category}|${record.mode}|${id}`;
    const candidates = new Set(people.flatMap((id) => eventIndex.get(keyOf(id)) ?? []));
    const matching = [...candidates].filter((candidate) => !candidate.absorbed && sameEvent(candidate, record, people)).sort((a, b) => a.order - b.order).slice(0, record.date ? undefined : 1);
    const group = matching[0] ?? { order: eventGroups.length, absorbed: false, category: record.category, mode: record.mode, records: [], people: new Set<string>(), dates: new Set<string>() };
    if (matching.length === 0) eventGroups.push(group);
    for (const other of matching.slice(1)) {
      group.records.push(...other.records);
      for (const id of other.people) group.people.add(id);
      for (const date of other.dates) group.dates.add(date);
      other.absorbed = true;
    }
    group.records.push(record);
    for (const id of [...people, ...matching.slice(1).flatMap((other) => [...other.people])]) {
      group.people.add(id);
      const key = keyOf(id);
      const indexed = eventIndex.get(key);
      if (!indexed) eventIndex.set(key, [group]);
      else if (!indexed.includes(group)) indexed.push(group);
    }
    if (record.date) group.dates.add(record.date);
  }
  const claims = [
    ...eventGroups.filter((group) => !group.absorbed).map((group) => eventClaim(group.records, nameOf, idOf)),
    ...statements.groups().map((group) => quoteClaim(group, nameOf, idOf)),
    ...[...attributeGroups.values()].map((group) => attributeClaim(group, nameOf, idOf)),
  ];
  return claims
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || b.supportedBy.length - a.supportedBy.length || a.statement.localeCompare(b.statement))
    .map((claim, index) => ({ ...claim, id: `${storyId}.k${index + 1}` }));
}

const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Modes of events that last days, whose reports may each give another of those days. */
const LASTING_MODES = new Set(["visit", "joint-exercises"]);
/** How many days such an event is taken to span at most. */
const LASTING_DAYS = 4;

/** Reports of one event being gathered: what a new report is compared with, kept as sets so a large story stays linear. */
interface EventGroup {
  /** Creation order: of several groups a report matches, the first made takes it. */
  order: number;
  /** Merged into an earlier group by a report both matched. */
  absorbed: boolean;
  category: string;
  mode: string;
  records: EventRecord[];
  /** Corpus ids of everyone any of its reports names. */
  people: Set<string>;
  dates: Set<string>;
}

/**
 * A report of an event already gathered: same category and mode, a participant in common with
 * one of its reports, and a date that does not put it in another month than all of theirs (a
 * date conflict inside a month is kept as a contradiction).
 */
function sameEvent(group: EventGroup, record: EventRecord, people: readonly string[]): boolean {
  if (group.category !== record.category || group.mode !== record.mode) return false;
  if (!people.some((id) => group.people.has(id))) return false;
  if (!record.date || group.dates.size === 0) return true;
  const month = record.date.slice(0, 7);
  return [...group.dates].some((date) => date.slice(0, 7) === month || compatible(date, record.date!));
}

function eventClaim(group: readonly EventRecord[], nameOf: NameOf, idOf: IdOf): Omit<Claim, "id"> {
  const first = group[0]!;
  // A date the text states outweighs one inferred (read off the publication or the story's dates), which never contradicts it.
  const stated = group.filter((record) => record.date !== null && !inferred(record));
  const dates = (stated.length > 0 ? stated : group).map((record) => record.date).filter((date): date is string => date !== null);
  // The most precise date a majority of the dated reports agree with ("2021-11" agrees with any
  // day of the month, so a coarse date alone would always win); else the best supported one.
  // Two equally precise dates with equal support are a tie, left to a coarser date.
  // An event that lasts days (a visit) agrees with every day it covers, and is dated by its first.
  const lasting = LASTING_MODES.has(first.mode);
  const agree = (a: string, b: string) => compatible(a, b) || (lasting && a.length >= 10 && b.length >= 10 && (dayDistance(a, b) ?? Infinity) <= LASTING_DAYS);
  const candidates = [...new Set(dates)].map((date) => ({ date, support: dates.filter((other) => agree(date, other)).length }));
  const majority = candidates.filter((candidate) => candidate.support * 2 > dates.length);
  const tied = (candidate: (typeof candidates)[number]) => !lasting && majority.some((other) => other.date !== candidate.date && other.date.length === candidate.date.length && other.support === candidate.support);
  const consensus =
    majority.sort((a, b) => b.date.length - a.date.length || b.support - a.support || a.date.localeCompare(b.date)).find((candidate) => !tied(candidate))?.date ??
    candidates.sort((a, b) => b.support - a.support || b.date.length - a.date.length || a.date.localeCompare(b.date))[0]?.date ??
    null;
  const contradicts = (record: EventRecord) => record.date !== null && !inferred(record) && consensus !== null && !agree(record.date, consensus);
  const supporting = group.filter((record) => !contradicts(record));
  const contradicting = group.filter(contradicts);
  // The most precise place given: a town over its country ("in Oslo" and "in Norway" say one thing), then the most given.
  const places = group.map((record) => record.place).filter((place): place is string => place !== null);
  const isCountry = (place: string) => place.startsWith("LOC:country:");
  const given = new Map<string, number>();
  for (const candidate of places) given.set(candidate, (given.get(candidate) ?? 0) + 1);
  const place = [...given.keys()].sort((a, b) => Number(isCountry(a)) - Number(isCountry(b)) || given.get(b)! - given.get(a)! || a.localeCompare(b))[0] ?? null;
  const actors = corroborated(supporting, (record) => record.actors, idOf);
  const actorIds = new Set(actors.map(idOf));
  const targets = corroborated(supporting, (record) => record.targets, idOf).filter((key) => !actorIds.has(idOf(key)));
  const names = (keys: readonly string[]) => [...new Map(keys.map((key) => [idOf(key), nameOf(key)])).values()].join(" and ");
  const outlets = [...new Set(supporting.map((record) => record.outlet ?? record.source.articleId))].sort();
  // Reports of an asserted and a merely reported event are one claim (same mode); the claim is
  // a fact when one source states it, else only its reporters' word, never a "what happened".
  const reportedOnly = supporting.length > 0 && supporting.every((record) => record.polarity === "reported");
  const mode = reportedOnly ? markedMode(first.mode, "reported") : first.mode;
  const reporters = reportedOnly ? [...new Set(supporting.flatMap((record) => (record.reportedBy ? [idOf(record.reportedBy)] : [])))].sort() : [];
  return {
    kind: "event",
    statement: `${names(actors) || "someone"} ${first.category}/${mode}${targets.length > 0 ? ` ${names(targets)}` : ""}${consensus ? ` on ${consensus}` : ""}${place ? ` in ${nameOf(place)}` : ""}`,
    category: first.category,
    mode,
    ...(reportedOnly ? { reportedBy: reporters } : {}),
    actors: [...new Set(actors.map(idOf))],
    targets: [...new Set(targets.map(idOf))],
    date: consensus,
    ...(consensus !== null && stated.length === 0 ? { dateInferred: true, ...(group.every((record) => record.date === null || record.datedByPublication) ? { datedByPublication: true } : {}) } : {}),
    place: place ? idOf(place) : null,
    supportedBy: supporting.map((record) => record.source),
    contradictedBy: contradicting.map((record) => ({ ...record.source, value: record.date!, slot: "date" as const })),
    singleSource: new Set(group.map((record) => record.source.articleId)).size === 1,
    outlets,
  };
}

/** A report whose date no time expression of its article states. */
const inferred = (record: EventRecord) => record.datedByPublication || record.datedByStory === true;

function quoteClaim(group: readonly QuoteRecord[], nameOf: NameOf, idOf: IdOf): Omit<Claim, "id"> {
  const first = group[0]!;
  // Different wordings (a translation, a cut) are listed with their sources.
  const byWords = new Map<string, QuoteRecord[]>();
  for (const record of group) {
    const held = byWords.get(record.words);
    if (held) held.push(record);
    else byWords.set(record.words, [record]);
  }
  const wordings = [...byWords.values()];
  return {
    ...(wordings.length > 1 ? { variants: wordings.map((records) => ({ value: records[0]!.words, text: records[0]!.text, sources: records.map((record) => record.source) })) } : {}),
    kind: "quote",
    statement: `${nameOf(first.speaker)}: « ${first.text.length > 160 ? `${first.text.slice(0, 157)}…` : first.text} »`,
    speaker: idOf(first.speaker),
    date: null,
    place: null,
    supportedBy: group.map((record) => record.source),
    contradictedBy: [],
    singleSource: new Set(group.map((record) => record.source.articleId)).size === 1,
    outlets: [...new Set(group.map((record) => record.outlet ?? record.source.articleId))].sort(),
  };
}

/** How an attribute key reads in a statement: "memorandum-of-understanding" → "memorandum of understanding". */
const readable = (key: string) => key.replaceAll("-", " ");

function attributeClaim(group: readonly AttributeRecord[], nameOf: NameOf, idOf: IdOf): Omit<Claim, "id"> {
  const first = group[0]!;
  const isEntity = first.slot === "metonym" || first.slot === "systems";
  const byValue = new Map<string, AttributeRecord[]>();
  // A first is one claim however it is worded; other slots list each value.
  for (const record of group) {
    const value = first.slot === "first" ? "first" : isEntity ? idOf(record.value) : record.value;
    const held = byValue.get(value);
    if (held) held.push(record);
    else byValue.set(value, [record]);
  }
  const articles = (records: readonly AttributeRecord[]) => new Set(records.map((record) => record.source.articleId)).size;
  const variants = [...byValue]
    .map(([value, records]) => ({ value, text: isEntity ? nameOf(records[0]!.value) : first.slot === "first" ? records[0]!.value : records[0]!.text, sources: records.map((record) => record.source), count: articles(records) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .map(({ count: _count, ...variant }) => variant);
  const counted = (variant: ClaimVariant) => `${isEntity ? variant.text : readable(variant.value)} (${new Set(variant.sources.map((span) => span.articleId)).size})`;
  const subject = first.subject === "story" ? "the story" : first.slot === "metonym" ? nameOf(first.subject) : `the ${readable(first.subject)}`;
  const statement =
    first.slot === "instrument" ? `${subject} is a ${counted(variants[0]!)}${variants.length > 1 ? `; also called ${variants.slice(1).map(counted).join(", ")}` : ""}`
    : first.slot === "scope" ? `${subject} covers ${variants.map(counted).join(", ")}`
    : first.slot === "first" ? `${subject} is described as a first: « ${first.value} »`
    : first.slot === "metonym" ? `${subject} is referred to through ${variants.map(counted).join(", ")}`
    : `Named in the story: ${variants.map(counted).join(", ")}`;
  return {
    kind: "attribute",
    statement: statement.charAt(0).toUpperCase() + statement.slice(1),
    slot: first.slot,
    subject: isEntity && first.slot === "metonym" ? idOf(first.subject) : first.subject,
    variants,
    date: null,
    place: null,
    supportedBy: group.map((record) => record.source),
    contradictedBy: [],
    singleSource: articles(group) === 1,
    outlets: [...new Set(group.map((record) => record.outlet ?? record.source.articleId))].sort(),
  };
}

/**
 * The participants a claim keeps: those at least two of its articles name, or a third of them
 * (one article's over-broad reading — every country in a long sentence — stays out of a claim
 * four articles report; a claim one article reports keeps all).
 */
function corroborated(records: readonly EventRecord[], participants: (record: EventRecord) => readonly string[], idOf: IdOf): string[] {
  const articlesOf = new Map<string, Set<string>>();
  for (const record of records) {
    for (const key of participants(record)) articlesOf.set(idOf(key), (articlesOf.get(idOf(key)) ?? new Set()).add(record.source.articleId));
  }
  const all = [...new Set(records.flatMap(participants))].sort();
  const articles = new Set(records.map((record) => record.source.articleId)).size;
  const kept = all.filter((key) => {
    const naming = articlesOf.get(idOf(key))!.size;
    return naming >= 2 || naming * 3 >= articles;
  });
  return kept.length > 0 ? kept : all;
}
