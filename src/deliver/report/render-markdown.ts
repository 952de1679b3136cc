/** A story report as Markdown: numbered citation links to a list of the cited words. */
import { CitationList } from "./citations.js";
import type { Cited, StoryReport } from "./report-model.js";

export function renderMarkdown(reports: readonly StoryReport[]): string {
  return reports.map(renderStory).join("\n\n---\n\n");
}

function renderStory(report: StoryReport): string {
  const citations = new CitationList(new Map(report.articles.map((article) => [article.id, article])));
  const cite = (item: Cited) => {
    const numbers = citations.cite(item.sources);
    return numbers.length > 0 ? ` ${numbers.map((number) => `[[${number}]](#${report.storyId}-cite-${number})`).join("")}` : "";
  };
  const line = (item: Cited) => `- ${markdownText(item.text)}${cite(item)}`;
  const lines = [`# ${markdownText(report.title)}`, "", `Story ${report.storyId}: ${report.articles.length} article(s) from ${new Set(report.articles.map((article) => article.outlet ?? article.source)).size} source(s).`, "", "## What happened", ...report.whatHappened.map(line)];
  if (report.keyEvent) {
    const event = report.keyEvent;
    lines.push("", "## Key event", `- **${event.what}** — parties: ${markdownText(event.parties.join(", ") || "not named")}; date: ${event.dateText ?? "not stated"}; place: ${markdownText(event.place ?? "not stated")}${cite({ text: "", sources: event.sources })}`);
    if (event.instrument) lines.push(`- kind: ${markdownText(event.instrument.text)}${cite(event.instrument)}`);
    if (event.scope) lines.push(`- scope: ${markdownText(event.scope.text)}${cite(event.scope)}`);
  }
  if (report.quotes.length > 0) {
    lines.push("", "## Key quotes");
    for (const { speaker, quotes } of report.quotes) lines.push(`- **${markdownText(speaker)}**`, ...quotes.map((quote) => `  - ${markdownText(quote.text)}${cite(quote)}`));
  }
  if (report.timeline.length > 0) lines.push("", "## Timeline", ...report.timeline.map(line));
  lines.push("", "## Claims", ...report.claims.map((claim) => `${line(claim)} — ${claim.sourceCount} source(s)${claim.singleSource ? ", single source" : ""}${claim.conflicts.map((conflict) => `; conflict: one source ${markdownText(conflict.text)}${cite(conflict)}`).join("")}`));
  lines.push("", "## Source comparison", "| source | claims reported | omits |", "|---|---|---|", ...report.comparison.map((row) => `| ${tableText(row.outlet)} | ${row.reports} | ${tableText(row.omits.join("; ") || "—")} |`));
  if (report.warnings.length > 0) lines.push("", "## Warnings", ...report.warnings.map(line));
  lines.push("", "## Sources cited", ...citations.all().map((citation) => `${citation.number}. <a id="${report.storyId}-cite-${citation.number}"></a>${markdownText(citation.outlet)}${citation.published ? `, ${citation.published}` : ""}: “${markdownText(citation.words)}” — ${markdownText(citation.location)}`));
  return lines.join("\n");
}

/** Article words are data: Markdown and HTML characters in them are escaped, not interpreted. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/gu, (character) => `\\${character}`);
}

function tableText(text: string): string {
  return markdownText(text).replace(/\n/gu, " ");
}
