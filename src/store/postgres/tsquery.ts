/**
 * A parsed search query rendered as a PostgreSQL tsquery over recoupe's normalised terms:
 * each required word as the alternatives of its forms, each phrase as words in sequence (<->)
 * in any query language, each excluded word negated. Terms are quoted as lexemes, so no user
 * text is ever read as tsquery syntax.
 */
import type { SearchQuery } from "../search-query.js";

const lexeme = (term: string) => `'${term.replace(/'/gu, "''").replace(/\\/gu, "\\\\")}'`;
const anyOf = (forms: readonly string[]) => `(${forms.map(lexeme).join(" | ")})`;

export function toTsQuery(query: SearchQuery): string {
  const parts = [
    ...query.required.map(anyOf),
    ...query.phrases.map((renderings) => `(${renderings.map((words) => `(${words.map(lexeme).join(" <-> ")})`).join(" | ")})`),
    ...query.excluded.map((forms) => `!${anyOf(forms)}`),
  ];
  return parts.join(" & ");
}
