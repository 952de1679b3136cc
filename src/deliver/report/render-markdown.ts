/** A story report as Markdown: numbered citation links to a list of the cited words. */
import { CitationList } from "./citations.js";
import { keyEventWhen, type Cited, type StoryReport } from "./report-model.js";
import { reportMessages } from "./report-messages.js";

export function renderMarkdown(reports: readonly StoryReport[]): string {
  return reports.map(renderStory).join("\n\n---\n\n");
}

function renderStory(report: StoryReport): string {
  const words = reportMessages(report.language);
  const citations = CitationList.of(report);
  const cite = (item: Pick<Cited, "sources">) => {
    const numbers = citations.cite(item.sources);
    return numbers.length > 0 ? ` ${numbers.map((number) => `[[${number}]](#${report.storyId}-cite-${number})`).join("")}` : "";
  };
  const line = (item: Cited) => `- ${markdownText(item.text)}${cite(item)}`;
  const outlets = new Set(report.articles.map((article) => article.outlet ?? article.source)).size;
  const lines = [`# ${markdownText(report.title)}`, "", words.summary(report.storyId, report.articles.length, outlets), "", `## ${words.whatHappened}`, ...report.whatHappened.map(line)];
  if (report.keyEvent) {
    const event = report.keyEvent;
    const field = (label: string, value: string) => `${label.toLowerCase()}${words.colon}${markdownText(value)}`;
    lines.push("", `## ${words.keyEvent}`, `- **${markdownText(event.what)}** — ${[field(words.who, event.parties.join(", ") || words.notNamed), field(words.when, keyEventWhen(event, words)), field(words.where, event.place ?? words.notStated)].join("; ")}${cite(event)}`);
    if (event.instrument) lines.push(`- ${field(words.kind, event.instrument.text)}${cite(event.instrument)}`);
    if (event.scope) lines.push(`- ${field(words.scope, event.scope.text)}${cite(event.scope)}`);
  }
  if (report.quotes.length > 0) {
    lines.push("", `## ${words.quotes}`);
    for (const { speaker, quotes } of report.quotes) lines.push(`- **${markdownText(speaker)}**`, ...quotes.map((quote) => `  - ${markdownText(quote.text)}${cite(quote)}`));
  }
  if (report.timeline.length > 0) lines.push("", `## ${words.timeline}`, ...report.timeline.map(line));
  lines.push("", `## ${words.claims}`, ...report.claims.map((claim, index) => `${index + 1}. ${markdownText(claim.text)}${cite(claim)} — ${words.sourceCount(claim.sourceCount)}${claim.singleSource ? `, ${words.singleSource}` : ""}${claim.conflicts.map((conflict) => `; ${markdownText(conflict.text)}${cite(conflict)}`).join("")}`));
  lines.push("", `## ${words.comparison}`, `| ${words.comparisonSource} | ${words.comparisonReports} | ${words.comparisonOmits} |`, "|---|---|---|", ...report.comparison.map((row) => `| ${tableText(row.outlet)} | ${row.reports} | ${row.omits.join(", ") || "—"} |`));
  if (report.warnings.length > 0) lines.push("", `## ${words.warnings}`, ...report.warnings.map(line));
  lines.push("", `## ${words.sourcesCited}`, ...citations.all().map((citation) => `${citation.number}. <a id="${report.storyId}-cite-${citation.number}"></a>${markdownText(citation.outlet)}${citation.published ? `, ${citation.published}` : ""}${words.colon}“${markdownText(citation.words)}” — ${markdownText(citation.location)}`));
  return lines.join("\n");
}

/** Article words are data: Markdown and HTML characters in them are escaped, not interpreted. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/gu, (character) => `\\${character}`);
}

function tableText(text: string): string {
  return markdownText(text).replace(/\n/gu, " ");
}
