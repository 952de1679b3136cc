/**
 * How each outlet put it: the headlines side by side, one row per outlet, then the claims the
 * sources word differently ("protocole d'accord" / "accord-cadre", a quote's two renderings),
 * each wording with the outlets that use it. The words stay in the articles' language.
 */
import type { ArticleMeta, Story } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { href } from "../router.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

export function OutletHeadlines({ articles, outletOf, lang }: { articles: readonly ArticleMeta[]; outletOf: (meta: ArticleMeta) => string; lang: string | undefined }) {
  const { t, date } = useI18n();
  const rows = [...articles].sort((a, b) => outletOf(a).localeCompare(outletOf(b)) || (a.published ?? "").localeCompare(b.published ?? ""));
  return (
    <div class="table-scroll">
      <table class="headlines">
        <thead>
          <tr>
            <th scope="col">{t["headlines.outlet"]}</th>
            <th scope="col">{t["headlines.headline"]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((meta) => (
            <tr>
              <th scope="row">
                {outletOf(meta)}
                {meta.published && <span class="meta"> · {date(meta.published)}</span>}
              </th>
              <td lang={meta.language ?? lang}>
                <a href={href(["article", meta.id])}>{meta.title ?? t["headlines.untitled"]}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Claims with more than one wording: the first listed is the most reported. */
export function worded(claims: readonly Story["claims"][number][]): Story["claims"][number][] {
  return claims.filter((claim) => claim.kind !== "event" && new Set((claim.variants ?? []).map((variant) => variant.text.toLocaleLowerCase())).size > 1);
}

export function WordingDifferences({ claims, sentences, articles, lang }: { claims: readonly Story["claims"][number][]; sentences: Record<string, string>; articles: ArticleIndex; lang: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t["wording.heading"]}</h3>
      <p class="hint">{t["wording.hint"]}</p>
      <ul class="wordings-list">
        {claims.map((claim) => (
          <li>
            <span lang={lang}>{sentences[claim.id] ?? claim.statement}</span>
            <ul>
              {claim.variants!.map((variant) => (
                <li>
                  <q lang={lang}>{variant.text}</q> <SourceLinks spans={variant.sources} articles={articles} limit={6} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
