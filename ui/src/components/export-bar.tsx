/**
 * Take the story away: download it as Markdown, HTML, JSON or its events as CSV (the server's
 * export endpoint, the same files as the CLI writes), copy a citation of it, or print it.
 */
import { useRef, useState } from "preact/hooks";
import type { Briefing } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { href } from "../router.js";

const FORMATS = [
  ["md", "export.markdown"],
  ["html", "export.html"],
  ["json", "export.json"],
  ["csv", "export.csv"],
] as const;

export function ExportBar({ briefing, outlets }: { briefing: Briefing; outlets: number }) {
  const { t, date } = useI18n();
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const fallback = useRef<HTMLTextAreaElement>(null);
  const { story, report } = briefing;
  const dates = story.published ? [story.published.first, story.published.last].map(date).filter((value, index, all) => all.indexOf(value) === index).join(" – ") : "";
  const citation = t["citation.text"](report.title, story.articleIds.length, outlets, dates, `${location.origin}/${href(["story", story.id])}`);

  async function copy() {
    try {
      await navigator.clipboard.writeText(citation);
      setCopied("yes");
    } catch {
      // No clipboard (an insecure origin, a refused permission): the citation is shown selected instead.
      setCopied("failed");
      queueMicrotask(() => fallback.current?.select());
    }
  }

  return (
    <div class="export-bar" role="group" aria-labelledby="export-label">
      <span id="export-label">{t["export.download"]}</span>{" "}
      {FORMATS.map(([format, label]) => (
        <a class="button secondary" href={`/api/stories/${encodeURIComponent(story.id)}/export?format=${format}`} download={`recoupe-${story.id}${format === "csv" ? "-events" : ""}.${format}`}>
          {t[label]}
        </a>
      ))}
      <button type="button" class="secondary" onClick={() => void copy()}>
        {t["export.copy"]}
      </button>
      <button type="button" class="secondary" onClick={() => print()}>
        {t["export.print"]}
      </button>
      <span class="meta" role="status">
        {copied === "yes" ? t["export.copied"] : copied === "failed" ? t["export.copyFailed"] : ""}
      </span>
      {copied === "failed" && <textarea ref={fallback} class="citation" readOnly rows={3} aria-label={t["export.copy"]} value={citation} />}
    </div>
  );
}
