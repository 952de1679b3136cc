import { render } from "preact";
import { I18nProvider, LocaleSwitch, useI18n } from "./i18n/i18n.js";
import { ArticlePage } from "./pages/article-page.js";
import { AnalyzePage } from "./pages/analyze-page.js";
import { EntityPage } from "./pages/entity-page.js";
import { StoriesPage } from "./pages/stories-page.js";
import { StoryPage } from "./pages/story-page.js";
import { href, useRoute } from "./router.js";

function App() {
  const route = useRoute();
  const { t } = useI18n();
  const [page, id] = route.path;
  return (
    <>
      <header class="top">
        <a class="brand" href={href([])}>
          recoupe
        </a>
        <nav aria-label={t["nav.main"]}>
          <a href={href([])} aria-current={page === undefined ? "page" : undefined}>
            {t["nav.stories"]}
          </a>
          <a href={href(["analyze"])} aria-current={page === "analyze" ? "page" : undefined}>
            {t["nav.analyze"]}
          </a>
        </nav>
        <LocaleSwitch />
      </header>
      <main id="main">
        {page === "story" && id ? (
          <StoryPage id={id} params={route.params} />
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

render(
  <I18nProvider>
    <App />
  </I18nProvider>,
  document.getElementById("app")!,
);
