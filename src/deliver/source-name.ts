/**
 * A source as a reader meets it (report, page, CLI): its outlet, else its web host, else its
 * file name said to be one (« fichier article-3.html », "file: article-3.html"), so a file is
 * never passed off as an outlet. No Node import: the web UI names sources with it too.
 */
import { sourceLabel } from "../core/source-label.js";

export interface NamedSource {
  outlet: string | null;
  url: string | null;
  source: string;
}

/** Whether a source is known only by its file: no outlet, no address that names a host. */
export function knownOnlyByFile(article: NamedSource): boolean {
  // Without its file the label is empty exactly when neither the outlet nor a readable address named it.
  return !article.outlet && sourceLabel(article) !== sourceLabel({ ...article, source: "" });
}

/** The source's name, a file's wrapped in the reader's words for one (`asFile`). */
export function sourceName(article: NamedSource, asFile: (name: string) => string): string {
  const label = sourceLabel(article);
  return knownOnlyByFile(article) ? asFile(label) : label;
}
