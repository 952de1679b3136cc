/**
 * A name no evidence types takes the type of the list it stands in: "sont entrées à Moldava,
 * Bazias, Kovi, Pancevo et Semlin" lists towns, so the unknown "Kovi" is one. A list is names
 * separated only by commas and coordinators; it speaks for its unknown members when at least
 * two of its members are typed by evidence, all alike (a mixed list, "Anna Lund, Berne et
 * Kovi", decides nothing), or one is a state the text gives a demonym (derived-demonyms.ts).
 */
import type { EntityType } from "../../annotation.js";
import type { EntityToken } from "./entity-tokens.js";
import type { NameMention } from "./find-name-mentions.js";
import { typeNamesWithDemonyms } from "./derived-demonyms.js";

/** Fewer typed members than this are no pattern ("Berne et Kovi" may be a town and a man). */
const MIN_TYPED_MEMBERS = 2;
const MIN_LIST_FOR_ONE = 3;

export function typeListedNames(mentions: NameMention[], tokens: readonly EntityToken[], coordinators: ReadonlySet<string>): void {
  const states = typeNamesWithDemonyms(mentions, tokens);
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  let from = 0;
  while (from < ordered.length) {
    let to = from;
    while (to + 1 < ordered.length && separatedBySeparator(ordered[to]!, ordered[to + 1]!, tokens, coordinators)) to += 1;
    if (to > from) typeList(ordered.slice(from, to + 1), states);
    from = to + 1;
  }
}

function separatedBySeparator(left: NameMention, right: NameMention, tokens: readonly EntityToken[], coordinators: ReadonlySet<string>): boolean {
  if (right.firstToken !== left.lastToken + 2) return false;
  const between = tokens[left.lastToken + 1]!;
  return between.text === "," || (coordinators.has(between.folded) && !between.capitalized);
}

function typeList(members: readonly NameMention[], states: ReadonlySet<NameMention>): void {
  const evidenced = members.filter((member) => !member.fallback && member.type !== null);
  const type: EntityType | undefined = evidenced[0]?.type ?? undefined;
  // Or one member typed by strong evidence in a list of three or more ("Frauenfeld, Wienfelden, Bischofszell").
  // Or a state its demonym names, beside another name ("Ruritania et Zembla ont signé"): states are listed with states.
  const enough = evidenced.length >= MIN_TYPED_MEMBERS || (members.length >= MIN_LIST_FOR_ONE && evidenced.length === 1 && !evidenced[0]!.weak) || evidenced.some((member) => states.has(member));
  if (!enough || !type || evidenced.some((member) => member.type !== type)) return;
  for (const member of members) {
    if (!member.fallback || member.type === type) continue;
    member.type = type;
    delete member.fallback;
  }
}
