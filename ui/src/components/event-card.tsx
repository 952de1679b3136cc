/** The key event at a glance: parties, date, place, what, and the story's main statements. */
import type { StoryReport } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { INFERRED_HINT } from "./timeline.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

/** The card's labels follow the interface's language; its facts are the report's, in the story's. */
export function EventCard({ report, articles, lang }: { report: Omit<StoryReport, "articles" | "comparison">; articles: ArticleIndex; lang: string | undefined }) {
  const { t } = useI18n();
  const key = report.keyEvent;
  return (
    <>
      {key ? (
        <dl class="facts">
          <dt>{t["event.what"]}</dt>
          <dd title={key.code} lang={lang}>
            {key.what}
          </dd>
          <dt>{t["event.who"]}</dt>
          <dd>{key.parties.join(", ") || t["event.unknown"]}</dd>
          <dt>{t["event.when"]}</dt>
          {/* An inferred date reads "≈ date", its evidence on hover. */}
          <dd lang={lang} title={key.dateInferredFrom ? t[INFERRED_HINT[key.dateInferredFrom]] : undefined}>
            {key.dateText ?? t["event.undated"]}
          </dd>
          <dt>{t["event.where"]}</dt>
          <dd>{key.place ?? t["event.unknown"]}</dd>
          <CitedFact label={t["event.kind"]} fact={key.instrument} articles={articles} />
          <CitedFact label={t["event.scope"]} fact={key.scope} articles={articles} />
          <dt>{t["event.sources"]}</dt>
          <dd>
            <SourceLinks spans={key.sources} articles={articles} />
          </dd>
        </dl>
      ) : (
        <p>{t["event.none"]}</p>
      )}
      {report.whatHappened.length > 0 && (
        <>
          <h3>{t["event.whatHappened"]}</h3>
          <ul class="cited" lang={lang}>
            {report.whatHappened.map((item) => (
              <li>
                {item.text} <SourceLinks spans={item.sources} articles={articles} limit={3} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** One line of the card with its sources, or nothing when the sources do not say. */
function CitedFact({ label, fact, articles }: { label: string; fact: { text: string; sources: Array<{ articleId: string; start: number; end: number }> } | null; articles: ArticleIndex }) {
  if (!fact) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {fact.text} <SourceLinks spans={fact.sources} articles={articles} limit={3} />
      </dd>
    </>
  );
}
