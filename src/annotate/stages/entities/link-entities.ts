/**
 * Within one article, mentions become entities: a surname or "M. X" joins the full name given
 * elsewhere, a role phrase joins the person it stands beside (and gives them a role), a role
 * phrase standing alone joins the one person who holds that role, a country reference joins its
 * country, and a capital used as the subject of a verb, or a town named as a side of a relation
 * between states, is marked as standing for its state.
 */
import type { Entity, EntityMention, EntityType, MentionKind, Role } from "../../annotation.js";
import type { CountryReference } from "./find-country-references.js";
import type { NameMention } from "./find-name-mentions.js";
import type { RolePhrase } from "./find-roles.js";
import type { EntityToken } from "./entity-tokens.js";
import { fold, type Gazetteer, type Place } from "./gazetteer.js";

interface Draft {
  key: string;
  type: EntityType | null;
  weak: boolean;
  /** Typed only by the name finder's last default, which any evidence elsewhere overrides. */
  fallback?: boolean;
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
  /** Definite organisation nouns standing alone ("le média"), to link to the last organisation named. */
  organizationReferences: ReadonlyArray<{ start: number; end: number }>;
  gazetteer: Gazetteer;
  placePrepositions: ReadonlySet<string>;
  /** Towns named as the sides of a relation between states, standing for them ("entre Lisbonne et Porto Alegre"). */
  relationSeats: ReadonlySet<NameMention>;
}

/**
 * A lone capitalised word nothing types, and no full name elsewhere explains as a surname, is
 * most often an organisation or brand ("Twitter", "Bundeswehr"): people are introduced by full name.
 */
const DEFAULT_TYPE: EntityType = "ORG";

export function linkEntities(input: LinkInput): Entity[] {
  const { text, tokens, gazetteer } = input;
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const draftFor = (key: string, make: () => Omit<Draft, "key" | "mentions" | "roles" | "surnames" | "plainSurnames" | "bareNames">): Draft => {
    let draft = byKey.get(key);
    if (!draft) {
      draft = { key, mentions: [], roles: [], surnames: new Set(), plainSurnames: new Set(), bareNames: [], ...make() };
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
  // Capitalised portfolio words inside a role ("ministre des Affaires étrangères") are not names; an organisation or a place is ("maire de Lyon").
  // So is a name no word of the language spells ("directrice de Nexacorp").
  const inRole = (name: NameMention) =>
    input.roles.some((role) => name.start >= role.roleStart && name.end <= role.end) &&
    !(name.type === "LOC" && name.place) &&
    !(name.type === "ORG" && !name.weak) &&
    !spellsProperName(tokens, name, gazetteer);
  const inReference = (name: NameMention) => input.references.some((reference) => reference.kind !== "demonym" && name.start >= reference.start && name.end <= reference.end && !name.place);

  const nameDraft = new Map<NameMention, Draft>();
  for (const name of [...input.names].sort((a, b) => a.start - b.start)) {
    if (inRole(name) || inReference(name)) continue;
    const words = tokens.slice(name.firstToken, name.lastToken + 1).filter((token) => token.isWord);
    const folded = words.map((token) => token.folded).join(" ");
    let draft: Draft | undefined;
    // "Anna Lund … Lund told": a lone word naming a town is the surname of a person named before.
    const atPlace = input.placePrepositions.has(tokens[name.firstToken - 1]?.folded ?? "");
    const surnameOf = words.length === 1 && name.place && name.place.kind !== "country" && !atPlace ? drafts.find((candidate) => candidate.type === "PER" && candidate.plainSurnames.has(folded)) : undefined;
    if (name.place?.kind === "country" && name.place.countryCode) draft = countryDraft(name.place.countryCode);
    else if (surnameOf) draft = surnameOf;
    else if (name.place) draft = draftFor(`place:${name.place.countryCode}:${name.place.name}`, () => placeDraft(name.place!));
    else {
      draft = byKey.get(`name:${folded}`);
      if (!draft && words.length === 1 && name.type !== "LOC" && name.type !== "ORG") {
        draft = drafts.find((candidate) => candidate.type !== "LOC" && candidate.type !== "ORG" && candidate.surnames.has(folded));
      }
      draft ??= draftFor(`name:${folded}`, () => ({ type: name.type, weak: name.weak, fallback: name.fallback ?? false, countryCode: null, canonical: null, placeKind: null }));
    }
    if (name.type && !surnameOf && (draft.type === null || (draft.weak && !name.weak) || (draft.fallback && !name.fallback))) {
      draft.type = name.type;
      draft.weak = name.weak;
      draft.fallback = name.fallback ?? false;
    }
    if (words.length >= 2) draft.surnames.add(words.at(-1)!.folded);
    // "Vincent "The Chin" Gigante": a nickname's closing mark before the surname.
    const beforeSurname = tokens[name.lastToken - 1];
    if (words.length >= 2 && gazetteer.firstNames.has(words[0]!.folded) && (beforeSurname?.capitalized || /^["”)]$/u.test(beforeSurname?.text ?? ""))) draft.plainSurnames.add(words.at(-1)!.folded);
    const mention = addMention(draft, name.start, name.end, "name");
    draft.bareNames.push(text.slice(tokens[name.firstToken]!.start, name.end));
    nameDraft.set(name, draft);
    const place = draft.placeKind ? name.place : null;
    const seatOfGovernment = place?.capital && !input.placePrepositions.has(tokens[name.firstToken - 1]?.folded ?? "");
    if (place?.countryCode && (seatOfGovernment || input.relationSeats.has(name))) {
      mention.metonymFor = place.countryCode; // replaced by the country entity's id below
    }
  }
  // A later full name settles the type of an earlier lone surname ("Novak … Karel Novak").
  for (const draft of drafts) {
    if (draft.type !== null && !draft.weak) continue;
    const full = drafts.find((other) => other !== draft && other.type === "PER" && !other.weak && other.surnames.has(draft.key.replace(/^name:/u, "")));
    if (full) {
      full.mentions.push(...draft.mentions);
      full.bareNames.push(...draft.bareNames);
      draft.mentions = [];
    }
  }

  for (const role of input.roles) {
    const after = input.names.find((name) => name.firstToken === role.lastToken + 1);
    // "X, ministre délégué, a dit": an apposition after a name is closed by punctuation; "X, le ministre a signé" is a new clause.
    const closed = !tokens[role.lastToken + 1]?.isWord;
    const before = closed ? input.names.find((name) => appositionAfter(tokens, name.lastToken) === role.firstToken) : undefined;
    // "le vice-président du Conseil, M. Louis Roth": the name may open with its honorific.
    const afterComma = tokens[role.lastToken + 1]?.text === "," ? input.names.find((name) => name.start === tokens[role.lastToken + 2]?.start) : undefined;
    const holder = [after, before, afterComma].map((name) => (name ? nameDraft.get(name) : undefined)).find((draft) => draft && draft.type !== "LOC" && draft.mentions.length > 0);
    const roleRecord = { start: role.roleStart, end: role.end, text: text.slice(role.roleStart, role.end), head: role.head, affiliation: null, countryCode: role.countryCode };
    if (holder) {
      if (holder.type === null || holder.weak) holder.type = "PER";
      holder.weak = false;
      holder.roles.push(roleRecord);
      // A bare "le général" beside a name is a title; "le ministre de la Défense" also describes the person.
      if (role.lastToken > role.headToken) addMention(holder, role.start, role.end, "description");
      continue;
    }
    if (!role.hasDeterminer || role.indefinite || role.plural || role.lastToken === role.headToken) continue;
    const holders = drafts.filter((draft) =>
      draft.type === "PER" &&
      draft.mentions.length > 0 &&
      (role.relational
        ? role.countryCode !== null && draft.roles.some((held) => held.countryCode === role.countryCode)
        : draft.roles.some((held) => held.head === role.head && (held.countryCode === role.countryCode || !held.countryCode || !role.countryCode))),
    );
    // No holder of the same office: the one person whose role shares the domain ("de la défense").
    const domainHolders = holders.length === 0 ? drafts.filter((draft) => draft.type === "PER" && draft.roles.some((held) => sharesDomain(held.text, text.slice(role.roleStart, role.end)))) : holders;
    // Several candidates stay unresolved: a wrong link would put words in someone else's mouth.
    if (domainHolders.length === 1) addMention(domainHolders[0]!, role.start, role.end, "description");
  }

  // "le média", "la société": a definite organisation noun refers back to the last organisation named.
  for (const reference of input.organizationReferences) {
    const previous = drafts
      .filter((draft) => draft.type === "ORG" && draft.mentions.some((mention) => mention.kind === "name" && mention.end <= reference.start))
      .sort((a, b) => Math.max(...b.mentions.map((m) => (m.end <= reference.start ? m.end : 0))) - Math.max(...a.mentions.map((m) => (m.end <= reference.start ? m.end : 0))))[0];
    if (previous) addMention(previous, reference.start, reference.end, "reference");
  }

  for (const reference of input.references) {
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
      for (const country of lastCountriesNamed(drafts, reference.start, 2)) addMention(country, reference.start, reference.end, "reference");
      continue;
    }
    const head = reference.formHead;
    const candidates = drafts.filter((draft) => draft.key.startsWith("country:") && draft.mentions.some((mention) => mention.kind === "name") && gazetteer.countries.get(draft.countryCode ?? "")?.formHead === head);
    const nearest = candidates
      .map((draft) => ({ draft, distance: Math.min(...draft.mentions.map((mention) => (mention.start < reference.start ? reference.start - mention.start : 4 * (mention.start - reference.start)))) }))
      .sort((a, b) => a.distance - b.distance)[0];
    if (nearest) addMention(nearest.draft, reference.start, reference.end, "description");
  }

  const ids = new Map<Draft, string>();
  // Entities in order of first appearance: e1 is the first named in the text.
  const kept = drafts.filter((draft) => draft.mentions.length > 0).sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
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

function placeDraft(place: Place): Omit<Draft, "key" | "mentions" | "roles" | "surnames" | "plainSurnames" | "bareNames"> {
  return { type: "LOC", weak: false, countryCode: place.countryCode, canonical: null, placeKind: place.kind, ...(place.geonameId !== null ? { geonameId: place.geonameId } : {}) };
}

/** The `count` countries named last before `offset`, when the text has named that many: "les deux pays" is no one before the second. */
function lastCountriesNamed(drafts: readonly Draft[], offset: number, count: number): Draft[] {
  const named = drafts.filter((draft) => draft.key.startsWith("country:") && lastNamedBefore(draft, offset) >= 0).sort((a, b) => lastNamedBefore(b, offset) - lastNamedBefore(a, offset));
  return named.length >= count ? named.slice(0, count) : [];
}

/** Where the draft was last named by name before `offset`, or -1. */
function lastNamedBefore(draft: Draft, offset: number): number {
  let last = -1;
  for (const mention of draft.mentions) if (mention.kind === "name" && mention.end <= offset && mention.start > last) last = mention.start;
  return last;
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

/** Two role phrases share a domain when their complements share a word of five letters or more ("défense"). */
function sharesDomain(held: string, described: string): boolean {
  const heldWords = complementWords(held);
  return [...complementWords(described)].some((word) => heldWords.has(word));
}

/** A role's words after its head, of five letters or more. */
function complementWords(role: string): Set<string> {
  return new Set(role.toLowerCase().split(/[^\p{L}]+/u).slice(1).filter((word) => word.length >= 5));
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
