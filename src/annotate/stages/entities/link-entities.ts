/**
 * Within one article, mentions become entities: a surname or "M. X" joins the full name given
 * elsewhere, a role phrase joins the person it stands beside (and gives them a role), a role
 * phrase standing alone joins the one person who holds that role, a country reference joins its
 * country, and a capital used as the subject of a verb, or a town named as a side of a relation
 * between states, is marked as standing for its state.
 *
 * Every lookup goes through an index (surnames, role holders, covering spans, mention positions),
 * so a book-length text links in n·log n: the scans these replace made 4 MB of prose take minutes.
 */
import type { Gender } from "./name-gender.js";
import type { Entity, EntityMention, EntityType, MentionKind, Role } from "../../annotation.js";
import type { CountryReference } from "./find-country-references.js";
import type { NameMention } from "./find-name-mentions.js";
import type { RolePhrase } from "./find-roles.js";
import type { EntityToken } from "./entity-tokens.js";
import { coveringSpans } from "../../../core/covering-spans.js";
import { isDemonymOf } from "./derived-demonyms.js";
import { fold, type Gazetteer, type Place } from "./gazetteer.js";
import { HeldRoles } from "./held-roles.js";
import { firstIndexNotBefore } from "../../../core/spans-by-start.js";

interface Draft {
  key: string;
  /** Its place in `drafts`: lookups by index answer "the first draft that …" as the scans did. */
  order: number;
  type: EntityType | null;
  weak: boolean;
  /** Typed only by the name finder's last default, which any evidence elsewhere overrides. */
  fallback?: boolean;
  /** Some mention was typed a place, group or thing by evidence, not by a default ("à X", "le X"): no person's surname then. */
  typedApart: boolean;
  /** Fallback readings by type, "de X" (a place) against a bare X (a person): the majority settles a name typed by nothing better. */
  fallbackVotes: Map<EntityType, number>;
  /** Folded first words of the person's full names, which a later first-name-only mention joins ("Rima … Rima Dali"). */
  firstNames: Set<string>;
  countryCode: string | null;
  /** Folded last words of the person's full names, which a later surname-only mention joins. */
  surnames: Set<string>;
  /** The same, only from names opened by a known first name, the last word following another capitalised one ("Anna Lund", not "Écho de Paris"): those may even be a town's name. */
  plainSurnames: Set<string>;
  mentions: EntityMention[];
  roles: Array<Role & { countryCode: string | null }>;
  canonical: string | null;
  placeKind: Entity["placeKind"];
  geonameId?: number;
  /** Name mentions without their honorific ("Novak" for "M. Novak"): the longest becomes the entity's name. */
  bareNames: string[];
}

export interface LinkInput {
  text: string;
  tokens: readonly EntityToken[];
  names: readonly NameMention[];
  roles: readonly RolePhrase[];
  references: readonly CountryReference[];
  /** Definite organisation nouns standing alone ("le média"), in text order, to link to the last organisation named. */
  organizationReferences: ReadonlyArray<{ start: number; end: number }>;
  gazetteer: Gazetteer;
  placePrepositions: ReadonlySet<string>;
  /** Folded nouns of a state's act ("veto", "décision"): a capital as their complement stands for its state ("le veto de Moscou"). */
  stateActNouns?: ReadonlySet<string>;
  /** Towns named as the sides of a relation between states, standing for them ("entre Lisbonne et Porto Alegre"). */
  relationSeats: ReadonlySet<NameMention>;
  /** Gender as the honorific before a name's first token and a folded first name tell it (name-gender.ts); without it, none is checked. */
  genders?: { honorific(firstToken: number): Gender | null; firstName(folded: string): Gender | null };
}

/**
 * A lone capitalised word nothing types, and no full name elsewhere explains as a surname, is
 * most often an organisation or brand ("Twitter", "Bundeswehr"): people are introduced by full name.
 */
const DEFAULT_TYPE: EntityType = "ORG";

type DraftFields = Omit<Draft, "key" | "order" | "mentions" | "roles" | "surnames" | "plainSurnames" | "bareNames" | "typedApart" | "fallbackVotes" | "firstNames">;

export function linkEntities(input: LinkInput): Entity[] {
  const { text, tokens, gazetteer } = input;
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const draftFor = (key: string, make: () => DraftFields): Draft => {
    let draft = byKey.get(key);
    if (!draft) {
      draft = { key, order: drafts.length, mentions: [], roles: [], surnames: new Set(), plainSurnames: new Set(), bareNames: [], typedApart: false, fallbackVotes: new Map(), firstNames: new Set(), ...make() };
      byKey.set(key, draft);
      drafts.push(draft);
    }
    return draft;
  };
  const countryDraft = (code: string): Draft => {
    const country = gazetteer.countries.get(code);
    return draftFor(`country:${code}`, () => ({ type: "LOC", weak: false, countryCode: code, canonical: country?.name ?? code, placeKind: "country" }));
  };
  const addMention = (draft: Draft, start: number, end: number, kind: MentionKind): EntityMention => {
    const mention: EntityMention = { start, end, text: text.slice(start, end), kind };
    draft.mentions.push(mention);
    return mention;
  };
  const surnames = new DraftsBySurname();
  const plainSurnames = new DraftsBySurname();
  const firstNames = new DraftsBySurname();
  // Capitalised portfolio words inside a role ("ministre des Affaires étrangères") are not names; an organisation or a place is ("maire de Lyon").
  // So is a name no word of the language spells ("directrice de Brevalis").
  const withinRole = coveringSpans(input.roles.map((role) => ({ start: role.roleStart, end: role.end })));
  const withinReference = coveringSpans(input.references.filter((reference) => reference.kind !== "demonym"));
  const inRole = (name: NameMention) => withinRole(name) && !(name.type === "LOC" && name.place) && !(name.type === "ORG" && !name.weak) && !spellsProperName(tokens, name, gazetteer);
  const inReference = (name: NameMention) => !name.place && withinReference(name);

  const nameDraft = new Map<NameMention, Draft>();
  // Capitals an act is ascribed to stand for their state even where the article never names it; a subject or dateline may be the town.
  const stateActors: EntityMention[] = [];
  let stateActorEndingAt = -1;
  for (const name of [...input.names].sort((a, b) => a.start - b.start)) {
    if (inRole(name) || inReference(name)) continue;
    const words = tokens.slice(name.firstToken, name.lastToken + 1).filter((token) => token.isWord);
    const folded = words.map((token) => token.folded).join(" ");
    let draft: Draft | undefined;
    // "Anna Lund … Lund told": a lone word naming a town is the surname of a person named before.
    const atPlace = input.placePrepositions.has(tokens[name.firstToken - 1]?.folded ?? "");
    // "Ms. Jenkin" after David and Kathryn Jenkin: the one whose first name is of the honorific's gender.
    const gender = words.length === 1 ? (input.genders?.honorific(name.firstToken) ?? null) : null;
    const otherGender = (candidate: Draft) => gender !== null && [...candidate.firstNames].some((first) => (input.genders!.firstName(first) ?? gender) !== gender);
    const surnameOf = words.length === 1 && name.place && name.place.kind !== "country" && !atPlace ? plainSurnames.first(folded, (candidate) => candidate.type === "PER" && !otherGender(candidate)) : undefined;
    if (name.place?.kind === "country" && name.place.countryCode) draft = countryDraft(name.place.countryCode);
    else if (surnameOf) draft = surnameOf;
    else if (name.place) draft = draftFor(`place:${name.place.countryCode}:${name.place.name}`, () => placeDraft(name.place!));
    else {
      draft = byKey.get(`name:${folded}`);
      if (!draft && words.length === 1 && name.type !== "LOC" && name.type !== "ORG") {
        draft = surnames.first(folded, (candidate) => candidate.type !== "LOC" && candidate.type !== "ORG" && !otherGender(candidate));
      }
      draft ??= draftFor(`name:${folded}`, () => ({ type: name.type, weak: name.weak, fallback: name.fallback ?? false, countryCode: null, canonical: null, placeKind: null }));
    }
    if (name.type && !surnameOf && (draft.type === null || (draft.weak && !name.weak) || (draft.fallback && !name.fallback))) {
      draft.type = name.type;
      draft.weak = name.weak;
      draft.fallback = name.fallback ?? false;
    }
    if (name.fallback && name.type) draft.fallbackVotes.set(name.type, (draft.fallbackVotes.get(name.type) ?? 0) + 1);
    if (!name.fallback && name.type !== null && name.type !== "PER") draft.typedApart = true;
    if (words.length >= 2) surnames.add(draft, draft.surnames, words.at(-1)!.folded);
    if (words.length >= 2) firstNames.add(draft, draft.firstNames, words[0]!.folded);
    // "Vincent "The Chin" Gigante": a nickname's closing mark before the surname.
    const beforeSurname = tokens[name.lastToken - 1];
    if (words.length >= 2 && gazetteer.firstNames.has(words[0]!.folded) && (beforeSurname?.capitalized || /^["”)]$/u.test(beforeSurname?.text ?? ""))) plainSurnames.add(draft, draft.plainSurnames, words.at(-1)!.folded);
    const mention = addMention(draft, name.start, name.end, "name");
    draft.bareNames.push(text.slice(tokens[name.firstToken]!.start, name.end));
    nameDraft.set(name, draft);
    const place = draft.placeKind ? name.place : null;
    // "le veto de Pékin et Moscou": the capital after a noun of a state's act, or coordinated with one that is.
    const actor = place?.capital && (complementsStateAct(tokens, name.firstToken, input.stateActNouns) || (tokens[name.firstToken - 1]?.folded === "et" && stateActorEndingAt === name.firstToken - 2));
    if (actor) stateActorEndingAt = name.lastToken;
    const seatOfGovernment = place?.capital && !input.placePrepositions.has(tokens[name.firstToken - 1]?.folded ?? "");
    if (place?.countryCode && (actor || seatOfGovernment || input.relationSeats.has(name))) {
      mention.metonymFor = place.countryCode; // replaced by the country entity's id below
      if (actor) stateActors.push(mention);
    }
  }
  settleLoneNames(drafts, surnames, firstNames);
  joinDemonymsToStates(drafts);

  // The first name (in the finder's order) at each place a role phrase looks for its holder.
  const nameAt = (position: (name: NameMention) => number | null) => {
    const found = new Map<number, NameMention>();
    for (const name of input.names) {
      const at = position(name);
      if (at !== null && !found.has(at)) found.set(at, name);
    }
    return found;
  };
  const nameFromToken = nameAt((name) => name.firstToken);
  const nameAfterApposition = nameAt((name) => appositionAfter(tokens, name.lastToken));
  const nameFromOffset = nameAt((name) => name.start);
  const heldRoles = new HeldRoles<Draft>();
  const describedBeforeNamed: RolePhrase[] = [];
  for (const role of input.roles) {
    const next = nameFromToken.get(role.lastToken + 1);
    // "l'éditeur du site Foreign Policy Blake Hounshell": the outlet's name, then the person who holds the role.
    const personAfterOutlet = next && nameDraft.get(next)?.type === "ORG" ? nameFromToken.get(next.lastToken + 1) : undefined;
    const after = personAfterOutlet && nameDraft.get(personAfterOutlet)?.type === "PER" ? personAfterOutlet : next;
    // "X, ministre délégué, a dit": an apposition after a name is closed by punctuation; "X, le ministre a signé" is a new clause.
    const closed = !tokens[role.lastToken + 1]?.isWord;
    const before = closed ? nameAfterApposition.get(role.firstToken) : undefined;
    // "le vice-président du Conseil, M. Louis Roth": the name may open with its honorific.
    const afterComma = tokens[role.lastToken + 1]?.text === "," && tokens[role.lastToken + 2] ? nameFromOffset.get(tokens[role.lastToken + 2]!.start) : undefined;
    const holder = [after, before, afterComma].map((name) => (name ? nameDraft.get(name) : undefined)).find((draft) => draft && draft.type !== "LOC" && draft.mentions.length > 0);
    const roleRecord = { start: role.roleStart, end: role.end, text: text.slice(role.roleStart, role.end), head: role.head, affiliation: null, countryCode: role.countryCode };
    if (holder) {
      if (holder.type === null || holder.weak) holder.type = "PER";
      holder.weak = false;
      holder.roles.push(roleRecord);
      heldRoles.add(holder, roleRecord);
      // A bare "le général" beside a name is a title; "le ministre de la Défense" also describes the person.
      if (role.lastToken > role.headToken) addMention(holder, role.start, role.end, "description");
      continue;
    }
    // "un ministre" is anyone holding that office: « la première visite d'un ministre israélien » is no one in particular.
    if (!role.hasDeterminer || role.indefinite || role.plural || role.lastToken === role.headToken) continue;
    const sole = heldRoles.soleHolder(role, roleRecord.text);
    if (sole) addMention(sole, role.start, role.end, "description");
    else describedBeforeNamed.push(role);
  }
  // "Le ministre de la Défense a démenti. … Karel Novak, ministre de la Défense": the holder the whole article gives, once known.
  for (const role of describedBeforeNamed) {
    const sole = heldRoles.soleHolder(role, text.slice(role.roleStart, role.end));
    if (sole) addMention(sole, role.start, role.end, "description");
  }

  linkOrganizationReferences(drafts, input.organizationReferences, addMention);
  linkCountryReferences(input.references, { drafts, gazetteer, draftFor, countryDraft, addMention });

  // "le veto de Pékin" in an article that never names China: the capital's state is an entity all the same, mentioned there.
  for (const mention of stateActors) {
    const country = countryDraft(mention.metonymFor!);
    if (country.mentions.length === 0) addMention(country, mention.start, mention.end, "reference");
  }

  const ids = new Map<Draft, string>();
  // Entities in order of first appearance: e1 is the first named in the text.
  const firstStart = new Map(drafts.map((draft) => [draft, draft.mentions.reduce((first, mention) => Math.min(first, mention.start), Infinity)]));
  const kept = drafts.filter((draft) => draft.mentions.length > 0).sort((a, b) => firstStart.get(a)! - firstStart.get(b)!);
  kept.forEach((draft, index) => ids.set(draft, `e${index + 1}`));
  return kept.map((draft) => {
    for (const mention of draft.mentions) {
      if (!mention.metonymFor) continue;
      const country = byKey.get(`country:${mention.metonymFor}`);
      if (country && ids.has(country)) mention.metonymFor = ids.get(country)!;
      else delete mention.metonymFor;
    }
    const roles = draft.roles.map(({ countryCode, ...role }) => {
      const country = countryCode ? byKey.get(`country:${countryCode}`) : undefined;
      return { ...role, affiliation: country && ids.has(country) ? ids.get(country)! : null };
    });
    return {
      id: ids.get(draft)!,
      name: draft.canonical ?? canonicalName(draft),
      type: draft.type ?? DEFAULT_TYPE,
      mentions: draft.mentions.sort((a, b) => a.start - b.start),
      roles,
      countryCode: draft.countryCode,
      placeKind: draft.placeKind,
      ...(draft.geonameId !== undefined ? { geonameId: draft.geonameId } : {}),
    };
  });
}

/** "le veto de Moscou": the capital is the complement, after "de", of a noun of a state's act. */
function complementsStateAct(tokens: readonly EntityToken[], firstToken: number, stateActNouns: ReadonlySet<string> | undefined): boolean {
  const preposition = tokens[firstToken - 1]?.folded;
  if (!stateActNouns || (preposition !== "de" && preposition !== "d'" && preposition !== "d’")) return false;
  return stateActNouns.has(tokens[firstToken - 2]?.folded ?? "");
}

/**
 * A lone name typed by weak evidence takes the person whose full name ends with it, else the
 * one whose full name opens with it ("Kadhafi … Mouammar Kadhafi", "Rima … Rima Dali"): a weak
 * "de X" or a bare X is no evidence against a person the text names in full. Only a full name
 * typed by evidence outweighs a mention typed a place or group by context ("à X", "le X").
 * The rest take the fallback reading most of their mentions give, a bare X (a person) winning
 * a tie against "de X": places are mostly known to the gazetteer or introduced by "à".
 */
function settleLoneNames(drafts: readonly Draft[], surnames: DraftsBySurname, firstNames: DraftsBySurname): void {
  for (const draft of drafts) {
    if (!draft.key.startsWith("name:") || draft.key.includes(" ") || (draft.type !== null && !draft.weak)) continue;
    const full = personNamedInFull(draft, surnames, firstNames) ?? (draft.fallback ? placeNamedInFull(draft, surnames) : undefined);
    if (full) {
      for (const mention of draft.mentions) full.mentions.push(mention);
      for (const name of draft.bareNames) full.bareNames.push(name);
      draft.mentions = [];
      continue;
    }
    draft.type = fallbackReading(draft) ?? draft.type;
  }
}

/** The reading most fallback mentions of a draft typed by nothing better give, a person winning a tie; null without two readings to weigh. */
function fallbackReading(draft: Draft): EntityType | null {
  if (!draft.fallback || draft.fallbackVotes.size < 2) return null;
  const votes = [...draft.fallbackVotes].sort((a, b) => b[1] - a[1] || Number(b[0] === "PER") - Number(a[0] === "PER"));
  return votes[0]![0];
}

/** "la place Tahrir … à Tahrir", "le quartier de Midan … Midan": a lone name typed by no evidence is the place named with its noun. */
function placeNamedInFull(draft: Draft, surnames: DraftsBySurname): Draft | undefined {
  const word = draft.key.slice("name:".length);
  return surnames.first(word, (other) => other !== draft && other.type === "LOC" && !other.weak && other.key.startsWith("name:") && other.mentions.length > 0);
}

function personNamedInFull(draft: Draft, surnames: DraftsBySurname, firstNames: DraftsBySurname): Draft | undefined {
  const word = draft.key.slice("name:".length);
  const person = (strong: boolean) => (other: Draft) => other !== draft && other.type === "PER" && other.mentions.length > 0 && (!strong || !other.weak);
  // A full name typed by evidence (a known first name, an honorific) outweighs even "à X"; one typed by default only a default.
  const bySurname = surnames.first(word, person(true)) ?? (draft.typedApart ? undefined : surnames.first(word, person(false)));
  if (bySurname || draft.typedApart) return bySurname;
  // A lone first name already read as a person is left apart, as before: joining it too ("Wladimir … Wladimir Klitschko")
  // weighed the person so in story features that two of his fights became one story (stories-en B³ precision −0.002).
  // Not one the fallbacks would read as a place ("de Wael" thrice, "Wael" twice): the person named in full explains it better.
  if (draft.type === "PER" && (fallbackReading(draft) ?? "PER") === "PER") return undefined;
  return firstNames.first(word, (other) => person(true)(other) && other.plainSurnames.size > 0);
}

/**
 * "Zemblan officials" beside "Zembla" the state: a capitalised demonym the name finder took
 * for a name of its own, typed by a default, is a demonym mention of the state it is formed on.
 */
function joinDemonymsToStates(drafts: readonly Draft[]): void {
  const oneWord = (draft: Draft) => draft.key.startsWith("name:") && !draft.key.includes(" ") && draft.mentions.length > 0;
  const states = drafts.filter((draft) => oneWord(draft) && draft.type === "LOC" && draft.placeKind === null);
  if (states.length === 0) return;
  for (const draft of drafts) {
    if (!oneWord(draft) || draft.type === "LOC" || (draft.type !== null && !draft.weak)) continue;
    const word = draft.key.slice("name:".length);
    const state = states.find((candidate) => isDemonymOf(word, candidate.key.slice("name:".length)));
    if (!state) continue;
    for (const mention of draft.mentions) state.mentions.push({ ...mention, kind: "demonym" });
    draft.mentions = [];
  }
}

/** Drafts by a surname they were given, each list in drafts' order: "the first draft with this surname that …" without a scan of every draft. */
class DraftsBySurname {
  private readonly lists = new Map<string, Draft[]>();

  add(draft: Draft, own: Set<string>, surname: string): void {
    if (own.has(surname)) return;
    own.add(surname);
    let list = this.lists.get(surname);
    if (!list) this.lists.set(surname, (list = []));
    list.splice(firstIndexNotBefore(list.length, (at) => list[at]!.order < draft.order), 0, draft);
  }

  first(surname: string, accept: (draft: Draft) => boolean): Draft | undefined {
    return this.lists.get(surname)?.find(accept);
  }
}

/**
 * "le média", "la société": a definite organisation noun refers back to the organisation whose
 * last mention (of any kind) ends nearest before it, among those named by then; a tie goes to the
 * first made. One sweep through the mentions in order of end, the references in text order.
 */
function linkOrganizationReferences(drafts: readonly Draft[], references: LinkInput["organizationReferences"], addMention: (draft: Draft, start: number, end: number, kind: MentionKind) => EntityMention): void {
  const organizations = drafts.filter((draft) => draft.type === "ORG");
  const mentions = organizations.flatMap((draft) => draft.mentions.map((mention) => ({ draft, end: mention.end, named: mention.kind === "name" }))).sort((a, b) => a.end - b.end);
  const seen = new Map<Draft, { lastEnd: number; named: boolean }>();
  let best: { draft: Draft; lastEnd: number } | null = null;
  const see = (draft: Draft, end: number, named: boolean) => {
    let state = seen.get(draft);
    if (!state) seen.set(draft, (state = { lastEnd: end, named }));
    state.lastEnd = Math.max(state.lastEnd, end);
    state.named ||= named;
    if (state.named && (!best || state.lastEnd > best.lastEnd || (state.lastEnd === best.lastEnd && draft.order < best.draft.order))) best = { draft, lastEnd: state.lastEnd };
  };
  const linked: Array<{ draft: Draft; end: number }> = [];
  let nextMention = 0;
  let nextLinked = 0;
  for (const reference of [...references].sort((a, b) => a.start - b.start)) {
    for (; nextMention < mentions.length && mentions[nextMention]!.end <= reference.start; nextMention += 1) see(mentions[nextMention]!.draft, mentions[nextMention]!.end, mentions[nextMention]!.named);
    for (; nextLinked < linked.length && linked[nextLinked]!.end <= reference.start; nextLinked += 1) see(linked[nextLinked]!.draft, linked[nextLinked]!.end, false);
    const previous: Draft | undefined = (best as { draft: Draft } | null)?.draft;
    if (!previous) continue;
    addMention(previous, reference.start, reference.end, "reference");
    linked.push({ draft: previous, end: reference.end });
  }
}

interface CountryLinking {
  drafts: readonly Draft[];
  gazetteer: Gazetteer;
  draftFor: (key: string, make: () => DraftFields) => Draft;
  countryDraft: (code: string) => Draft;
  addMention: (draft: Draft, start: number, end: number, kind: MentionKind) => EntityMention;
}

/**
 * Country references join their country: a named one ("la capitale marocaine", "le pays
 * voisin de la France"), the last two countries named ("les deux pays"), or, for an official-form
 * head ("le royaume"), the country of that form named nearest (four times nearer before than after).
 */
function linkCountryReferences(references: readonly CountryReference[], linking: CountryLinking): void {
  const { gazetteer, draftFor, countryDraft } = linking;
  // Only the name loop gives drafts "name" mentions, so the countries named are known before the loop.
  const named = linking.drafts.filter((draft) => draft.key.startsWith("country:") && draft.mentions.some((mention) => mention.kind === "name")).map((draft) => ({ draft, names: namePositions(draft) }));
  const byFormHead = new Map<string | null | undefined, Draft[]>();
  for (const { draft } of named) {
    const head = gazetteer.countries.get(draft.countryCode ?? "")?.formHead;
    byFormHead.set(head, [...(byFormHead.get(head) ?? []), draft]);
  }
  const positions = new Map<Draft, MentionStarts>();
  const addMention = (draft: Draft, start: number, end: number, kind: MentionKind) => {
    linking.addMention(draft, start, end, kind);
    positions.get(draft)?.add(start);
  };
  for (const reference of references) {
    if (reference.countryCode) {
      const code = reference.countryCode;
      if (reference.capital) {
        const capital = gazetteer.countries.get(code)?.capital;
        if (!capital) continue;
        const place = gazetteer.places.get(fold(capital));
        const draft = draftFor(`place:${code}:${capital}`, () => ({ ...(place?.kind === "city" ? placeDraft(place) : { type: "LOC" as const, weak: false, countryCode: code, placeKind: "city" as const }), canonical: capital }));
        addMention(draft, reference.start, reference.end, reference.kind);
        continue;
      }
      addMention(countryDraft(code), reference.start, reference.end, reference.kind);
      continue;
    }
    if (reference.pair) {
      // "les deux pays" is no one before the second country is named.
      const last = named.map(({ draft, names }) => ({ draft, at: names.lastBefore(reference.start) })).filter(({ at }) => at >= 0).sort((a, b) => b.at - a.at);
      if (last.length >= 2) for (const { draft } of last.slice(0, 2)) addMention(draft, reference.start, reference.end, "reference");
      continue;
    }
    let nearest: { draft: Draft; distance: number } | undefined;
    for (const draft of byFormHead.get(reference.formHead) ?? []) {
      let starts = positions.get(draft);
      if (!starts) positions.set(draft, (starts = new MentionStarts(draft.mentions.map((mention) => mention.start))));
      const distance = starts.distanceFrom(reference.start);
      if (!nearest || distance < nearest.distance) nearest = { draft, distance };
    }
    if (nearest) addMention(nearest.draft, reference.start, reference.end, "description");
  }
}

/** The starts of a draft's mentions, kept in order as mentions are added. */
class MentionStarts {
  private readonly sorted: number[];

  constructor(starts: number[]) {
    this.sorted = starts.sort((a, b) => a - b);
  }

  add(start: number): void {
    if (start >= (this.sorted.at(-1) ?? -Infinity)) this.sorted.push(start);
    else this.sorted.splice(firstIndexNotBefore(this.sorted.length, (at) => this.sorted[at]! < start), 0, start);
  }

  /** How far the nearest mention is, one after counting four times one before (a reference mostly points back). */
  distanceFrom(offset: number): number {
    const next = firstIndexNotBefore(this.sorted.length, (at) => this.sorted[at]! < offset);
    const after = next < this.sorted.length ? 4 * (this.sorted[next]! - offset) : Infinity;
    return next > 0 ? Math.min(offset - this.sorted[next - 1]!, after) : after;
  }
}

/** Where a draft is named by name, to ask where it was last named before an offset. */
function namePositions(draft: Draft): { lastBefore: (offset: number) => number } {
  const names = draft.mentions.filter((mention) => mention.kind === "name").sort((a, b) => a.start - b.start);
  return {
    // The latest start among names ending by the offset, or -1; names of one draft do not overlap, so the walk back is short.
    lastBefore: (offset) => {
      for (let index = firstIndexNotBefore(names.length, (at) => names[at]!.start < offset) - 1; index >= 0; index -= 1) if (names[index]!.end <= offset) return names[index]!.start;
      return -1;
    },
  };
}

function placeDraft(place: Place): DraftFields {
  return { type: "LOC", weak: false, countryCode: place.countryCode, canonical: null, placeKind: place.kind, ...(place.geonameId !== null ? { geonameId: place.geonameId } : {}) };
}

/**
 * The first token of an apposition after the name ending at `last`: after its comma, or after an
 * age set between commas ("Max Roth, 46 ans, médecin", "Max Roth, 46, a doctor").
 */
function appositionAfter(tokens: readonly EntityToken[], last: number): number | null {
  if (tokens[last + 1]?.text !== ",") return null;
  const age = tokens[last + 2];
  if (!age || !/^\d{1,3}$/u.test(age.text)) return last + 2;
  const unit = tokens[last + 3]?.text === "," ? 0 : 1;
  return tokens[last + 3 + unit]?.text === "," ? last + 4 + unit : last + 2;
}

/** The longest name the article gives, without its honorific. */
function canonicalName(draft: Draft): string {
  return draft.bareNames.reduce((best, name) => (name.length > best.length ? name : best), draft.bareNames[0] ?? draft.mentions[0]!.text);
}

/** Whether one of a name's words is not a word of the language, so cannot be a capitalised portfolio ("Affaires étrangères"). */
function spellsProperName(tokens: readonly EntityToken[], name: NameMention, gazetteer: Gazetteer): boolean {
  for (let i = name.firstToken; i <= name.lastToken; i += 1) {
    const token = tokens[i]!;
    if (token.isWord && !gazetteer.foldedWords.has(token.folded)) return true;
  }
  return false;
}
