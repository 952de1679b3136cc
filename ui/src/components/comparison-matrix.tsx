/**
 * Outlets × claims: which source reports, contradicts or omits each of the story's most
 * supported claims. A reported cell links to the very words in that article.
 */
import { useState } from "preact/hooks";
import type { Story } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { spanHref } from "../router.js";
import { articleLabel, type ArticleIndex } from "./source-links.js";

const COLUMNS = 12;
const ROWS = 40;

export function ComparisonMatrix({ story, sentences, articles, lang }: { story: Story; sentences: Record<string, string>; articles: ArticleIndex; lang: string | undefined }) {
  const { t, date } = useI18n();
  const [allRows, setAllRows] = useState(false);
  const columns = [...story.claims]
    .sort((a, b) => b.supportedBy.length - a.supportedBy.length || a.id.localeCompare(b.id))
    .slice(0, COLUMNS);
  const rows = allRows ? story.sourceComparison : story.sourceComparison.slice(0, ROWS);
  return (
    <>
      <div class="table-scroll">
        <table class="matrix">
          <thead>
            <tr>
              <th scope="col">{t["comparison.source"]}</th>
              {columns.map((claim, index) => (
                <th scope="col" title={sentences[claim.id] ?? claim.statement}>
                  C{index + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <th scope="row">{articleLabel(articles, row.articleId)}</th>
                {columns.map((claim, index) => {
                  const span = claim.supportedBy.find((candidate) => candidate.articleId === row.articleId);
                  const against = claim.contradictedBy.find((candidate) => candidate.articleId === row.articleId);
                  if (span) {
                    return (
                      <td class="reports">
                        <a href={spanHref(span)} aria-label={t["comparison.reported"](`C${index + 1}`)}>
                          ✓
                        </a>
                      </td>
                    );
                  }
                  if (against) {
                    return (
                      <td class="contradicts" title={t["comparison.other"](against.slot, against.slot === "date" ? date(against.value) : against.value)}>
                        <a href={spanHref(against)} aria-label={t["comparison.contradicted"](`C${index + 1}`)}>
                          ≠
                        </a>
                      </td>
                    );
                  }
                  return (
                    <td class="omits" aria-label={t["comparison.omitted"](`C${index + 1}`)}>
                      ·
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {story.sourceComparison.length > ROWS && !allRows && (
        <button type="button" onClick={() => setAllRows(true)}>
          {t["comparison.showAll"](story.sourceComparison.length)}
        </button>
      )}
      <ol class="legend" lang={lang}>
        {columns.map((claim) => (
          <li>{sentences[claim.id] ?? claim.statement}</li>
        ))}
      </ol>
      <p class="hint">{t["comparison.hint"]}</p>
    </>
  );
}
