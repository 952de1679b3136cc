/** The extract stage on every example input, checked field by field against test/examples.expected.json. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/extract/extract-article.js";
import type { Article } from "../src/extract/article.js";
import { readBytes } from "../src/ingest/read-bytes.js";
import { repositoryRoot } from "./run-cli.js";

interface Expected {
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  language: string;
  encoding: string;
  keep: string[];
  drop: string[];
}

const expected = (JSON.parse(readFileSync(resolve(repositoryRoot, "test/examples.expected.json"), "utf8")) as { articles: Record<string, Expected> }).articles;

function extractAll(file: string): Map<string, Article> {
  const articles = new Map<string, Article>();
  for (const result of readBytes(readFileSync(resolve(repositoryRoot, file)), file)) {
    if (!result.ok) throw new Error(result.error.reason);
    const extracted = extractArticle(result.document);
    if (!extracted.ok) throw new Error(extracted.error.reason);
    articles.set(result.document.source, extracted.article);
  }
  return articles;
}

const files = [...new Set(Object.keys(expected).map((source) => source.replace(/#\d+$/, "")))];
const extracted = new Map(files.flatMap((file) => [...extractAll(file)]));

describe.each(Object.entries(expected))("%s", (source, want) => {
  const article = () => {
    const found = extracted.get(source);
    if (!found) throw new Error(`${source} produced no article`);
    return found;
  };

  it("has the stated metadata, and nothing guessed", () => {
    const got = article();
    expect({ title: got.title, outlet: got.outlet, authors: got.authors, published: got.published, language: got.language, encoding: got.encoding }).toEqual({
      title: want.title,
      outlet: want.outlet,
      authors: want.authors,
      published: want.published,
      language: want.language,
      encoding: want.encoding,
    });
  });

  it("keeps the article text", () => {
    for (const sentence of want.keep) expect(article().text).toContain(sentence);
  });

  it("drops the boilerplate", () => {
    for (const noise of want.drop) expect(article().text).not.toContain(noise);
  });
});

it("covers every example input", () => {
  expect(extracted.size).toBe(Object.keys(expected).length);
});
