/** One story: event card, timeline, who acts with whom, quotes, claims and the source comparison. */
import { useEffect, useMemo } from "preact/hooks";
import { sourceLabel } from "../../../src/core/source-label.js";
import type { Briefing } from "../api.js";
import { ClaimsTable } from "../components/claims-table.js";
import { ComparisonMatrix } from "../components/comparison-matrix.js";
import { EntityGraphView } from "../components/entity-graph.js";
import { EventCard } from "../components/event-card.js";
import { QuotesBySpeaker } from "../components/quotes-by-speaker.js";
import { Status } from "../components/status.js";
import { Timeline } from "../components/timeline.js";
import { href } from "../router.js";
import { useFetch } from "../use-fetch.js";

/** Entities shown as the story's cast, the most involved first. */
const INVOLVED = 12;

export function StoryPage({ id }: { id: string }) {
  const loaded = useFetch<Briefing>(`/api/stories/${encodeURIComponent(id)}/briefing`);
  const articles = useMemo(() => new Map(loaded.state === "ready" ? [...loaded.data.articles, ...loaded.data.citedArticles].map((meta) => [meta.id, meta]) : []), [loaded]);
  useEffect(() => {
    if (loaded.state !== "ready") return;
    document.title = `${loaded.data.report.title} — recoupe`;
    // What the browser tests and the page benchmark wait for: the story is on screen.
    performance.mark("recoupe:story-ready");
    document.body.dataset.ready = `story:${id}`;
    return () => delete document.body.dataset.ready;
  }, [loaded, id]);
  if (loaded.state !== "ready") return <Status loaded={loaded} />;
  const { story, report, graph, names, sentences } = loaded.data;
  const outlets = new Set(loaded.data.articles.map(sourceLabel));
  return (
    <article class="story" aria-labelledby="story-title" key={story.id}>
      <h1 id="story-title">{report.title}</h1>
      <p class="meta">
        {story.articleIds.length} articles · {outlets.size} outlets · {story.claims.length} claims
        {story.nearDuplicates.length > 0 && ` · ${story.nearDuplicates.length} near-duplicate pairs`}
      </p>
      {story.relatedStories.length > 0 && (
        <p class="related">
          Related:{" "}
          {story.relatedStories.map((related) => (
            <>
              <a href={href(["story", related])}>{related}</a>{" "}
            </>
          ))}
        </p>
      )}
      {graph.nodes.length > 0 && (
        <nav class="involved" aria-label="Who is involved">
          {graph.nodes.filter((node) => names[node.id] !== undefined).slice(0, INVOLVED).map((node) => (
            <a class="chip" href={href(["entity", node.id])}>
              {names[node.id] ?? node.id}
            </a>
          ))}
        </nav>
      )}
      <div class="grid">
        <EventCard report={report} articles={articles} />
        <Timeline story={story} sentences={report.timeline.map((entry) => entry.text)} articles={articles} />
        <EntityGraphView graph={graph} sentences={sentences} />
        <QuotesBySpeaker quotes={report.quotes} articles={articles} />
      </div>
      <ClaimsTable story={story} sentences={sentences} articles={articles} names={names} />
      <ComparisonMatrix story={story} sentences={sentences} articles={articles} />
      <section class="card" aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles</h2>
        <ul class="article-list">
          {loaded.data.articles.map((meta) => (
            <li>
              <a href={href(["article", meta.id])}>{meta.title ?? sourceLabel(meta)}</a> <span class="meta">{[sourceLabel(meta), meta.published?.slice(0, 10), meta.language].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ul>
      </section>
      {report.warnings.length > 0 && (
        <section class="card warnings" aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">Warnings</h2>
          <ul>
            {report.warnings.map((warning) => (
              <li>{warning.text}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
