/**
 * Claims × sources: which outlet reports, contradicts or omits each of the story's most supported
 * claims. The claims are the rows, in words, so a phone scrolls the outlets sideways under a
 * claim column that stays put; a column is headed by its outlet (title and date in its tooltip),
 * and a reported cell links to the very words in that article.
 */
import { useState } from "preact/hooks";
import type { Story } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { spanHref } from "../router.js";
import { distinctLabels, type ArticleIndex } from "./source-links.js";

/** The most supported claims compared: more rows stop being a comparison. */
const CLAIMS = 12;
/** Sources shown before "show all": the ones reporting most of those claims come first. */
const SOURCES = 12;

/** `supporting`: a claim's supporting articles; `total`: the story's comparison rows, of which `story.sourceComparison` holds the first. */
export function ComparisonMatrix({ story, sentences, articles, supporting, total, lang }: { story: Story; sentences: Record<string, string>; articles: ArticleIndex; supporting: (claimId: string) => number; total: number; lang: string | undefined }) {
  const { t, date, locale } = useI18n();
  const [allSources, setAllSources] = useState(false);
  const claims = [...story.claims].sort((a, b) => supporting(b.id) - supporting(a.id) || a.id.localeCompare(b.id)).slice(0, CLAIMS);
  const ranked = story.sourceComparison.map((row) => {
    const reports = new Set(row.reports);
    return { row, said: claims.filter((claim) => reports.has(claim.id)).length };
  });
  ranked.sort((a, b) => b.said - a.said || a.row.articleId.localeCompare(b.row.articleId));
  const sources = (allSources ? ranked : ranked.slice(0, SOURCES)).map(({ row }) => row.articleId);
  const labels = distinctLabels(sources, articles, locale);
  return (
    <>
      <div class="table-scroll">
        <table class="matrix">
          <thead>
            <tr>
              <th scope="col" class="claim-column">
                {t["comparison.claim"]}
              </th>
              {sources.map((articleId, index) => {
                const meta = articles.get(articleId);
                return (
                  <th scope="col" class="source-column" title={[meta?.title, meta?.published ? date(meta.published) : null].filter(Boolean).join(" — ") || undefined}>
                    <span>{labels[index]}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr>
                <th scope="row" class="claim-column" lang={lang}>
                  {sentences[claim.id] ?? claim.statement}
                </th>
                {sources.map((articleId, index) => {
                  const span = claim.supportedBy.find((candidate) => candidate.articleId === articleId);
                  const against = claim.contradictedBy.find((candidate) => candidate.articleId === articleId);
                  if (span) {
                    return (
                      <td class="reports">
                        <a href={spanHref(span)} aria-label={t["comparison.reported"](labels[index]!)}>
                          ✓
                        </a>
                      </td>
                    );
                  }
                  if (against) {
                    return (
                      <td class="contradicts" title={t["comparison.other"](against.slot, against.slot === "date" ? date(against.value) : against.value)}>
                        <a href={spanHref(against)} aria-label={t["comparison.contradicted"](labels[index]!)}>
                          ≠
                        </a>
                      </td>
                    );
                  }
                  return (
                    <td class="omits">
                      <span aria-hidden="true">·</span>
                      <span class="visually-hidden">{t["comparison.omitted"](labels[index]!)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ranked.length > SOURCES && !allSources && (
        <button type="button" onClick={() => setAllSources(true)}>
          {t["comparison.showAll"](ranked.length)}
        </button>
      )}
      {allSources && total > ranked.length && <p class="hint">{t["comparison.firstOf"](ranked.length, total)}</p>}
      <p class="hint">{t["comparison.hint"]}</p>
    </>
  );
}
