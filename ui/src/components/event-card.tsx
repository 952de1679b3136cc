/** The key event at a glance: parties, date, place, what, and the story's main statements. */
import type { StoryReport } from "../api.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

export function EventCard({ report, articles }: { report: Omit<StoryReport, "articles">; articles: ArticleIndex }) {
  const key = report.keyEvent;
  return (
    <section class="card event-card" aria-labelledby="event-heading">
      <h2 id="event-heading">Key event</h2>
      {key ? (
        <dl class="facts">
          <dt>What</dt>
          <dd title={key.code}>{key.what}</dd>
          <dt>Who</dt>
          <dd>{key.parties.join(", ") || "unknown"}</dd>
          <dt>When</dt>
          <dd>{key.dateText ?? "undated"}</dd>
          <dt>Where</dt>
          <dd>{key.place ?? "unknown"}</dd>
          <CitedFact label="Kind" fact={key.instrument} articles={articles} />
          <CitedFact label="Scope" fact={key.scope} articles={articles} />
          <dt>Sources</dt>
          <dd>
            <SourceLinks spans={key.sources} articles={articles} />
          </dd>
        </dl>
      ) : (
        <p>No event was coded in this story.</p>
      )}
      {report.whatHappened.length > 0 && (
        <>
          <h3>What happened</h3>
          <ul class="cited">
            {report.whatHappened.map((item) => (
              <li>
                {item.text} <SourceLinks spans={item.sources} articles={articles} limit={3} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
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
