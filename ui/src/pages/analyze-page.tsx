/**
 * Drop files or paste text to analyze: files go up one at a time (progress is files done), each
 * result listed with its error if any, then the reader lands on the story of the last new
 * article — at once when every file went through, by a link under the errors otherwise.
 */
import { useState } from "preact/hooks";
import { getJson, ingestFile, type IngestResult, type StoryListing } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { href } from "../router.js";

export function AnalyzePage() {
  const { t } = useI18n();
  const [results, setResults] = useState<IngestResult[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const [landing, setLanding] = useState<string | null>(null);

  async function analyze(files: File[]) {
    if (files.length === 0 || progress) return;
    setResults([]);
    setLanding(null);
    setProgress({ done: 0, total: files.length });
    const all: IngestResult[] = [];
    for (const [index, file] of files.entries()) {
      all.push(...(await ingestFile(file)));
      setResults([...all]);
      setProgress({ done: index + 1, total: files.length });
    }
    setProgress(null);
    const landed = [...all].reverse().find((result) => result.ok && result.id);
    if (!landed?.id) return;
    const { stories } = await getJson<StoryListing>(`/api/stories?article=${encodeURIComponent(landed.id)}`);
    if (!stories[0]) return;
    if (all.every((result) => result.ok)) location.hash = href(["story", stories[0].id]);
    else setLanding(stories[0].id);
  }

  return (
    <section aria-labelledby="analyze-heading">
      <h1 id="analyze-heading">{t["analyze.heading"]}</h1>
      <div
        class={`drop-zone${dragging ? " dragging" : ""}`}
        onDragOver={(event) => (event.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void analyze([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <p>{t["analyze.drop"]}</p>
        <label class="button">
          {t["analyze.choose"]}
          <input type="file" multiple class="visually-hidden" onChange={(event) => void analyze([...((event.currentTarget as HTMLInputElement).files ?? [])])} />
        </label>
      </div>
      <form
        class="paste"
        onSubmit={(event) => {
          event.preventDefault();
          if (pasted.trim()) void analyze([new File([pasted], "pasted.txt", { type: "text/plain" })]);
        }}
      >
        <label for="pasted">{t["analyze.paste"]}</label>
        <textarea id="pasted" rows={8} value={pasted} onInput={(event) => setPasted((event.currentTarget as HTMLTextAreaElement).value)} />
        <button type="submit" disabled={!pasted.trim() || progress !== null}>
          {t["analyze.submit"]}
        </button>
      </form>
      {progress && (
        <p role="status">
          <progress max={progress.total} value={progress.done} /> {t["analyze.progress"](progress.done, progress.total)}
        </p>
      )}
      {results.length > 0 && (
        <ul class="results" aria-live="polite">
          {results.map((result) => (
            <li class={result.ok ? "ok" : "error"}>
              {result.file}:{" "}
              {result.ok && result.id ? (
                <>
                  {result.created ? t["analyze.analyzed"] : t["analyze.already"]} — <a href={href(["article", result.id])}>{result.title ?? result.id}</a>
                </>
              ) : (
                result.error
              )}
            </li>
          ))}
        </ul>
      )}
      {landing && (
        <p>
          <a class="button" href={href(["story", landing])}>
            {t["analyze.open"]}
          </a>
        </p>
      )}
    </section>
  );
}
