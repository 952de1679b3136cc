import { describe, expect, it } from "vitest";
import { dateMatches, hostMatches, parseDateBound, parseFilterHost, parseWarcFilter } from "./warc-filter.js";

describe("parseFilterHost", () => {
  it.each([
    ["lemonde.fr", "lemonde.fr"],
    ["WWW.LeMonde.fr", "www.lemonde.fr"],
    [".lemonde.fr", "lemonde.fr"],
    ["*.lemonde.fr", "lemonde.fr"],
    ["https://www.lemonde.fr/", "www.lemonde.fr"],
    ["zeit.de.", "zeit.de"],
    ["süddeutsche.de", "xn--sddeutsche-9db.de"],
  ])("reads %s as %s", (value, host) => expect(parseFilterHost(value)).toBe(host));

  it.each(["", "lemonde.fr/politique", "a b.fr", "user@lemonde.fr", "lemonde.fr:8080"])("refuses %j with a reason naming it", (value) => {
    expect(() => parseFilterHost(value)).toThrow(`"${value}" is not a host name; give one such as lemonde.fr (its subdomains match too).`);
  });
});

describe("hostMatches", () => {
  it("matches the host and its subdomains, not hosts that merely end alike", () => {
    expect(hostMatches("https://www.lemonde.fr/a", ["lemonde.fr"])).toBe(true);
    expect(hostMatches("https://lemonde.fr/a", ["lemonde.fr"])).toBe(true);
    expect(hostMatches("https://notlemonde.fr/a", ["lemonde.fr"])).toBe(false);
    expect(hostMatches("https://lemonde.fr.example.com/a", ["lemonde.fr"])).toBe(false);
    expect(hostMatches("https://www.süddeutsche.de/", [parseFilterHost("süddeutsche.de")])).toBe(true);
    expect(hostMatches("not a url", ["lemonde.fr"])).toBe(false);
  });
});

describe("parseDateBound", () => {
  const iso = (time: number) => new Date(time).toISOString();
  it("starts --from at the beginning of the period and ends --to with it", () => {
    expect(iso(parseDateBound("2024", "from"))).toBe("2024-01-01T00:00:00.000Z");
    expect(iso(parseDateBound("2024", "to"))).toBe("2025-01-01T00:00:00.000Z");
    expect(iso(parseDateBound("2024-02", "to"))).toBe("2024-03-01T00:00:00.000Z");
    expect(iso(parseDateBound("2024-12-31", "to"))).toBe("2025-01-01T00:00:00.000Z");
    expect(iso(parseDateBound("2024-03-05T10:00:00Z", "from"))).toBe("2024-03-05T10:00:00.000Z");
    expect(iso(parseDateBound("2024-03-05T10:00", "from"))).toBe("2024-03-05T10:00:00.000Z");
    expect(iso(parseDateBound("2024-03-05T12:00:00+02:00", "from"))).toBe("2024-03-05T10:00:00.000Z");
  });

  it("includes both ends", () => {
    const filter = { from: parseDateBound("2024-03-05", "from"), to: parseDateBound("2024-03-05", "to") };
    expect(dateMatches(Date.parse("2024-03-05T00:00:00Z"), filter)).toBe(true);
    expect(dateMatches(Date.parse("2024-03-05T23:59:59Z"), filter)).toBe(true);
    expect(dateMatches(Date.parse("2024-03-06T00:00:00Z"), filter)).toBe(false);
    expect(dateMatches(Date.parse("2024-03-04T23:59:59Z"), filter)).toBe(false);
    expect(dateMatches(Number.NaN, filter)).toBe(false);
    expect(dateMatches(Number.NaN, {})).toBe(true);
  });

  it.each(["2024-13", "2024-02-30", "yesterday", "05/03/2024", "2024-3-5", "2024-03-05T25:00Z"])("refuses %j", (value) => {
    expect(() => parseDateBound(value, "from")).toThrow(`"${value}" is not a date; give YYYY, YYYY-MM, YYYY-MM-DD or a date-time such as 2024-03-01T12:00:00Z.`);
  });
});

describe("parseWarcFilter", () => {
  it("reads hosts given as lists or one by one, and both bounds, as analyze's options do", () => {
    expect(parseWarcFilter({ hosts: ["lemonde.fr,https://www.zeit.de/", "*.bbc.co.uk"], from: "2024-03", to: "2024-03-31" })).toEqual({
      hosts: ["lemonde.fr", "www.zeit.de", "bbc.co.uk"],
      from: Date.UTC(2024, 2, 1),
      to: Date.UTC(2024, 3, 1),
    });
    expect(parseWarcFilter({})).toEqual({});
  });

  it("refuses dates that leave nothing to match, naming the bounds as the caller calls them", () => {
    expect(() => parseWarcFilter({ from: "2024-03-08", to: "2024-03-01" })).toThrow("--from is after --to: no record can match; swap them.");
    expect(() => parseWarcFilter({ from: "2024-03-08", to: "2024-03-01" }, { from: "from", to: "to" })).toThrow("from is after to: no record can match; swap them.");
    expect(() => parseWarcFilter({ hosts: [" , "] })).toThrow("give at least one host, such as lemonde.fr.");
  });
});
