/**
 * Related stories by title (their ids until the titles arrive): a handful of small requests made
 * once the story is shown, each through the listing of the story holding its first article, which
 * carries the title the stories list shows.
 */
import { useEffect, useState } from "preact/hooks";
import { getJson, type StoryListing } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { href } from "../router.js";

export function RelatedStories({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  const [titles, setTitles] = useState<Record<string, { title: string; lang: string | undefined }>>({});
  const key = ids.join(",");
  useEffect(() => {
    const controller = new AbortController();
    for (const id of ids) {
      storyTitle(id, controller.signal).then(
        (found) => found?.title && setTitles((known) => ({ ...known, [id]: { title: found.title!, lang: found.lang } })),
        () => undefined, // the id stays as the link's text
      );
    }
    return () => controller.abort();
  }, [key]);
  if (ids.length === 0) return null;
  return (
    <p class="related">
      {t["story.related"]}{" "}
      {ids.map((id, index) => (
        <>
          {index > 0 && " · "}
          <a href={href(["story", id])} lang={titles[id]?.lang}>
            {titles[id]?.title ?? id}
          </a>
        </>
      ))}
    </p>
  );
}

/** The title the stories list gives a story (its own, else its articles' or its news in words). */
async function storyTitle(storyId: string, signal: AbortSignal): Promise<{ title: string | null; lang: string | undefined } | null> {
  const { articleIds } = await getJson<{ articleIds: string[] }>(`/api/stories/${encodeURIComponent(storyId)}`, signal);
  if (!articleIds[0]) return null;
  const { stories } = await getJson<StoryListing>(`/api/stories?article=${encodeURIComponent(articleIds[0])}`, signal);
  return stories[0] ? { title: stories[0].title, lang: stories[0].languages[0] } : null;
}
