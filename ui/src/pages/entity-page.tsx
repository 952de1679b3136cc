/**
 * One corpus entity, as EMM's person pages show one: its name variants and type, the roles its
 * sources give it (each cited), the stories it is in, what it said, and who it appears with.
 * Built from the API's entity and story listings: the quotes come from the claims of its
 * largest stories, so a page of an entity in hundreds of stories stays a few requests.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { getJson, type Story, type StoryListing } from "../api.js";
import { SourceLinks } from "../components/source-links.js";
import { Status } from "../components/status.js";
import { useI18n } from "../i18n/i18n.js";
import type { Messages } from "../i18n/messages.js";
import { href, spanHref } from "../router.js";
import { useFetch } from "../use-fetch.js";
import type { EntityDetail } from "../api.js";

/** Stories whose claims are read for the entity's quotes: its largest ones. */
const QUOTE_STORIES = 5;

interface Quote {
  storyId: string;
  text: string;
  sources: Story["claims"][number]["supportedBy"];
}

export function EntityPage({ id }: { id: string }) {
  const { t, date } = useI18n();
  const entity = useFetch<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);
  const stories = useFetch<StoryListing>(`/api/stories?entity=${encodeURIComponent(id)}`);
  const quotes = useQuotes(id, stories.state === "ready" ? stories.data.stories.slice(0, QUOTE_STORIES).map((story) => story.id) : null);
  const coOccurring = useMemo(() => {
    if (stories.state !== "ready") return [];
    const counts = new Map<string, { id: string; name: string; stories: number }>();
    for (const story of stories.data.stories) {
      for (const other of story.entities) {
        if (other.id === id) continue;
        const held = counts.get(other.id) ?? { id: other.id, name: other.name, stories: 0 };
        held.stories += 1;
        counts.set(other.id, held);
      }
    }
    return [...counts.values()].sort((a, b) => b.stories - a.stories || a.name.localeCompare(b.name)).slice(0, 12);
  }, [stories, id]);
  useEffect(() => {
    if (entity.state !== "ready" || stories.state !== "ready") return;
    document.title = `${entity.data.name} — recoupe`;
    // What the browser tests and the page benchmark wait for: the entity and its stories are on screen.
    performance.mark("recoupe:entity-ready");
    document.body.dataset.ready = `entity:${id}`;
    return () => delete document.body.dataset.ready;
  }, [entity, stories, id]);
  // A quote's story named by its title, not "story".
  const storyTitles = new Map(stories.state === "ready" ? stories.data.stories.map((story) => [story.id, story.title] as const) : []);
  if (entity.state !== "ready") return <Status loaded={entity} />;
  const { name, type, roles, mentionCount, knowledgeBase } = entity.data;
  // One chip per form however it is capitalised ("Le ministre…" opening a sentence, "le ministre…" inside one).
  const aliases = [...new Map(entity.data.aliases.map((alias) => [alias.toLocaleLowerCase(), alias] as const)).values()];
  const articles = new Map(entity.data.citedArticles.map((meta) => [meta.id, meta]));
  return (
    <article class="entity" aria-labelledby="entity-name" key={id}>
      <h1 id="entity-name">{name}</h1>
      <p class="meta">
        {(t[`entity.type.${type}` as keyof Messages] as string | undefined) ?? type} · {t["entity.mentionsIn"](mentionCount, Object.keys(entity.data.articles).length)}
        {knowledgeBase.map((reference) => (
          <>
            {" · "}
            <a href={reference.url} rel="noreferrer">
              {t[`entity.reference.${reference.scheme}`](reference.id)}
            </a>
          </>
        ))}
      </p>
      <div class="grid">
        <section class="card" aria-labelledby="variants-heading">
          <h2 id="variants-heading">{t["entity.variants"]}</h2>
          {aliases.length === 0 ? <p>{t["entity.noVariant"]}</p> : <p>{aliases.map((alias) => <span class="chip">{alias}</span>)}</p>}
        </section>
        <section class="card" aria-labelledby="roles-heading">
          <h2 id="roles-heading">{t["entity.roles"]}</h2>
          {roles.length === 0 && <p>{t["entity.noRole"]}</p>}
          <ul>
            {roles.map((role) => (
              <li>
                {role.text} <SourceLinks spans={role.sources} articles={articles} limit={4} />
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section class="card" aria-labelledby="stories-heading">
        <h2 id="stories-heading">{t["entity.stories"]}</h2>
        {stories.state !== "ready" ? (
          <Status loaded={stories} />
        ) : (
          <ul class="article-list">
            {stories.data.stories.map((story) => (
              <li>
                <a href={href(["story", story.id])}>{story.title}</a> <span class="meta">{[t.articles(story.articles), story.published ? date(story.published.first) : null].filter(Boolean).join(" · ")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div class="grid">
        <section class="card" aria-labelledby="said-heading">
          <h2 id="said-heading">{t["entity.said"](name)}</h2>
          {quotes === null ? <p class="status" role="status">{t.loading}</p> : quotes.length === 0 ? <p>{t["quotes.none"]}</p> : null}
          {(quotes ?? []).map((quote) => (
            <figure>
              <blockquote>{quote.text}</blockquote>
              <figcaption>
                <a href={spanHref(quote.sources[0]!)}>{t["entity.source"]}</a> · <a href={href(["story", quote.storyId])}>{storyTitles.get(quote.storyId) ?? t["entity.story"]}</a>
              </figcaption>
            </figure>
          ))}
        </section>
        <section class="card" aria-labelledby="with-heading">
          <h2 id="with-heading">{t["entity.with"]}</h2>
          {coOccurring.length === 0 ? (
            <p>{t["entity.nobody"]}</p>
          ) : (
            <p>
              {coOccurring.map((other) => (
                <a class="chip" href={href(["entity", other.id])} title={t["entity.inStories"](other.stories)}>
                  {other.name}
                </a>
              ))}
            </p>
          )}
        </section>
      </div>
    </article>
  );
}

/** The entity's quotes in the given stories (null while loading). */
function useQuotes(entityId: string, storyIds: readonly string[] | null): Quote[] | null {
  const [quotes, setQuotes] = useState<{ key: string; quotes: Quote[] } | null>(null);
  const key = storyIds?.join(",") ?? null;
  useEffect(() => {
    if (storyIds === null || key === null) return;
    const controller = new AbortController();
    Promise.all(storyIds.map((storyId) => getJson<{ claims: Story["claims"] }>(`/api/stories/${encodeURIComponent(storyId)}/claims`, controller.signal).then(({ claims }) => ({ storyId, claims }))))
      .then((loaded) => {
        const found = loaded.flatMap(({ storyId, claims }) =>
          claims.filter((claim) => claim.kind === "quote" && claim.speaker === entityId).map((claim) => ({ storyId, text: claim.statement.replace(/^[^:]+:\s*/u, ""), sources: claim.supportedBy })),
        );
        setQuotes({ key, quotes: found });
      })
      .catch(() => !controller.signal.aborted && setQuotes({ key, quotes: [] }));
    return () => controller.abort();
  }, [key, entityId]);
  return quotes?.key === key ? quotes.quotes : null;
}
