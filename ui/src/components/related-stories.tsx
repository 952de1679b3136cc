/** Related stories by title (their ids until the titles arrive): a handful of small requests, made once the story is shown. */
import { useEffect, useState } from "preact/hooks";
import { getJson, type Story } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { href } from "../router.js";

export function RelatedStories({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  const [titles, setTitles] = useState<Record<string, string>>({});
  const key = ids.join(",");
  useEffect(() => {
    const controller = new AbortController();
    for (const id of ids) {
      getJson<Story>(`/api/stories/${encodeURIComponent(id)}`, controller.signal).then(
        (story) => story.title && setTitles((known) => ({ ...known, [id]: story.title! })),
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
          <a href={href(["story", id])}>{titles[id] ?? id}</a>
        </>
      ))}
    </p>
  );
}
