/**
 * Articles per day (or week, or month) as columns drawn by hand in SVG (a dozen rectangles did
 * not justify a chart library; d3-scale gives the band positions), and per outlet as bars of
 * plain HTML that wrap at phone width. The SVG is one image with a summary for screen readers;
 * the figures themselves are in a table beneath it.
 */
import { scaleBand, scaleLinear } from "d3-scale";
import { useState } from "preact/hooks";
import { useI18n } from "../i18n/i18n.js";
import type { Coverage } from "../story/coverage.js";

const WIDTH = 600;
const HEIGHT = 130;
const MARGIN = { top: 12, right: 8, bottom: 4, left: 28 };
/** Outlets drawn as bars of their own. */
const OUTLET_BARS = 12;

export function CoverageChart({ coverage }: { coverage: Coverage }) {
  const { t, date } = useI18n();
  const [tableOpen, setTableOpen] = useState(false);
  const unitName = t[`unit.${coverage.unit}`];
  const label = (start: string) => (coverage.unit === "week" ? date(weekValue(start)) : coverage.unit === "month" ? date(start.slice(0, 7)) : date(start));
  const total = coverage.bins.reduce((sum, bin) => sum + bin.count, 0);
  // The outlets that covered it most, the rest as one row: fifty bars read as noise.
  const [shownOutlets, others] = [coverage.outlets.slice(0, OUTLET_BARS), coverage.outlets.slice(OUTLET_BARS)];
  const maxOutlet = Math.max(1, ...coverage.outlets.map((entry) => entry.count));
  return (
    <>
      {coverage.bins.length > 0 && (
        <>
          <h3>{t["coverage.perDay"](unitName)}</h3>
          <Columns coverage={coverage} label={label} summary={t["coverage.chartLabel"](total, label(coverage.bins[0]!.start), label(coverage.bins.at(-1)!.start))} />
          <details class="figures" onToggle={(event) => setTableOpen((event.currentTarget as HTMLDetailsElement).open)}>
            <summary>{t["coverage.asTable"]}</summary>
            {/* Rendered once opened: a long story's table has hundreds of cells nobody may read. */}
            {tableOpen && (
            <div class="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t["coverage.period"]}</th>
                    <th scope="col">{t["coverage.count"]}</th>
                    <th scope="col">{t["coverage.outlets"]}</th>
                  </tr>
                </thead>
                <tbody>
                  {coverage.bins
                    .filter((bin) => bin.count > 0)
                    .map((bin) => (
                      <tr>
                        <th scope="row">{label(bin.start)}</th>
                        <td>{bin.count}</td>
                        <td>{bin.outlets.map((entry) => `${entry.outlet} (${entry.count})`).join(", ")}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
            )}
          </details>
        </>
      )}
      {coverage.undated > 0 && <p class="meta">{t["coverage.undated"](coverage.undated)}</p>}
      <h3>{t["coverage.perOutlet"]}</h3>
      <ul class="outlet-bars">
        {[...shownOutlets, ...(others.length > 0 ? [{ outlet: t["coverage.otherOutlets"](others.length), count: others.reduce((sum, entry) => sum + entry.count, 0) }] : [])].map((entry) => (
          <li>
            <span class="outlet-name">{entry.outlet}</span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar" style={{ width: `${(entry.count / maxOutlet) * 100}%` }} />
            </span>
            <span class="bar-count">{entry.count}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Columns({ coverage, label, summary }: { coverage: Coverage; label: (start: string) => string; summary: string }) {
  const x = scaleBand<string>().domain(coverage.bins.map((bin) => bin.start)).range([MARGIN.left, WIDTH - MARGIN.right]).paddingInner(0.15);
  const top = Math.max(1, ...coverage.bins.map((bin) => bin.count));
  const y = scaleLinear().domain([0, top]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const [first, last] = [coverage.bins[0]!, coverage.bins.at(-1)!];
  // The period labels are HTML under the chart, so they keep the page's type size at any width.
  return (
    <div class="coverage-frame">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="coverage-chart" role="img" aria-label={summary}>
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} class="axis" />
        <text x={MARGIN.left - 4} y={y(top) + 4} text-anchor="end" class="tick">
          {top}
        </text>
        <text x={MARGIN.left - 4} y={y(0)} text-anchor="end" class="tick">
          0
        </text>
        {coverage.bins.map((bin) => (
          <rect x={x(bin.start)} width={Math.max(x.bandwidth(), 1)} y={y(bin.count)} height={y(0) - y(bin.count)} class="column">
            <title>{`${label(bin.start)}: ${bin.count}${bin.outlets.length > 0 ? ` — ${bin.outlets.map((entry) => `${entry.outlet} ${entry.count}`).join(", ")}` : ""}`}</title>
          </rect>
        ))}
      </svg>
      <p class="chart-axis" aria-hidden="true">
        <span>{label(first.start)}</span>
        {last !== first && <span>{label(last.start)}</span>}
      </p>
    </div>
  );
}

/** A Monday as its TIMEX3 week ("2021-W47"), which reads "week of 22 November 2021". */
function weekValue(monday: string): string {
  const day = new Date(`${monday}T00:00:00Z`);
  const thursday = new Date(day.getTime() + 3 * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
