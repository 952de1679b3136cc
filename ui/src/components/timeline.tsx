/**
 * The story's dated events on a time axis (d3-scale for the scale and its ticks), one point per
 * event, stacked when they share a date; choosing a point or a row shows its sources and the
 * sources that give another date. Dates coarser than a day sit at the start of their period.
 */
import { scaleTime } from "d3-scale";
import { useState } from "preact/hooks";
import type { Story } from "../api.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

const WIDTH = 800;
const ROW = 14;
const MARGIN = 30;

/** `sentences[i]` reads the i-th timeline entry in words (the report's rendering of its claim). */
export function Timeline({ story, sentences, articles }: { story: Story; sentences: readonly string[]; articles: ArticleIndex }) {
  // The best supported event is shown first: a story's earliest entries are often background.
  const [selected, setSelected] = useState(() => story.timeline.reduce((best, entry, index) => (entry.sources > story.timeline[best]!.sources ? index : best), 0));
  const claims = new Map(story.claims.map((claim) => [claim.id, claim]));
  const entries = story.timeline.map((entry, index) => ({ ...entry, index, at: dateOf(entry.date), sentence: sentences[index] ?? entry.statement }));
  const plotted = entries.filter((entry): entry is typeof entry & { at: Date } => entry.at !== null);
  if (entries.length === 0) {
    return (
      <section class="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p>No dated event.</p>
      </section>
    );
  }
  const times = plotted.map((entry) => entry.at.getTime());
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const pad = Math.max((max - min) * 0.05, 86_400_000);
  const x = scaleTime().domain([new Date(min - pad), new Date(max + pad)]).range([MARGIN, WIDTH - MARGIN]);
  const stack = new Map<string, number>();
  const points = plotted.map((entry) => {
    const level = stack.get(entry.date) ?? 0;
    stack.set(entry.date, level + 1);
    return { entry, cx: x(entry.at), cy: 40 + level * ROW };
  });
  const height = Math.max(80, 60 + Math.max(...stack.values(), 1) * ROW);
  const current = entries[selected] ?? entries[0]!;
  const claim = claims.get(current.claim);
  return (
    <section class="card timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${entries.length} dated events`} class="timeline-axis">
        <line x1={MARGIN} x2={WIDTH - MARGIN} y1={24} y2={24} class="axis" />
        {x.ticks(6).map((tick) => (
          <g transform={`translate(${x(tick)},24)`}>
            <line y1={-4} y2={4} class="axis" />
            <text y={-8} text-anchor="middle" class="tick">
              {x.tickFormat(6)(tick)}
            </text>
          </g>
        ))}
        {points.map(({ entry, cx, cy }) => (
          <circle
            cx={cx}
            cy={cy}
            r={5 + Math.min(entry.sources, 6)}
            class={`point${entry.index === selected ? " selected" : ""}${entry.conflicts > 0 ? " conflict" : ""}`}
            onClick={() => setSelected(entry.index)}
          >
            <title>{entry.sentence}</title>
          </circle>
        ))}
      </svg>
      <ol class="timeline-list">
        {entries.map((entry) => (
          <li class={entry.index === selected ? "selected" : undefined} data-date={entry.date} data-claim={entry.claim}>
            <button type="button" aria-pressed={entry.index === selected} onClick={() => setSelected(entry.index)}>
              {entry.sentence}
            </button>
            <span class="badge">{entry.sources} {entry.sources === 1 ? "source" : "sources"}</span>
            {entry.datedByPublication && <span class="badge" title="No source states the date; the articles reporting it as news were published then">publication date</span>}
            {entry.conflicts > 0 && <span class="badge conflict">{entry.conflicts} give another date</span>}
          </li>
        ))}
      </ol>
      {claim && (
        <div class="timeline-detail" aria-live="polite">
          <p>
            {current.sentence}
          </p>
          <p>
            Sources: <SourceLinks spans={claim.supportedBy} articles={articles} limit={12} />
          </p>
          {claim.contradictedBy.length > 0 && (
            <p class="conflict">
              Other dates:{" "}
              {claim.contradictedBy.map((span) => (
                <>
                  {span.value} <SourceLinks spans={[span]} articles={articles} />{" "}
                </>
              ))}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** A TIMEX3 calendar value as a date (the start of its period); null for weeks, decades and the like. */
function dateOf(value: string): Date | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? "1") - 1, Number(match[3] ?? "1")));
}
