import { describe, expect, it } from "vitest";
import { coverageOf } from "./coverage.js";

const at = (published: string | null, outlet: string) => ({ published, outlet });

describe("a story's coverage", () => {
  it("counts articles per day and outlet, with the empty days between them", () => {
    const coverage = coverageOf([at("2021-11-24T08:00:00Z", "Le Monde"), at("2021-11-24", "i24news"), at("2021-11-26", "Le Monde"), at(null, "Le Desk")]);
    expect(coverage.unit).toBe("day");
    expect(coverage.bins.map((bin) => [bin.start, bin.count])).toEqual([
      ["2021-11-24", 2],
      ["2021-11-25", 0],
      ["2021-11-26", 1],
    ]);
    expect(coverage.bins[0]!.outlets).toEqual([
      { outlet: "i24news", count: 1 },
      { outlet: "Le Monde", count: 1 },
    ]);
    expect(coverage.outlets[0]).toEqual({ outlet: "Le Monde", count: 2 });
    expect(coverage.undated).toBe(1);
  });

  it("counts per week over months and per month over years, weeks starting on Monday", () => {
    const weekly = coverageOf([at("2021-11-24", "A"), at("2022-02-02", "B")]);
    expect(weekly.unit).toBe("week");
    expect(weekly.bins[0]!.start).toBe("2021-11-22");
    expect(weekly.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(2);
    const monthly = coverageOf([at("2018-05-03", "A"), at("2021-11-24", "B")]);
    expect(monthly.unit).toBe("month");
    expect(monthly.bins[0]!.start).toBe("2018-05-01");
    expect(monthly.bins.at(-1)!.start).toBe("2021-11-01");
    expect(monthly.bins).toHaveLength(43);
  });

  it("has no bar when no article is dated", () => {
    expect(coverageOf([at(null, "A"), at("2021", "B")])).toMatchObject({ bins: [], undated: 2 });
  });

  it("counts grouped articles as many times as their group holds, as the articles one by one", () => {
    const one = [at("2021-11-24", "Le Monde"), at("2021-11-24", "Le Monde"), at("2021-11-24", "i24news"), at(null, "Le Desk"), at(null, "Le Desk")];
    const grouped = [{ ...at("2021-11-24", "Le Monde"), count: 2 }, at("2021-11-24", "i24news"), { ...at(null, "Le Desk"), count: 2 }];
    expect(coverageOf(grouped)).toEqual(coverageOf(one));
    expect(coverageOf(grouped).bins[0]).toEqual({ start: "2021-11-24", count: 3, outlets: [{ outlet: "Le Monde", count: 2 }, { outlet: "i24news", count: 1 }] });
  });
});
