/**
 * One story, in sections a reader can fold and reach from a table of contents: the key event,
 * the timeline (opened on the key event), coverage per day and outlet, who acts with whom,
 * quotes, the claims (filters kept in the address), headlines and wording per outlet, the
 * source comparison, the articles, and the export buttons.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { outletName } from "../components/source-links.js";
import { getJson, query, type Briefing, type StoryArticlesPage } from "../api.js";
import { ClaimsTable, claimFilterOf, type ClaimFilter } from "../components/claims-table.js";
import { ComparisonMatrix } from "../components/comparison-matrix.js";
import { CoverageChart } from "../components/coverage-chart.js";
import { useCurrentSection } from "../components/current-section.js";
import { EntityGraphView } from "../components/entity-graph.js";
import { EventCard } from "../components/event-card.js";
import { ExportBar } from "../components/export-bar.js";
import { OutletHeadlines, worded, WordingDifferences } from "../components/outlet-wording.js";
import { QuotesBySpeaker } from "../components/quotes-by-speaker.js";
import { RelatedStories } from "../components/related-stories.js";
import { Status } from "../components/status.js";
import { openSectionsForPrint, revealSection, StorySection } from "../components/story-section.js";
import { Timeline } from "../components/timeline.js";
import { useI18n } from "../i18n/i18n.js";
import type { Messages } from "../i18n/messages.js";
import { href } from "../router.js";
import { coverageOf } from "../story/coverage.js";
import { useFetch } from "../use-fetch.js";

/** Articles listed before "show all"; a 500-article story renders 20 at first. */
const ARTICLES_SHOWN = 20;
/** Articles asked per request when "show all" pages through a big story's (the server's page limit). */
const ARTICLES_PAGE = 500;
/** Entities shown as the story's cast, the most involved first. */
const INVOLVED = 12;

type SectionName = "event" | "timeline" | "coverage" | "graph" | "quotes" | "claims" | "headlines" | "comparison" | "articles" | "warnings";
const SECTIONS: readonly SectionName[] = ["event", "timeline", "coverage", "graph", "quotes", "claims", "headlines", "comparison", "articles"];
const SECTION_TITLES: Record<SectionName, keyof Messages> = {
  event: "story.keyEvent",
  timeline: "story.timeline",
  coverage: "story.coverage",
  graph: "story.graph",
  quotes: "story.quotes",
  claims: "story.claims",
  headlines: "story.headlines",
  comparison: "story.comparison",
  articles: "story.articles",
  warnings: "story.warnings",
};

export function StoryPage({ id, params }: { id: string; params: URLSearchParams }) {
  const { t, date, locale } = useI18n();
  const loaded = useFetch<Briefing>(`/api/stories/${encodeURIComponent(id)}/briefing`);
  const derived = useMemo(() => {
    if (loaded.state !== "ready") return null;
    const { story } = loaded.data;
    const all = [...loaded.data.articles, ...loaded.data.citedArticles];
    const articles = new Map(all.map((meta) => [meta.id, meta]));
    return {
      articles,
      // Counted by the server over every article: the briefing lists a big story's first articles only.
      outlets: loaded.data.totals.outlets,
      coverage: coverageOf(loaded.data.coverage.map((group) => ({ published: group.published, outlet: outletName(group, locale), count: group.count }))),
      sources: (claimId: string) => loaded.data.claimSources[claimId] ?? { supporting: 0, independent: 0, contradicting: 0 },
      supporting: (claimId: string) => loaded.data.claimSources[claimId]?.supporting ?? 0,
      worded: worded(story.claims),
    };
  }, [loaded, locale]);
  const section = params.get("section");
  useEffect(() => {
    if (loaded.state !== "ready") return;
    document.title = `${loaded.data.report.title} — recoupe`;
    // What the browser tests and the page benchmark wait for: the story is on screen.
    performance.mark("recoupe:story-ready");
    document.body.dataset.ready = `story:${id}`;
    return () => delete document.body.dataset.ready;
  }, [loaded, id]);
  useEffect(() => {
    if (loaded.state === "ready" && section) revealSection(section);
  }, [loaded, section]);
  useEffect(() => openSectionsForPrint(), []);
  const hasWarnings = loaded.state === "ready" && loaded.data.report.warnings.length > 0;
  const sections: SectionName[] = [...SECTIONS, ...(hasWarnings ? (["warnings"] as const) : [])];
  const current = useCurrentSection(sections, loaded.state === "ready");
  useEffect(() => {
    // On a phone the contents are one sideways-scrolling row: the current entry is scrolled into it.
    const link = document.querySelector<HTMLElement>('nav.toc a[aria-current="location"]');
    const row = link?.closest("ol");
    if (!link || !row) return;
    const [linkBox, rowBox] = [link.getBoundingClientRect(), row.getBoundingClientRect()];
    if (linkBox.left < rowBox.left || linkBox.right > rowBox.right) row.scrollLeft += linkBox.left - rowBox.left - 16;
  }, [current]);
  if (loaded.state !== "ready" || !derived) return <Status loaded={loaded} />;
  const { story, report, graph, names, sentences } = loaded.data;
  const lang = story.language ?? undefined;
  const filter = claimFilterOf(params);
  const linkTo = (extra: Record<string, string | undefined>) => href(["story", story.id], { ...Object.fromEntries(params), ...extra });
  const setFilter = (next: ClaimFilter) => (location.hash = linkTo({ show: next.show === "all" ? undefined : next.show, corroborated: next.corroborated ? "1" : undefined, section: undefined }));
  const titleOf = (name: SectionName) => t[SECTION_TITLES[name]] as string;
  return (
    <article class="story" aria-labelledby="story-title" key={story.id}>
      <h1 id="story-title" lang={lang}>
        {report.title}
      </h1>
      <p class="meta">
        {[t.articles(story.articleIds.length), ...(derived.outlets > 0 ? [t.outlets(derived.outlets)] : []), t.claims(story.claims.length), ...(story.nearDuplicates.length > 0 ? [t.nearDuplicates(story.nearDuplicates.length)] : [])].join(" · ")}
        {story.published && ` · ${[...new Set([story.published.first, story.published.last].map(date))].join(" – ")}`}
      </p>
      <RelatedStories ids={story.relatedStories} />
      {graph.nodes.length > 0 && (
        <nav class="involved" aria-label={t["story.involved"]}>
          {graph.nodes.filter((node) => names[node.id] !== undefined).slice(0, INVOLVED).map((node) => (
            <a class={`chip type-${node.type}`} href={href(["entity", node.id])}>
              {names[node.id] ?? node.id}
            </a>
          ))}
        </nav>
      )}
      <ExportBar briefing={loaded.data} outlets={derived.outlets} />
      <nav class="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading" class="toc-heading">
          {t["story.contents"]}
        </h2>
        <ol>
          {sections.map((name) => (
            <li>
              <a href={linkTo({ section: name })} onClick={() => revealSection(name)} aria-current={name === current ? "location" : undefined}>
                {titleOf(name)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div class="grid">
        <StorySection name="event" title={titleOf("event")} class="event-card">
          <EventCard report={report} articles={derived.articles} lang={lang} />
        </StorySection>
        <StorySection name="timeline" title={titleOf("timeline")} class="timeline">
          <Timeline story={story} sentences={report.timeline.map((entry) => entry.text)} keyClaim={report.keyEvent?.claim ?? null} articles={derived.articles} supporting={derived.supporting} lang={lang} />
        </StorySection>
      </div>
      <StorySection name="coverage" title={titleOf("coverage")} class="coverage">
        <CoverageChart coverage={derived.coverage} />
      </StorySection>
      {/* Each card as tall as its content: a long list of quotes does not leave the graph in an empty box. */}
      <div class="grid start">
        <StorySection name="graph" title={titleOf("graph")}>
          <EntityGraphView graph={graph} sentences={sentences} lang={lang} />
        </StorySection>
        <StorySection name="quotes" title={titleOf("quotes")}>
          <QuotesBySpeaker quotes={report.quotes} articles={derived.articles} lang={lang} />
        </StorySection>
      </div>
      <StorySection name="claims" title={titleOf("claims")} class="claims">
        <ClaimsTable story={story} storyTitle={report.title} sentences={sentences} articles={derived.articles} sources={derived.sources} names={names} filter={filter} onFilter={setFilter} lang={lang} />
      </StorySection>
      <StorySection name="headlines" title={titleOf("headlines")} class="outlet-wording">
        <OutletHeadlines articles={loaded.data.articles} outletOf={(meta) => outletName(meta, locale)} lang={lang} />
        {derived.worded.length > 0 && <WordingDifferences claims={derived.worded} sentences={sentences} articles={derived.articles} lang={lang} />}
      </StorySection>
      <StorySection name="comparison" title={titleOf("comparison")}>
        <ComparisonMatrix story={story} sentences={sentences} articles={derived.articles} supporting={derived.supporting} total={loaded.data.totals.sourceComparison} lang={lang} />
      </StorySection>
      <StorySection name="articles" title={titleOf("articles")}>
        <ArticleList storyId={story.id} articles={loaded.data.articles} total={loaded.data.totals.articles} lang={lang} />
      </StorySection>
      {report.warnings.length > 0 && (
        <StorySection name="warnings" title={titleOf("warnings")} class="warnings">
          <ul>
            {report.warnings.map((warning) => (
              <li>{warning.text}</li>
            ))}
          </ul>
        </StorySection>
      )}
    </article>
  );
}

/** The briefing's first articles; "show all" pages through the story's every article when the briefing holds only some. */
function ArticleList({ storyId, articles, total, lang }: { storyId: string; articles: Briefing["articles"]; total: number; lang: string | undefined }) {
  const { t, date, language, locale } = useI18n();
  const [all, setAll] = useState(false);
  const [everyArticle, setEveryArticle] = useState<Briefing["articles"] | null>(null);
  useEffect(() => {
    if (!all || total <= articles.length) return;
    const controller = new AbortController();
    void (async () => {
      const pages: Briefing["articles"] = [];
      while (pages.length < total) {
        const page = await getJson<StoryArticlesPage>(`/api/stories/${encodeURIComponent(storyId)}/articles${query({ offset: pages.length, limit: ARTICLES_PAGE })}`, controller.signal);
        if (page.articles.length === 0) break;
        pages.push(...page.articles);
      }
      setEveryArticle(pages);
    })().catch(() => controller.signal.aborted || setAll(false));
    return () => controller.abort();
  }, [all, storyId, total, articles.length]);
  const listed = all ? (everyArticle ?? articles) : articles.slice(0, ARTICLES_SHOWN);
  return (
    <>
      <ul class="article-list">
        {listed.map((meta) => (
          <li>
            <a href={href(["article", meta.id])} lang={meta.language ?? lang}>
              {meta.title ?? outletName(meta, locale)}
            </a>{" "}
            <span class="meta">{[outletName(meta, locale), meta.published ? date(meta.published) : null, meta.language ? language(meta.language) : null].filter(Boolean).join(" · ")}</span>
          </li>
        ))}
      </ul>
      {!all && total > ARTICLES_SHOWN && (
        <button type="button" onClick={() => setAll(true)}>
          {t["articles.showAll"](total)}
        </button>
      )}
    </>
  );
}
