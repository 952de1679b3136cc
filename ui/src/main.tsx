import { render } from "preact";
import { ArticlePage } from "./pages/article-page.js";
import { AnalyzePage } from "./pages/analyze-page.js";
import { EntityPage } from "./pages/entity-page.js";
import { StoriesPage } from "./pages/stories-page.js";
import { StoryPage } from "./pages/story-page.js";
import { href, useRoute } from "./router.js";

function App() {
  const route = useRoute();
  const [page, id] = route.path;
  return (
    <>
      <header class="top">
        <a class="brand" href={href([])}>
          recoupe
        </a>
        <nav aria-label="Main">
          <a href={href([])} aria-current={page === undefined ? "page" : undefined}>
            Stories
          </a>
          <a href={href(["analyze"])} aria-current={page === "analyze" ? "page" : undefined}>
            Analyze
          </a>
        </nav>
      </header>
      <main id="main">
        {page === "story" && id ? (
          <StoryPage id={id} />
        ) : page === "article" && id ? (
          <ArticlePage id={id} focus={focusOf(route.params)} />
        ) : page === "entity" && id ? (
          <EntityPage id={id} />
        ) : page === "analyze" ? (
          <AnalyzePage />
        ) : (
          <StoriesPage params={route.params} />
        )}
      </main>
    </>
  );
}

function focusOf(params: URLSearchParams): { start: number; end: number } | null {
  const start = Number(params.get("start"));
  const end = Number(params.get("end"));
  return params.has("start") && Number.isInteger(start) && Number.isInteger(end) && end > start ? { start, end } : null;
}

render(<App />, document.getElementById("app")!);
