/**
 * The story's dated events on a time axis (d3-scale for the scale and its ticks), one point per
 * event, stacked when they share a date; choosing a point or a row shows its sources and the
 * sources that give another date. Dates coarser than a day sit at the start of their period.
 */
import { scaleTime } from "d3-scale";
import { useEffect, useRef, useState } from "preact/hooks";
import { inferredFrom, type InferredFrom } from "../../../src/deliver/inferred-date.js";
import type { Story } from "../api.js";
import { useI18n } from "../i18n/i18n.js";
import { Contradictions } from "./contradictions.js";
import { SourceLinks, type ArticleIndex } from "./source-links.js";

/** An inferred date's badge and its evidence on hover, by what it was inferred from. */
export const INFERRED_LABEL = { publication: "timeline.publicationDate", story: "timeline.storyDates" } as const satisfies Record<InferredFrom, string>;
export const INFERRED_HINT = { publication: "timeline.publicationDateHint", story: "timeline.storyDatesHint" } as const satisfies Record<InferredFrom, string>;

const WIDTH = 800;
const ROW = 14;
const MARGIN = 30;

/**
 * `sentences[i]` reads the i-th timeline entry in words (the report's rendering of its claim).
 * It opens on the key event (else the best supported one), scrolled into its list's view: a
 * story's earliest entries are often background.
 */
export function Timeline({ story, sentences, keyClaim, articles, supporting, lang }: { story: Story; sentences: readonly string[]; keyClaim: string | null; articles: ArticleIndex; supporting: (claimId: string) => number; lang: string | undefined }) {
  const { t } = useI18n();
  const keyIndex = story.timeline.findIndex((entry) => entry.claim === keyClaim);
  const [selected, setSelected] = useState(() => (keyIndex >= 0 ? keyIndex : story.timeline.reduce((best, entry, index) => (entry.sources > story.timeline[best]!.sources ? index : best), 0)));
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // The list scrolls, not the page: the reader stays where they are. Measured at the next
    // frame, with the layout the browser makes anyway, not in a layout forced before the page
    // has finished rendering (which doubled it: 15 % of a 500-article story's time to interactive).
    const frame = requestAnimationFrame(() => {
      const current = list.current?.querySelector<HTMLElement>("li.selected");
      if (list.current && current) list.current.scrollTop = Math.max(0, current.offsetTop - list.current.clientHeight / 3);
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  const claims = new Map(story.claims.map((claim) => [claim.id, claim]));
  const entries = story.timeline.map((entry, index) => ({ ...entry, index, at: dateOf(entry.date), sentence: sentences[index] ?? entry.statement, inferredFrom: inferredFrom(entry) }));
  const plotted = entries.filter((entry): entry is typeof entry & { at: Date } => entry.at !== null);
  if (entries.length === 0) {
    return <p>{t["timeline.none"]}</p>;
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
    <>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t["timeline.axis"](entries.length)} class="timeline-axis">
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
      <ol class="timeline-list" ref={list}>
        {entries.map((entry) => (
          <li class={entry.index === selected ? "selected" : undefined} data-date={entry.date} data-claim={entry.claim} data-key={entry.claim === keyClaim ? "true" : undefined}>
            <button type="button" aria-pressed={entry.index === selected} onClick={() => setSelected(entry.index)} lang={lang}>
              {entry.sentence}
            </button>
            {entry.claim === keyClaim && <span class="badge key">{t["timeline.key"]}</span>}
            <span class="badge">{t.sources(entry.sources)}</span>
            {entry.inferredFrom && <span class="badge inferred" title={t[INFERRED_HINT[entry.inferredFrom]]}>{t[INFERRED_LABEL[entry.inferredFrom]]}</span>}
            {entry.conflicts > 0 && <span class="badge conflict">{t["timeline.otherDate"](entry.conflicts)}</span>}
          </li>
        ))}
      </ol>
      {claim && (
        <div class="timeline-detail" aria-live="polite">
          <p lang={lang}>{current.sentence}</p>
          <p>
            {t["timeline.sources"]} <SourceLinks spans={claim.supportedBy} articles={articles} limit={12} total={supporting(claim.id)} />
          </p>
          {claim.contradictedBy.length > 0 && (
            <p class="conflict">
              {t["timeline.otherDates"]} <Contradictions spans={claim.contradictedBy} articles={articles} />
            </p>
          )}
        </div>
      )}
    </>
  );
}

/** A TIMEX3 calendar value as a date (the start of its period); null for weeks, decades and the like. */
function dateOf(value: string): Date | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? "1") - 1, Number(match[3] ?? "1")));
}
