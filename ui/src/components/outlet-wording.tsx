/**
 * How each outlet put it: the headlines side by side, one row per outlet, then the claims the
 * sources word differently ("protocole d'accord" / "accord-cadre", a quote's two renderings),
 * each wording with the outlets that use it. The words stay in the articles' language.
 */
import { useState } from "preact/hooks";
import type { ArticleMeta, Story } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { href } from "../router.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

const HEADLINES_PER_OUTLET = 3;
/** Outlets listed before "show all": a big story has hundreds of articles, but a reader compares a dozen outlets at a glance. */
const OUTLETS_SHOWN = 12;

/** One row per outlet: its headlines, earliest first, the first few shown. */
export function OutletHeadlines({ articles, outletOf, lang }: { articles: readonly ArticleMeta[]; outletOf: (meta: ArticleMeta) => string; lang: string | undefined }) {
  const { t, date } = useI18n();
  const [all, setAll] = useState(false);
  const byOutlet = new Map<string, ArticleMeta[]>();
  for (const meta of [...articles].sort((a, b) => (a.published ?? "").localeCompare(b.published ?? ""))) {
    const outlet = outletOf(meta);
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), meta]);
  }
  const rows = [...byOutlet].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return (
    <>
      <div class="table-scroll">
        <table class="headlines">
          <thead>
            <tr>
              <th scope="col">{t["headlines.outlet"]}</th>
              <th scope="col">{t["headlines.headline"]}</th>
            </tr>
          </thead>
          <tbody>
            {(all ? rows : rows.slice(0, OUTLETS_SHOWN)).map(([outlet, metas]) => (
              <tr>
                <th scope="row">{outlet}</th>
                <td>
                  <ul class="headline-list">
                    {metas.slice(0, HEADLINES_PER_OUTLET).map((meta) => (
                      <li>
                        <a href={href(["article", meta.id])} lang={meta.language ?? lang}>
                          {meta.title ?? t["headlines.untitled"]}
                        </a>
                        {meta.published && <span class="meta"> · {date(meta.published)}</span>}
                      </li>
                    ))}
                  </ul>
                  {metas.length > HEADLINES_PER_OUTLET && <span class="meta">{t["headlines.more"](metas.length - HEADLINES_PER_OUTLET)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!all && rows.length > OUTLETS_SHOWN && (
        <button type="button" onClick={() => setAll(true)}>
          {t["headlines.showAll"](rows.length)}
        </button>
      )}
    </>
  );
}

/**
 * Claims the sources word differently: a quote's renderings, an agreement's kind, a "first", a
 * state named by its capital. A scope's or a story's systems' values are different things, not
 * different words for one, so they are left out.
 */
const WORDED_SLOTS = new Set(["instrument", "first", "metonym"]);

export function worded(claims: readonly Story["claims"][number][]): Story["claims"][number][] {
  return claims.filter((claim) => (claim.kind === "quote" || (claim.kind === "attribute" && WORDED_SLOTS.has(claim.slot ?? ""))) && new Set((claim.variants ?? []).map((variant) => variant.text.toLocaleLowerCase())).size > 1);
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
