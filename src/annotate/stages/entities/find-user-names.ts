/**
 * User names written without their "@", as news quoting videos and posts names their authors
 * ("mise en ligne par sdontknow79", "Kammal2005 commente", "une vidéo de la7jpress"): a word of
 * letters and digits that no language writes, near words of posting ("vidéo", "commente", a
 * platform's name, a handle). A person's account unless its words name an organisation's. Hand-written:
 * no tagger knows user names; the shape is the platforms' own rule.
 */
import type { Entity } from "../../annotation.js";
import { ONLINE_PLATFORMS } from "../../lang/online-platforms.js";
import { fold, type Gazetteer } from "./gazetteer.js";
import { ORGANIZATION_WORDS, idNumber } from "./find-social-tags.js";

/** Letters, then digits among them, as accounts are named; not after "@" or "#" (a handle or a tag), not inside a link or an address. */
const USER_NAME = /(?<![\p{L}\p{N}_@#./-])[A-Za-z][A-Za-z_]*\d[A-Za-z0-9_]*(?![\p{L}\p{N}_@/-]|\.\p{L})/gu;
/**
 * A code is no account ("F16", "A2K4D", "G20", "MP3", "H1N1"): an account has three lowercase letters or more; and a
 * capital, if any, opens it, after no capitalised word ("Sooq Al Jum3a", "Jan30Sudan" are names and tags).
 */
const LOWERCASE_LETTERS = /\p{Ll}/gu;
const INNER_CAPITAL = /.\p{Lu}/u;
const AFTER_CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]*\s$/u;
const MIN_LOWERCASE_LETTERS = 3;
const PLATFORM = new RegExp(`(?:^|[^\\p{L}])(?:${ONLINE_PLATFORMS.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|")})(?![\\p{L}])|(?<![\\p{L}\\p{N}_.])@[A-Za-z0-9_]{2,30}`, "u");

/** Words of posting ("vidéo", "tweete", "mise en ligne", "posted", "account"), French and English. */
const POSTING_WORDS = /vid[ée]o|tweet|blog|billet|post|compte|utilisat|comment|en ligne|account|user|upload/iu;
/** How far around a user name, in characters, the words of posting may stand: about a sentence. */
const POSTING_CONTEXT = 100;

function nearPosting(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - POSTING_CONTEXT), end + POSTING_CONTEXT);
  return POSTING_WORDS.test(around) || PLATFORM.test(around);
}

export function withBareUserNames(text: string, entities: readonly Entity[], gazetteer: Gazetteer): Entity[] {
  if (!/\d/u.test(text)) return [...entities];
  const accounts = new Map<string, Array<{ start: number; end: number; text: string }>>();
  for (const match of text.matchAll(USER_NAME)) {
    const word = match[0];
    if ((word.match(LOWERCASE_LETTERS)?.length ?? 0) < MIN_LOWERCASE_LETTERS || INNER_CAPITAL.test(word) || AFTER_CAPITALISED_WORD.test(text.slice(Math.max(0, match.index - 30), match.index)) || gazetteer.words.has(word.replace(/\d+/gu, "").toLowerCase()) || !nearPosting(text, match.index, match.index + word.length)) continue;
    const key = fold(word);
    accounts.set(key, [...(accounts.get(key) ?? []), { start: match.index, end: match.index + word.length, text: word }]);
  }
  if (accounts.size === 0) return [...entities];
  const spans = [...accounts.values()].flat();
  const overlapsAccount = (mention: { start: number; end: number }) => spans.some((span) => span.start < mention.end && mention.start < span.end);
  const kept = entities.flatMap((entity) => {
    const mentions = entity.mentions.filter((mention) => !overlapsAccount(mention));
    if (mentions.length === entity.mentions.length) return [entity];
    return mentions.length > 0 ? [{ ...entity, mentions }] : [];
  });
  let next = Math.max(0, ...entities.map((entity) => idNumber(entity.id))) + 1;
  for (const mentions of accounts.values()) {
    const name = mentions[0]!.text;
    kept.push({ id: `e${next++}`, name, type: ORGANIZATION_WORDS.test(name) ? "ORG" : "PER", mentions: mentions.map((mention) => ({ ...mention, kind: "name" as const })), roles: [], countryCode: null, placeKind: null });
  }
  return kept;
}
