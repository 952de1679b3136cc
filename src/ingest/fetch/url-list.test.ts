import { describe, expect, it } from "vitest";
import { parseFetchableUrl, readUrlList } from "./url-list.js";

describe("readUrlList", () => {
  it("reads one URL a line, skipping comments, blanks and duplicates", () => {
    const { urls, errors } = readUrlList("# my sources\nhttps://A.example/x#top\n\nhttp://b.example/y\nhttps://a.example/x\n");
    expect(urls).toEqual(["https://a.example/x", "http://b.example/y"]);
    expect(errors).toEqual([]);
  });

  it("reports invalid lines and unsupported schemes as outcomes naming the list and the line", () => {
    const { urls, errors } = readUrlList("not a url\nftp://files.example/a\nhttps://ok.example/\nhttp://[::1\n", "urls.txt");
    expect(urls).toEqual(["https://ok.example/"]);
    expect(errors.map((error) => [error.source, error.error.reason])).toEqual([
      ["urls.txt:1", 'urls.txt line 1: "not a url" is not a valid URL; fix or remove the line.'],
      ["urls.txt:2", "urls.txt line 2: only http and https URLs can be fetched, not ftp:; fix or remove the line."],
      ["urls.txt:4", 'urls.txt line 4: "http://[::1" is not a valid URL; fix or remove the line.'],
    ]);
  });
});

describe("parseFetchableUrl", () => {
  it("refuses a malformed host instead of throwing", () => {
    expect(parseFetchableUrl("http://[::1")).toEqual({ reason: '"http://[::1" is not a valid URL' });
    expect(parseFetchableUrl("HTTP://Example.ORG/a#b")).toEqual({ url: "http://example.org/a" });
  });
});
