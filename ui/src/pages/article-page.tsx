/**
 * The article reader: the clean text with its annotations highlighted, the span a claim cites
 * marked and scrolled into view, the entities with their roles, and the raw input beside the
 * text on demand, with the same span found there through the provenance offset map.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { deserializeOffsetMap, toRawSpan } from "../../../src/core/offset-map.js";
import type { DossierArticle, StoryListing } from "../api.js";
import { Status } from "../components/status.js";
import { useI18n } from "../i18n/i18n.js";
import { MESSAGES, type Messages } from "../i18n/messages.js";
import { INFERRED_MARK } from "../../../src/deliver/inferred-date.js";
import { knownOnlyByFile, sourceName } from "../../../src/deliver/source-name.js";
import { articleMarks, LAYERS, type LayerName } from "../highlight/article-marks.js";
import { segment, within, type Mark } from "../highlight/segments.js";
import { bodyStart, headlineSpan } from "../../../src/extract/headline.js";
import { href } from "../router.js";
import { useFetch } from "../use-fetch.js";

interface Focus {
  start: number;
  end: number;
}

export function ArticlePage({ id, focus }: { id: string; focus: Focus | null }) {
  const { t, date, language, locale } = useI18n();
  // The way back: the story holding this article, however the reader came here.
  const story = useFetch<StoryListing>(`/api/stories?article=${encodeURIComponent(id)}`);
  const home = story.state === "ready" ? story.data.stories[0] : undefined;
  const [showRaw, setShowRaw] = useState(false);
  const [layers, setLayers] = useState<Set<LayerName>>(() => new Set(LAYERS));
  const [entity, setEntity] = useState<string | null>(null);
  const loaded = useFetch<DossierArticle>(`/api/articles/${encodeURIComponent(id)}`);
  const withRaw = useFetch<{ raw: string }>(showRaw ? `/api/articles/${encodeURIComponent(id)}?raw=1` : null);
  const raw = withRaw.state === "ready" ? withRaw.data.raw : undefined;
  const focusRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (loaded.state !== "ready") return;
    document.title = `${loaded.data.title ?? sourceName(loaded.data, MESSAGES[locale]["source.file"])} — recoupe`;
    focusRef.current?.scrollIntoView({ block: "center" });
    document.body.dataset.ready = `article:${id}`;
    return () => delete document.body.dataset.ready;
  }, [loaded, id, focus?.start, focus?.end]);

  const marks = useMemo(() => {
    if (loaded.state !== "ready") return [];
    const all = articleMarks(loaded.data, layers);
    if (focus) all.push({ ...focus, className: "focus", label: "the cited words" });
    return all;
  }, [loaded, layers, focus]);

  if (loaded.state !== "ready") return <Status loaded={loaded} />;
  const article = loaded.data;
  const source = sourceName(article, t["source.file"]);
  focusRef.current = null;
  // The headline opens the clean text (it is annotated like the body): it is shown, highlighted, as the heading, not twice.
  const runs = segment(article.text.length, marks);
  const headline = headlineSpan(article);
  const rawFocus = focus && raw !== undefined ? toRawSpan(deserializeOffsetMap(article.provenance.offsetMap), focus) : null;
  const toggle = (layer: LayerName) => setLayers((current) => {
    const next = new Set(current);
    if (!next.delete(layer)) next.add(layer);
    return next;
  });

  return (
    <article class="reader" aria-labelledby="article-title">
      {home && (
        <p class="back">
          <a href={href(["story", home.id])}>
            ← {t["article.backToStory"]}
            {home.title && (
              <>
                {" "}
                <span lang={home.languages[0]}>{home.title}</span>
              </>
            )}
          </a>
        </p>
      )}
      <h1 id="article-title" lang={article.language ?? undefined}>
        {headline
          ? within(runs, headline.start, headline.end).map((run) => <Run text={article.text.slice(run.start, run.end)} marks={run.marks} selectedEntity={entity} onEntity={setEntity} focusRef={focusRef} />)
          : (article.title ?? source)}
      </h1>
      {/* An inferred date (a URL's, a capture day's, a bare dateline's) reads "≈ date", its evidence on hover. */}
      <p class="meta" title={article.publishedSource?.inferred ? article.publishedSource.evidence : undefined}>
        {[article.title || !knownOnlyByFile(article) ? source : null, article.published ? `${article.publishedSource?.inferred ? INFERRED_MARK : ""}${date(article.published)}` : null, article.modified ? t["article.modified"](date(article.modified)) : null, article.authors.join(", "), article.language ? language(article.language) : null].filter(Boolean).join(" · ")}
        {safeUrl(article.url) && (
          <>
            {" · "}
            <a href={safeUrl(article.url)!} rel="noopener noreferrer nofollow" target="_blank">
              {t["article.original"]}
            </a>
          </>
        )}
      </p>
      <div class="toolbar" role="group" aria-label={t["article.highlights"]}>
        {LAYERS.map((layer) => (
          <label class={`layer layer-${layer}`}>
            <input type="checkbox" checked={layers.has(layer)} onChange={() => toggle(layer)} /> {t[`article.layer.${layer}`]}
          </label>
        ))}
        <label class="layer">
          <input type="checkbox" checked={showRaw} onChange={() => setShowRaw(!showRaw)} /> {t["article.raw"]}
        </label>
      </div>
      {article.warnings.length > 0 && (
        <ul class="warnings">
          {article.warnings.map((warning) => (
            <li>{warning.reason}</li>
          ))}
        </ul>
      )}
      <div class={showRaw ? "columns" : undefined}>
        <div class="clean-text" lang={article.language ?? undefined} data-testid="clean-text">
          {within(runs, bodyStart(article), article.text.length).map((run) => (
            <Run text={article.text.slice(run.start, run.end)} marks={run.marks} selectedEntity={entity} onEntity={setEntity} focusRef={focusRef} />
          ))}
        </div>
        {showRaw && (
          <pre class="raw-text" data-testid="raw-text" aria-label={t["article.rawLabel"]}>
            {raw === undefined ? (
              t.loading
            ) : rawFocus ? (
              <>
                {raw.slice(0, rawFocus.start)}
                <mark class="focus">{raw.slice(rawFocus.start, rawFocus.end)}</mark>
                {raw.slice(rawFocus.end)}
              </>
            ) : (
              raw
            )}
          </pre>
        )}
      </div>
      <EntityList article={article} selected={entity} onSelect={setEntity} />
    </article>
  );
}

function Run({ text, marks, selectedEntity, onEntity, focusRef }: { text: string; marks: Mark[]; selectedEntity: string | null; onEntity: (id: string | null) => void; focusRef: { current: HTMLElement | null } }) {
  if (marks.length === 0) return <>{text}</>;
  const entityId = marks.find((mark) => mark.entityId)?.entityId;
  const isFocus = marks.some((mark) => mark.className === "focus");
  const classes = [...marks.map((mark) => mark.className), entityId !== undefined && entityId === selectedEntity ? "selected" : ""].join(" ").trim();
  return (
    <mark
      class={classes}
      title={marks.map((mark) => mark.label).join(" · ")}
      ref={
        isFocus
          ? (element: HTMLElement | null) => {
              if (element && !focusRef.current) focusRef.current = element;
            }
          : undefined
      }
      onClick={entityId ? () => onEntity(entityId === selectedEntity ? null : entityId) : undefined}
    >
      {text}
    </mark>
  );
}

function EntityList({ article, selected, onSelect }: { article: DossierArticle; selected: string | null; onSelect: (id: string | null) => void }) {
  const { t } = useI18n();
  const names = new Map(article.entities.map((entity) => [entity.id, entity.name]));
  return (
    <section class="card" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t["article.entities"]}</h2>
      <ul class="entity-list">
        {article.entities.map((entity) => (
          <li>
            <button type="button" class={`chip type-${entity.type}`} aria-pressed={entity.id === selected} onClick={() => onSelect(entity.id === selected ? null : entity.id)}>
              {entity.name}
            </button>{" "}
            <span class="meta">
              {t[`entity.type.${entity.type}` as keyof Messages] as string} · {t.mentions(entity.mentions.length)}
              {entity.roles.map((role) => ` · ${role.text}${role.affiliation ? ` (${names.get(role.affiliation) ?? role.affiliation})` : ""}`).join("")}
            </span>{" "}
            <a href={href([], { entity: entity.name })}>{t["article.stories"]}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Only web addresses become links: a "javascript:" or "data:" URL in a feed is shown as nothing. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
