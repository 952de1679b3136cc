import { describe, expect, it } from "vitest";
import { segment, within, type Mark } from "./segments.js";

const mark = (start: number, end: number, className: string): Mark => ({ start, end, className, label: className });

describe("segment", () => {
  const text = "« Nous avons signé », a déclaré Lena Varga mercredi.";

  it("cuts nested and overlapping marks into runs that cover the text once, in order", () => {
    const quote = mark(0, 19, "quote");
    const person = mark(32, 42, "ent");
    const event = mark(0, 51, "event");
    const runs = segment(text.length, [person, quote, event]);
    expect(runs.map((run) => text.slice(run.start, run.end)).join("")).toBe(text);
    expect(runs.find((run) => text.slice(run.start, run.end) === "Lena Varga")!.marks.map((m) => m.className).sort()).toEqual(["ent", "event"]);
    expect(runs[0]!.marks.map((m) => m.className).sort()).toEqual(["event", "quote"]);
    expect(runs.at(-1)!.marks).toEqual([]);
  });

  it("drops marks outside the text or empty, and gives one plain run without marks", () => {
    expect(segment(10, [mark(5, 5, "empty"), mark(8, 40, "beyond")])).toEqual([{ start: 0, end: 10, marks: [] }]);
    expect(segment(0, [])).toEqual([]);
  });
});

describe("within", () => {
  it("clips runs to a range, cutting the runs that cross its ends", () => {
    const runs = segment(20, [{ start: 2, end: 12, className: "quote", label: "q" }]);
    expect(within(runs, 0, 8).map((run) => [run.start, run.end, run.marks.length])).toEqual([
      [0, 2, 0],
      [2, 8, 1],
    ]);
    expect(within(runs, 10, 20).map((run) => [run.start, run.end, run.marks.length])).toEqual([
      [10, 12, 1],
      [12, 20, 0],
    ]);
  });
});
