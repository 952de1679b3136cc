import { describe, expect, it } from "vitest";
import { readUrlList } from "./url-list.js";

describe("readUrlList", () => {
  it("reads one URL a line, skipping comments, blanks and duplicates", () => {
    const { urls, errors } = readUrlList("# my sources\nhttps://A.example/x#top\n\nhttp://b.example/y\nhttps://a.example/x\n");
    expect(urls).toEqual(["https://a.example/x", "http://b.example/y"]);
    expect(errors).toEqual([]);
  });

  it("reports invalid lines and unsupported schemes with their line numbers", () => {
    const { urls, errors } = readUrlList("not a url\nftp://files.example/a\nhttps://ok.example/\n");
    expect(urls).toEqual(["https://ok.example/"]);
    expect(errors.map((error) => error.reason)).toEqual([
      'line 1: "not a url" is not a URL.',
      "line 2: only http and https URLs can be fetched, not ftp:.",
    ]);
  });
});
