/**
 * A story report as one self-contained HTML file: inline style, no script, a content security
 * policy that forbids loading anything, and every piece of article text escaped (escape-html).
 */
import escapeHtml from "escape-html";
import { CitationList } from "./citations.js";
import { keyEventWhen, type Cited, type StoryReport } from "./report-model.js";
import { reportMessages } from "./report-messages.js";
import type { ReportLanguage } from "../readable-date.js";

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}sup a{text-decoration:none}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}.sources li{margin:.4rem 0}.words{font-style:italic}.story{margin-bottom:4rem}
@media print{body{max-width:none;margin:0;font-size:11pt;color:#000}a{color:inherit;text-decoration:none}h1,h2{break-after:avoid}li,tr{break-inside:avoid}.story{margin-bottom:0;break-after:page}.story:last-child{break-after:auto}}`;

export function renderHtml(reports: readonly StoryReport[]): string {
  const language = documentLanguage(reports);
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(reports.length === 1 ? reports[0]!.title : reportMessages(language).dossier)}</title>
<style>${STYLE}</style></head>
<body>
${reports.map(renderStory).join("\n")}
</body></html>
`;
}

/** The reports' language when they share one; each story's section says its own either way. */
function documentLanguage(reports: readonly StoryReport[]): ReportLanguage {
  const languages = new Set(reports.map((report) => report.language));
  return languages.size === 1 ? [...languages][0]! : "en";
}

/** ` lang="…"` on words in another language than the reader's (the story's words, the pipeline's English warnings), else nothing. */
function langAttribute(language: string | null, report: StoryReport): string {
  return language && language !== report.language ? ` lang="${escapeHtml(language)}"` : "";
}

function renderStory(report: StoryReport): string {
  const words = reportMessages(report.language);
  const citations = CitationList.of(report);
  const storyLang = langAttribute(report.storyLanguage, report);
  const cite = (item: Pick<Cited, "sources">) =>
    citations
      .cite(item.sources)
      .map((number) => `<sup><a href="#${report.storyId}-cite-${number}">[${number}]</a></sup>`)
      .join("");
  const item = (entry: Cited) => `<li>${escapeHtml(entry.text)}${cite(entry)}</li>`;
  const quoted = (entry: Cited) => `<li><span${storyLang}>${escapeHtml(entry.text)}</span>${cite(entry)}</li>`;
  const row = (label: string, cell: string) => `<tr><th>${label}</th><td>${cell}</td></tr>`;
  const outlets = new Set(report.articles.map((article) => article.outlet ?? article.source)).size;
  const parts = [`<section class="story" id="${report.storyId}" lang="${report.language}"><h1${storyLang}>${escapeHtml(report.title)}</h1>`, `<p>${escapeHtml(words.summary(report.storyId, report.articles.length, outlets))}</p>`];
  parts.push(`<h2>${words.whatHappened}</h2><ul>${report.whatHappened.map(item).join("")}</ul>`);
  if (report.keyEvent) {
    const event = report.keyEvent;
    parts.push(
      `<h2>${words.keyEvent}</h2><table>${[
        row(words.what, escapeHtml(event.what)),
        row(words.who, escapeHtml(event.parties.join(", ") || words.notNamed)),
        row(words.when, escapeHtml(keyEventWhen(event, words))),
        row(words.where, escapeHtml(event.place ?? words.notStated)),
        event.instrument ? row(words.kind, `${escapeHtml(event.instrument.text)}${cite(event.instrument)}`) : "",
        event.scope ? row(words.scope, `${escapeHtml(event.scope.text)}${cite(event.scope)}`) : "",
        row(words.sources, cite(event)),
      ].join("")}</table>`,
    );
  }
  if (report.quotes.length > 0) {
    parts.push(`<h2>${words.quotes}</h2><ul>${report.quotes.map(({ speaker, quotes }) => `<li><strong>${escapeHtml(speaker)}</strong><ul>${quotes.map(quoted).join("")}</ul></li>`).join("")}</ul>`);
  }
  if (report.timeline.length > 0) parts.push(`<h2>${words.timeline}</h2><ol>${report.timeline.map(item).join("")}</ol>`);
  parts.push(
    `<h2>${words.claims}</h2><ol>${report.claims
      .map((claim) => `<li>${escapeHtml(claim.text)}${cite(claim)} — ${words.sourceCount(claim.sourceCount)}${claim.singleSource ? `, ${words.singleSource}` : ""}${claim.conflicts.map((conflict) => `; ${escapeHtml(conflict.text)}${cite(conflict)}`).join("")}</li>`)
      .join("")}</ol>`,
  );
  parts.push(`<h2>${words.comparison}</h2><table><tr><th>${words.comparisonSource}</th><th>${words.comparisonReports}</th><th>${words.comparisonOmits}</th></tr>${report.comparison.map((entry) => `<tr><td>${escapeHtml(entry.outlet)}</td><td>${entry.reports}</td><td>${entry.omits.join(", ") || "—"}</td></tr>`).join("")}</table>`);
  // The pipeline states its warnings in English.
  if (report.warnings.length > 0) parts.push(`<h2>${words.warnings}</h2><ul${langAttribute("en", report)}>${report.warnings.map(item).join("")}</ul>`);
  parts.push(
    `<h2>${words.sourcesCited}</h2><ol class="sources">${citations
      .all()
      .map((citation) => `<li id="${report.storyId}-cite-${citation.number}">${escapeHtml(citation.outlet)}${citation.published ? `, ${escapeHtml(citation.published)}` : ""}${words.colon}<span class="words"${storyLang}>“${escapeHtml(citation.words)}”</span> — ${escapeHtml(citation.location)}</li>`)
      .join("")}</ol></section>`,
  );
  return parts.join("\n");
}
