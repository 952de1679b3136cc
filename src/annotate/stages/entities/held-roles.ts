/**
 * The roles the linker has given people so far, indexed so that a role phrase standing alone
 * ("le ministre de la Défense") finds the one person who holds it without scanning every person's
 * every role: by the role's head, by the country a role is held for, and by the words of its
 * complement. The answers are the scans' answers; only the number of drafts looked at changes.
 */
import type { EntityType } from "../../annotation.js";
import type { RolePhrase } from "./find-roles.js";

export interface HeldRole {
  head: string;
  text: string;
  countryCode: string | null;
}

export interface RoleHolder {
  type: EntityType | null;
  mentions: readonly unknown[];
}

/** For one holder and one head: whether one such role has no country, and the countries of the others. */
interface HeadCountries {
  withoutCountry: boolean;
  countries: Set<string>;
}

export class HeldRoles<H extends RoleHolder> {
  private readonly byHead = new Map<string, Map<H, HeadCountries>>();
  private readonly byCountry = new Map<string, Set<H>>();
  private readonly byComplementWord = new Map<string, Set<H>>();

  add(holder: H, role: HeldRole): void {
    let holders = this.byHead.get(role.head);
    if (!holders) this.byHead.set(role.head, (holders = new Map()));
    let countries = holders.get(holder);
    if (!countries) holders.set(holder, (countries = { withoutCountry: false, countries: new Set() }));
    if (role.countryCode) countries.countries.add(role.countryCode);
    else countries.withoutCountry = true;
    if (role.countryCode !== null) addTo(this.byCountry, role.countryCode, holder);
    for (const word of complementWords(role.text)) addTo(this.byComplementWord, word, holder);
  }

  /**
   * The one person holding the office a role phrase names (same head, and the same country when
   * both say one; for a relational role, "son homologue marocain", any role for that country) or,
   * when nobody holds it, the one person whose role shares a word of its domain ("de la défense").
   * Several candidates stay unresolved: a wrong link would put words in someone else's mouth.
   */
  soleHolder(role: RolePhrase, roleText: string): H | undefined {
    const holders = role.relational ? this.relationalHolders(role) : this.officeHolders(role);
    if (holders.size > 0) return holders.size === 1 ? [...holders][0] : undefined;
    const sharing = new Set<H>();
    for (const word of complementWords(roleText)) {
      for (const holder of this.byComplementWord.get(word) ?? []) {
        if (holder.type === "PER") sharing.add(holder);
        if (sharing.size > 1) return undefined;
      }
    }
    return [...sharing][0];
  }

  /** At most two: whether there is one or several is all the caller asks. */
  private officeHolders(role: RolePhrase): Set<H> {
    const found = new Set<H>();
    for (const [holder, held] of this.byHead.get(role.head) ?? []) {
      if (!isPerson(holder) || !(!role.countryCode || held.withoutCountry || held.countries.has(role.countryCode))) continue;
      found.add(holder);
      if (found.size > 1) break;
    }
    return found;
  }

  private relationalHolders(role: RolePhrase): Set<H> {
    const found = new Set<H>();
    if (role.countryCode === null) return found;
    for (const holder of this.byCountry.get(role.countryCode) ?? []) {
      if (!isPerson(holder)) continue;
      found.add(holder);
      if (found.size > 1) break;
    }
    return found;
  }
}

function isPerson(holder: RoleHolder): boolean {
  return holder.type === "PER" && holder.mentions.length > 0;
}

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  let values = index.get(key);
  if (!values) index.set(key, (values = new Set()));
  values.add(value);
}

/** A role's words after its head, of five letters or more: two roles sharing one share a domain ("défense"). */
function complementWords(role: string): Set<string> {
  return new Set(role.toLowerCase().split(/[^\p{L}]+/u).slice(1).filter((word) => word.length >= 5));
}
