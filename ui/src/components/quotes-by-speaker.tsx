/** Key quotes grouped by who said them, each with its sources. */
import type { StoryReport } from "../api.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

export function QuotesBySpeaker({ quotes, articles }: { quotes: StoryReport["quotes"]; articles: ArticleIndex }) {
  return (
    <section class="card" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Quotes by speaker</h2>
      {quotes.length === 0 && <p>No attributed quote.</p>}
      {quotes.map((group) => (
        <div class="speaker">
          <h3>{group.speaker}</h3>
          {group.quotes.map((quote) => (
            <figure>
              <blockquote>{quote.text}</blockquote>
              <figcaption>
                <SourceLinks spans={quote.sources} articles={articles} limit={4} />
              </figcaption>
            </figure>
          ))}
        </div>
      ))}
    </section>
  );
}
