/** Every claim of the story with its supporting and contradicting sources, filterable, conflicts badged. */
import { useState } from "preact/hooks";
import type { Story } from "../api.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

type Show = "all" | "conflicts" | "single" | "events" | "quotes" | "attributes";
const PAGE = 50;

export function ClaimsTable({ story, sentences, articles, names }: { story: Story; sentences: Record<string, string>; articles: ArticleIndex; names: Record<string, string> }) {
  const [show, setShow] = useState<Show>("all");
  const [limit, setLimit] = useState(PAGE);
  const support = (claim: Story["claims"][number]) => new Set(claim.supportedBy.map((span) => span.articleId)).size;
  const rows = story.claims
    .filter((claim) =>
      show === "conflicts" ? claim.contradictedBy.length > 0 : show === "single" ? claim.singleSource : show === "events" ? claim.kind === "event" : show === "quotes" ? claim.kind === "quote" : show === "attributes" ? claim.kind === "attribute" : true,
    )
    .sort((a, b) => support(b) - support(a) || a.id.localeCompare(b.id));
  return (
    <section class="card claims" aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims</h2>
      <label>
        Show{" "}
        <select value={show} onChange={(event) => (setShow((event.currentTarget as HTMLSelectElement).value as Show), setLimit(PAGE))}>
          <option value="all">all ({story.claims.length})</option>
          <option value="conflicts">with conflicts</option>
          <option value="single">single-source</option>
          <option value="events">events</option>
          <option value="quotes">quotes</option>
          <option value="attributes">attributes (kind, scope, firsts, names)</option>
        </select>
      </label>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Date</th>
              <th scope="col">Place</th>
              <th scope="col">Supported by</th>
              <th scope="col">Contradicted by</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((claim) => (
              <tr data-claim={claim.id}>
                <td>
                  <span class={`badge kind-${claim.kind}`}>{claim.kind === "event" ? `${claim.category ?? "event"}` : claim.kind === "attribute" ? (claim.slot ?? "attribute") : "quote"}</span> {sentences[claim.id] ?? claim.statement}
                  {claim.singleSource && <span class="badge single">single source</span>}
                  {claim.contradictedBy.length > 0 && <span class="badge conflict">conflict</span>}
                  {claim.kind === "quote" && (claim.variants?.length ?? 0) > 1 && (
                    <span class="wordings">
                      {claim.variants!.slice(1).map((variant) => (
                        <span class="meta"> · also worded « {variant.text} » <SourceLinks spans={variant.sources} articles={articles} limit={2} /></span>
                      ))}
                    </span>
                  )}
                </td>
                <td>{claim.date ?? "—"}</td>
                <td>{claim.place ? (names[claim.place] ?? claim.place) : "—"}</td>
                <td>
                  {support(claim)} · <SourceLinks spans={claim.supportedBy} articles={articles} limit={4} />
                </td>
                <td>
                  {claim.contradictedBy.length === 0
                    ? "—"
                    : claim.contradictedBy.map((span) => (
                        <>
                          {span.slot} {span.value} <SourceLinks spans={[span]} articles={articles} />{" "}
                        </>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > limit && (
        <button type="button" onClick={() => setLimit(rows.length)}>
          Show all {rows.length} claims
        </button>
      )}
    </section>
  );
}
