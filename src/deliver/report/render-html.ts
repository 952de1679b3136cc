/**
 * A story report as one self-contained HTML file: inline style, no script, a content security
 * policy that forbids loading anything, and every piece of article text escaped (escape-html).
 */
import escapeHtml from "escape-html";
import { CitationList } from "./citations.js";
import type { Cited, StoryReport } from "./report-model.js";

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}sup a{text-decoration:none}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}.sources li{margin:.4rem 0}.words{font-style:italic}.story{margin-bottom:4rem}
@media print{body{max-width:none;margin:0;font-size:11pt;color:#000}a{color:inherit;text-decoration:none}h1,h2{break-after:avoid}li,tr{break-inside:avoid}.story{margin-bottom:0;break-after:page}.story:last-child{break-after:auto}}`;

export function renderHtml(reports: readonly StoryReport[]): string {
  return `<!doctype html>
<html lang="${documentLanguage(reports)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(reports.length === 1 ? reports[0]!.title : "recoupe dossier")}</title>
<style>${STYLE}</style></head>
<body>
${reports.map(renderStory).join("\n")}
</body></html>
`;
}

/** The stories' language when they share one; each story's section says its own either way. */
function documentLanguage(reports: readonly StoryReport[]): string {
  const languages = new Set(reports.map((report) => report.language));
  return languages.size === 1 ? [...languages][0]! : "en";
}

function renderStory(report: StoryReport): string {
  const citations = new CitationList(new Map(report.articles.map((article) => [article.id, article])));
  const cite = (item: Pick<Cited, "sources">) =>
    citations
      .cite(item.sources)
      .map((number) => `<sup><a href="#${report.storyId}-cite-${number}">[${number}]</a></sup>`)
      .join("");
  const item = (entry: Cited) => `<li>${escapeHtml(entry.text)}${cite(entry)}</li>`;
  const parts = [`<section class="story" id="${report.storyId}" lang="${report.language}"><h1>${escapeHtml(report.title)}</h1>`, `<p>Story ${report.storyId}: ${report.articles.length} article(s) from ${new Set(report.articles.map((article) => article.outlet ?? article.source)).size} source(s).</p>`];
  parts.push(`<h2>What happened</h2><ul>${report.whatHappened.map(item).join("")}</ul>`);
  if (report.keyEvent) {
    const event = report.keyEvent;
    parts.push(`<h2>Key event</h2><table><tr><th>what</th><td>${escapeHtml(event.what)}</td></tr><tr><th>parties</th><td>${escapeHtml(event.parties.join(", ") || "not named")}</td></tr><tr><th>date</th><td>${escapeHtml(event.dateText ?? "not stated")}</td></tr><tr><th>place</th><td>${escapeHtml(event.place ?? "not stated")}</td></tr>${event.instrument ? `<tr><th>kind</th><td>${escapeHtml(event.instrument.text)}${cite(event.instrument)}</td></tr>` : ""}${event.scope ? `<tr><th>scope</th><td>${escapeHtml(event.scope.text)}${cite(event.scope)}</td></tr>` : ""}<tr><th>sources</th><td>${cite(event)}</td></tr></table>`);
  }
  if (report.quotes.length > 0) {
    parts.push(`<h2>Key quotes</h2><ul>${report.quotes.map(({ speaker, quotes }) => `<li><strong>${escapeHtml(speaker)}</strong><ul>${quotes.map(item).join("")}</ul></li>`).join("")}</ul>`);
  }
  if (report.timeline.length > 0) parts.push(`<h2>Timeline</h2><ol>${report.timeline.map(item).join("")}</ol>`);
  parts.push(
    `<h2>Claims</h2><ul>${report.claims
      .map((claim) => `<li>${escapeHtml(claim.text)}${cite(claim)} — ${claim.sourceCount} source(s)${claim.singleSource ? ", single source" : ""}${claim.conflicts.map((conflict) => `; conflict: one source ${escapeHtml(conflict.text)}${cite(conflict)}`).join("")}</li>`)
      .join("")}</ul>`,
  );
  parts.push(`<h2>Source comparison</h2><table><tr><th>source</th><th>claims reported</th><th>omits</th></tr>${report.comparison.map((row) => `<tr><td>${escapeHtml(row.outlet)}</td><td>${row.reports}</td><td>${escapeHtml(row.omits.join("; ") || "—")}</td></tr>`).join("")}</table>`);
  if (report.warnings.length > 0) parts.push(`<h2>Warnings</h2><ul>${report.warnings.map(item).join("")}</ul>`);
  parts.push(
    `<h2>Sources cited</h2><ol class="sources">${citations
      .all()
      .map((citation) => `<li id="${report.storyId}-cite-${citation.number}">${escapeHtml(citation.outlet)}${citation.published ? `, ${escapeHtml(citation.published)}` : ""}: <span class="words">“${escapeHtml(citation.words)}”</span> — ${escapeHtml(citation.location)}</li>`)
      .join("")}</ol></section>`,
  );
  // The headings and labels are English (a report's --lang is yet to come): said so inside a story in another language.
  const html = parts.join("\n");
  return report.language === "en" ? html : html.replaceAll("<h2>", '<h2 lang="en">').replace("<p>Story ", '<p lang="en">Story ');
}
