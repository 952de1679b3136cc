/**
 * Take the story away: download it as Markdown, HTML, JSON or its events as CSV (the server's
 * export endpoint, the same files as the CLI writes), copy a citation of it, or print it.
 */
import type { Briefing } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { href } from "../router.js";
import { CopyButton } from "./copy-button.js";

const FORMATS = [
  ["md", "export.markdown"],
  ["html", "export.html"],
  ["json", "export.json"],
  ["csv", "export.csv"],
] as const;

export function ExportBar({ briefing, outlets }: { briefing: Briefing; outlets: number }) {
  const { t, date } = useI18n();
  const { story, report } = briefing;
  const dates = story.published ? [story.published.first, story.published.last].map(date).filter((value, index, all) => all.indexOf(value) === index).join(" – ") : "";
  const citation = () => t["citation.text"](report.title, story.articleIds.length, outlets, dates, `${location.origin}/${href(["story", story.id])}`);
  return (
    <div class="export-bar" role="group" aria-labelledby="export-label">
      <span id="export-label">{t["export.download"]}</span>
      {FORMATS.map(([format, label]) => (
        <a class="button secondary" href={`/api/stories/${encodeURIComponent(story.id)}/export?format=${format}`} download={`recoupe-${story.id}${format === "csv" ? "-events" : ""}.${format}`}>
          {t[label]}
        </a>
      ))}
      <CopyButton text={citation} label={t["export.copy"]} />
      <button type="button" class="secondary" onClick={() => print()}>
        {t["export.print"]}
      </button>
    </div>
  );
}
