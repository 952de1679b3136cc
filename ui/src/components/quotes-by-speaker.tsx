/** Key quotes grouped by who said them, each with its sources. */
import type { StoryReport } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

export function QuotesBySpeaker({ quotes, articles, lang }: { quotes: StoryReport["quotes"]; articles: ArticleIndex; lang: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      {quotes.length === 0 && <p>{t["quotes.none"]}</p>}
      {quotes.map((group) => (
        <div class="speaker">
          <h3>{group.speaker}</h3>
          {group.quotes.map((quote) => (
            <figure>
              <blockquote lang={lang}>{quote.text}</blockquote>
              <figcaption>
                <SourceLinks spans={quote.sources} articles={articles} limit={4} />
              </figcaption>
            </figure>
          ))}
        </div>
      ))}
    </>
  );
}
