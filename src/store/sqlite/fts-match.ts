/** A parsed search query → an FTS5 MATCH expression. Every term is quoted, so user text can never be FTS5 syntax. */
import type { SearchQuery } from "../search-query.js";

export function toFtsMatch(query: SearchQuery): string {
  const parts = [
    ...query.required.map((forms) => anyOf(forms.map(quote))),
    ...query.phrases.map((renderings) => anyOf([...new Set(renderings.map((words) => quote(words.join(" "))))])),
  ];
  const excluded = query.excluded.map((forms) => anyOf(forms.map(quote)));
  return [parts.join(" AND "), ...excluded].join(" NOT ");
}

function anyOf(alternatives: string[]): string {
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(" OR ")})`;
}

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}
