/** The stories list: search words and filters (entity, outlet, language, dates) kept in the address. */
import { useEffect } from "preact/hooks";
import { query, type StoryListing } from "../api.js";
import { Status } from "../components/status.js";
import { href } from "../router.js";
import { useFetch } from "../use-fetch.js";

const FILTERS = ["q", "entity", "outlet", "language", "from", "to"] as const;

export function StoriesPage({ params }: { params: URLSearchParams }) {
  const filters = Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? undefined]));
  const loaded = useFetch<StoryListing>(`/api/stories${query(filters)}`);
  const facets = loaded.state === "ready" ? loaded.data.facets : { outlets: [], languages: [] };
  useEffect(() => {
    if (loaded.state !== "ready") return;
    // What the browser tests wait for: this listing (its filters) is on screen.
    document.body.dataset.ready = `stories:${params.toString()}`;
    return () => delete document.body.dataset.ready;
  }, [loaded, params]);

  function apply(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    location.hash = href([], Object.fromEntries(FILTERS.map((key) => [key, String(form.get(key) ?? "").trim() || undefined])));
  }

  return (
    <section aria-labelledby="stories-heading">
      <h1 id="stories-heading">Stories</h1>
      <form class="filters" role="search" onSubmit={apply} key={params.toString()}>
        <label class="wide">
          Words <input name="q" type="search" defaultValue={filters.q} placeholder="words in the articles" />
        </label>
        <label>
          Entity <input name="entity" defaultValue={filters.entity} placeholder="a person, place, organisation" />
        </label>
        <label>
          Outlet
          <select name="outlet" defaultValue={filters.outlet ?? ""}>
            <option value="">any</option>
            {facets.outlets.map((outlet) => (
              <option value={outlet} selected={outlet === filters.outlet}>
                {outlet}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language
          <select name="language" defaultValue={filters.language ?? ""}>
            <option value="">any</option>
            {facets.languages.map((language) => (
              <option value={language} selected={language === filters.language}>
                {language}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input name="from" type="date" defaultValue={filters.from} />
        </label>
        <label>
          To <input name="to" type="date" defaultValue={filters.to} />
        </label>
        <button type="submit">Filter</button>
        {Object.values(filters).some(Boolean) && <a href={href([])}>Clear</a>}
      </form>
      <Status loaded={loaded} />
      {loaded.state === "ready" && (
        <>
          <p class="count" aria-live="polite">
            {loaded.data.stories.length} {loaded.data.stories.length === 1 ? "story" : "stories"}
          </p>
          <ol class="story-list">
            {loaded.data.stories.map((story) => (
              <li class="story-card" data-story={story.id}>
                <h2>
                  <a href={href(["story", story.id])}>{story.title ?? story.id}</a>
                </h2>
                <p class="meta">
                  {story.articles} {story.articles === 1 ? "article" : "articles"} · {story.outlets.length} {story.outlets.length === 1 ? "outlet" : "outlets"}
                  {story.published && ` · published ${dateRange(story.published)}`}
                  {story.events && ` · events ${dateRange(story.events)}`}
                  {story.languages.length > 0 && ` · ${story.languages.join(", ")}`}
                </p>
                <p class="chips">
                  {story.entities.map((entity) => (
                    <a class={`chip type-${entity.type}`} href={href([], { entity: entity.name })} title={`Stories mentioning ${entity.name}`}>
                      {entity.name}
                    </a>
                  ))}
                </p>
                <p class="outlets">{story.outlets.join(" · ")}</p>
              </li>
            ))}
          </ol>
          {loaded.data.stories.length === 0 && <p>No story matches. Analyze articles first, or loosen the filters.</p>}
        </>
      )}
    </section>
  );
}

function dateRange({ first, last }: { first: string; last: string }): string {
  return first.slice(0, 10) === last.slice(0, 10) ? first.slice(0, 10) : `${first.slice(0, 10)} – ${last.slice(0, 10)}`;
}
