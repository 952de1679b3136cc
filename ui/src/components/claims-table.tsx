/**
 * Every claim of the story with its supporting and contradicting sources, conflicts badged;
 * narrowed by kind and to the corroborated ones (two or more independent sources), the choice
 * kept in the address so a filtered view can be shared.
 */
import { useState } from "preact/hooks";
import type { Story } from "../api.js";
import { polarityOfMode } from "../../../src/connect/claim-polarity.js";
import { eventKindWords } from "../../../src/deliver/event-words.js";
import { INFERRED_MARK, inferredFrom } from "../../../src/deliver/inferred-date.js";
import { INFERRED_HINT } from "./timeline.js";
import { useI18n } from "../i18n/i18n.js";
import type { Messages } from "../i18n/messages.js";
import { href } from "../router.js";
import { CopyButton } from "./copy-button.js";
import { Contradictions } from "./contradictions.js";
import { distinctLabels, SourceLinks, type ArticleIndex } from "./source-links.js";

const SHOWS = ["all", "conflicts", "single", "events", "quotes", "attributes"] as const;
type Show = (typeof SHOWS)[number];
type Claim = Story["claims"][number];
export interface ClaimFilter {
  show: Show;
  corroborated: boolean;
}
/** Claims listed before "show all": conflicts and the most supported first, a screenful or two. */
const PAGE = 20;
/** Other wordings of a quote shown in its row; all of them are under "Headlines by outlet". */
const WORDINGS = 2;
/** Corroborated: reported by at least this many independent sources. */
export const CORROBORATED = 2;

/** The claims view the address asks for (`?show=conflicts&corroborated=1`); anything else reads as all claims. */
export function claimFilterOf(params: URLSearchParams): ClaimFilter {
  const show = params.get("show");
  return { show: (SHOWS as readonly string[]).includes(show ?? "") ? (show as Show) : "all", corroborated: params.get("corroborated") === "1" };
}

const KEEP: Record<Show, (claim: Claim) => boolean> = {
  all: () => true,
  conflicts: (claim) => claim.contradictedBy.length > 0,
  single: (claim) => claim.singleSource,
  events: (claim) => claim.kind === "event",
  quotes: (claim) => claim.kind === "quote",
  attributes: (claim) => claim.kind === "attribute",
};

interface Props {
  story: Story;
  /** The story's title as the page shows it, for a claim's citation. */
  storyTitle: string;
  sentences: Record<string, string>;
  articles: ArticleIndex;
  /** How many articles and independent sources support a claim: its spans here are the first few the briefing kept. */
  sources: (claimId: string) => { supporting: number; independent: number };
  names: Record<string, string>;
  filter: ClaimFilter;
  onFilter: (filter: ClaimFilter) => void;
  lang: string | undefined;
}

export function ClaimsTable({ story, storyTitle, sentences, articles, sources, names, filter, onFilter, lang }: Props) {
  const { t, date, locale } = useI18n();
  const [limit, setLimit] = useState(PAGE);
  const independent = (claim: Claim) => sources(claim.id).independent;
  const support = (claim: Claim) => sources(claim.id).supporting;
  const rows = story.claims
    .filter((claim) => KEEP[filter.show](claim) && (!filter.corroborated || independent(claim) >= CORROBORATED))
    // Conflicts first: what the sources disagree on is what a reader must see.
    .sort((a, b) => Number(b.contradictedBy.length > 0) - Number(a.contradictedBy.length > 0) || support(b) - support(a) || a.id.localeCompare(b.id));
  // "“…” (Zembla Times, 14 October 2025; Radio Ruritania, 15 October 2025), in “…”, recoupe dossier. <address>"
  const citation = (claim: Claim) => {
    const ids = [...new Set(claim.supportedBy.map((span) => span.articleId))];
    const sources = distinctLabels(ids, articles, locale).map((label, index) => {
      const published = articles.get(ids[index]!)?.published;
      return published ? `${label}, ${date(published)}` : label;
    });
    return t["citation.claim"](sentences[claim.id] ?? claim.statement, sources.join("; "), storyTitle, `${location.origin}/${href(["story", story.id], { show: "all" })}`);
  };
  const badge = (claim: Claim) => (claim.kind === "event" ? eventKind(claim, locale) : claim.kind === "attribute" ? t[`slot.${claim.slot ?? "attribute"}` as keyof Messages] as string : t["kind.quote"]);
  return (
    <>
      <div class="claim-filters">
        <label>
          {t["claims.show"]}{" "}
          <select value={filter.show} onChange={(event) => (onFilter({ ...filter, show: (event.currentTarget as HTMLSelectElement).value as Show }), setLimit(PAGE))}>
            <option value="all">{t["claims.all"](story.claims.length)}</option>
            <option value="conflicts">{t["claims.conflicts"]}</option>
            <option value="single">{t["claims.single"]}</option>
            <option value="events">{t["claims.events"]}</option>
            <option value="quotes">{t["claims.quotes"]}</option>
            <option value="attributes">{t["claims.attributes"]}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" name="corroborated" checked={filter.corroborated} onChange={(event) => onFilter({ ...filter, corroborated: (event.currentTarget as HTMLInputElement).checked })} /> {t["claims.corroborated"]}
        </label>
        <span class="meta" role="status">
          {t["claims.shown"](rows.length, story.claims.length)}
        </span>
      </div>
      {rows.length === 0 ? (
        <p>{t["claims.none"]}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t["claims.claim"]}</th>
                <th scope="col">{t["claims.date"]}</th>
                <th scope="col">{t["claims.place"]}</th>
                <th scope="col">{t["claims.supportedBy"]}</th>
                <th scope="col">{t["claims.contradictedBy"]}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, limit).map((claim) => (
                <tr data-claim={claim.id} data-independent={independent(claim)}>
                  <td>
                    <span class={`badge kind-${claim.kind}`}>
                      {badge(claim)}
                    </span>{" "}
                    <span lang={lang}>{sentences[claim.id] ?? claim.statement}</span>
                    {claim.singleSource && <span class="badge single">{t["claims.singleBadge"]}</span>}
                    {claim.contradictedBy.length > 0 && <span class="badge conflict">{t["claims.conflictBadge"]}</span>}
                    <span class="cite">
                      <CopyButton text={() => citation(claim)} label={t["claims.cite"]} description={t["claims.citeDescription"]} />
                    </span>
                    {claim.kind === "quote" && (claim.variants?.length ?? 0) > 1 && (
                      <span class="wordings">
                        {claim.variants!.slice(1, 1 + WORDINGS).map((variant) => (
                          <span class="meta">
                            {" "}
                            · {t["claims.alsoWorded"]} <q lang={lang}>{variant.text}</q> <SourceLinks spans={variant.sources} articles={articles} limit={2} />
                          </span>
                        ))}
                        {claim.variants!.length > 1 + WORDINGS && <span class="meta"> · {t["claims.moreWordings"](claim.variants!.length - 1 - WORDINGS)}</span>}
                      </span>
                    )}
                  </td>
                  <ClaimDate claim={claim} />
                  <td>{claim.place ? (names[claim.place] ?? claim.place) : "—"}</td>
                  <td>
                    <span title={t["claims.independent"](independent(claim))}>{support(claim)}</span> · <SourceLinks spans={claim.supportedBy} articles={articles} limit={4} total={support(claim)} />
                  </td>
                  <td>
                    {claim.contradictedBy.length === 0 ? "—" : <Contradictions spans={claim.contradictedBy} articles={articles} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > limit && (
        <button type="button" onClick={() => setLimit(rows.length)}>
          {t["claims.showAll"](rows.length)}
        </button>
      )}
    </>
  );
}

/** An event claim's kind in the interface's words ("agreement signed", « signature d'un accord »). */
function eventKind(claim: Claim, locale: "fr" | "en"): string {
  const { mode, polarity } = polarityOfMode(claim.mode ?? "");
  return eventKindWords(claim.category, mode, polarity, locale);
}

/** A claim's date; one no source states reads "≈ date", what it was inferred from on hover. */
function ClaimDate({ claim }: { claim: Story["claims"][number] }) {
  const { t, date } = useI18n();
  if (!claim.date) return <td>—</td>;
  const from = inferredFrom(claim);
  return <td title={from ? t[INFERRED_HINT[from]] : undefined}>{`${from ? INFERRED_MARK : ""}${date(claim.date)}`}</td>;
}
