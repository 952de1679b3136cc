/**
 * The values a claim's other sources give (another date), each said once with the sources that
 * give it: three hundred articles dating an event otherwise read as one date and its sources,
 * not three hundred entries.
 */
import type { Story } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

type Contradiction = Story["claims"][number]["contradictedBy"][number];

export function Contradictions({ spans, articles }: { spans: readonly Contradiction[]; articles: ArticleIndex }) {
  const { date } = useI18n();
  const byValue = new Map<string, Contradiction[]>();
  for (const span of spans) byValue.set(span.value, [...(byValue.get(span.value) ?? []), span]);
  // The value most sources give first.
  const groups = [...byValue].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return (
    <>
      {groups.map(([value, given]) => (
        <>
          {given[0]!.slot === "date" ? date(value) : value} <SourceLinks spans={given} articles={articles} limit={4} />{" "}
        </>
      ))}
    </>
  );
}
