/**
 * The stories list: search words and filters (entity, outlet, language, dates) kept in the
 * address. The server filters and pages it, and computes the filter menus: at 100,000 articles
 * the whole listing is megabytes, so the page asks for the largest stories first and the next
 * ones on demand.
 */
import { useEffect, useState } from "preact/hooks";
import { getJson, query, type StoryListing, type StorySummary } from "../api.js";
import { Status } from "../components/status.js";
import { useI18n } from "../i18n/i18n.js";
import { href } from "../router.js";
import { useFetch } from "../use-fetch.js";

const FILTERS = ["q", "entity", "outlet", "language", "from", "to"] as const;
/** Stories per request: a screenful or two of cards. */
const STORIES_PAGE = 50;

export function StoriesPage({ params }: { params: URLSearchParams }) {
  const { t, date, language: languageName } = useI18n();
  const filters = Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? undefined]));
  const loaded = useFetch<StoryListing>(`/api/stories${query({ ...filters, limit: STORIES_PAGE })}`);
  // The pages after the first, kept for the filters they were asked with.
  const listing = query(filters);
  const [later, setLater] = useState<{ listing: string; stories: StorySummary[]; loading: boolean; error: string | null }>({ listing, stories: [], loading: false, error: null });
  const more = later.listing === listing ? later : { listing, stories: [], loading: false, error: null };
  const stories = loaded.state === "ready" ? [...loaded.data.stories, ...more.stories] : [];
  async function showMore() {
    setLater({ ...more, loading: true, error: null });
    try {
      const page = await getJson<StoryListing>(`/api/stories${query({ ...filters, limit: STORIES_PAGE, offset: stories.length })}`);
      setLater((current) => (current.listing === listing ? { ...current, stories: [...more.stories, ...page.stories], loading: false } : current));
    } catch (error) {
      setLater((current) => (current.listing === listing ? { ...current, loading: false, error: error instanceof Error ? error.message : String(error) } : current));
    }
  }
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
      <h1 id="stories-heading">{t["stories.heading"]}</h1>
      <form class="filters" role="search" onSubmit={apply} key={params.toString()}>
        <label class="wide">
          {t["stories.words"]} <input name="q" type="search" defaultValue={filters.q} placeholder={t["stories.wordsPlaceholder"]} />
        </label>
        <label>
          {t["stories.entity"]} <input name="entity" defaultValue={filters.entity} placeholder={t["stories.entityPlaceholder"]} />
        </label>
        <label>
          {t["stories.outlet"]}
          <select name="outlet" defaultValue={filters.outlet ?? ""}>
            <option value="">{t["stories.any"]}</option>
            {facets.outlets.map((outlet) => (
              <option value={outlet} selected={outlet === filters.outlet}>
                {outlet}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t["stories.language"]}
          <select name="language" defaultValue={filters.language ?? ""}>
            <option value="">{t["stories.any"]}</option>
            {facets.languages.map((language) => (
              <option value={language} selected={language === filters.language}>
                {languageName(language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t["stories.from"]} <input name="from" type="date" defaultValue={filters.from} />
        </label>
        <label>
          {t["stories.to"]} <input name="to" type="date" defaultValue={filters.to} />
        </label>
        <button type="submit">{t["stories.filter"]}</button>
        {Object.values(filters).some(Boolean) && <a href={href([])}>{t["stories.clear"]}</a>}
      </form>
      <Status loaded={loaded} />
      {loaded.state === "ready" && (
        <>
          <p class="count" aria-live="polite">
            {t["stories.count"](loaded.data.total)}
          </p>
          <ol class="story-list">
            {stories.map((story) => (
              <li class="story-card" data-story={story.id}>
                <h2>
                  <a href={href(["story", story.id])} lang={story.languages[0]}>
                    {story.title ?? story.id}
                  </a>
                </h2>
                <p class="meta">
                  {t.articles(story.articles)}
                  {story.outlets.length > 0 && ` · ${t.outlets(story.outlets.length)}`}
                  {story.published && ` · ${t["stories.published"](dateRange(story.published, date))}`}
                  {story.events && ` · ${t["stories.events"](dateRange(story.events, date))}`}
                  {story.languages.length > 0 && ` · ${story.languages.map(languageName).join(", ")}`}
                </p>
                <p class="chips">
                  {story.entities.map((entity) => (
                    <a class={`chip type-${entity.type}`} href={href([], { entity: entity.name })} title={t["stories.mentioning"](entity.name)}>
                      {entity.name}
                    </a>
                  ))}
                </p>
                <p class="outlets">{[...story.outlets, ...story.files.map(t["source.file"])].join(" · ")}</p>
              </li>
            ))}
          </ol>
          {stories.length < loaded.data.total && (
            <button type="button" class="secondary" onClick={() => void showMore()} disabled={more.loading}>
              {t["stories.more"](stories.length, loaded.data.total)}
            </button>
          )}
          {more.error && <p role="alert">{more.error}</p>}
          {stories.length === 0 && <p>{t["stories.none"]}</p>}
        </>
      )}
    </section>
  );
}

function dateRange({ first, last }: { first: string; last: string }, date: (value: string) => string): string {
  const [from, to] = [date(first), date(last)];
  return from === to ? from : `${from} – ${to}`;
}
