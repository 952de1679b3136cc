/**
 * A name opening with an acronym of another's opening words, the rest alike: "INS Sukanya" and
 * "Indian Naval Ship Sukanya", "USS Cole" and "United States Ship Cole". Joined when the corpus
 * holds one such longer name only; the acronym must be written in capitals, so that "Ann Smith"
 * is not read as the initials of "Alice Nora Newman Smith".
 */
import { acronymOf } from "./corpus-entity-names.js";
import type { UnionFind } from "./union-find.js";

export function joinAcronymPrefixes(groups: UnionFind, named: ReadonlyArray<{ key: string; written: string }>): void {
  const byRest = new Map<string, Set<string>>();
  for (const { key } of named) {
    const words = key.split(" ");
    for (let k = 2; k < words.length; k += 1) {
      const place = `${words.slice(0, k).map((word) => word[0]).join("")}\t${words.slice(k).join(" ")}`;
      byRest.set(place, (byRest.get(place) ?? new Set()).add(key));
    }
  }
  for (const { key, written } of [...named].sort((a, b) => a.key.localeCompare(b.key))) {
    const words = key.split(" ");
    const acronym = acronymOf(written.split(/\s+/u)[0]!);
    if (!acronym || words.length < 2 || words[0] !== acronym) continue;
    const longer = [...(byRest.get(`${acronym}\t${words.slice(1).join(" ")}`) ?? [])];
    if (longer.length > 0 && new Set(longer.map((other) => groups.find(other))).size === 1) groups.union(key, longer[0]!);
  }
}
