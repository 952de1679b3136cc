import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo.js";

describe("boundedMemo", () => {
  it("computes each input once while it is remembered, and forgets all when full", () => {
    const calls: string[] = [];
    const upper = boundedMemo((input) => {
      calls.push(input);
      return input.toUpperCase();
    }, 2);
    expect([upper("a"), upper("b"), upper("a")]).toEqual(["A", "B", "A"]);
    expect(calls).toEqual(["a", "b"]);
    expect(upper("c")).toBe("C");
    expect(upper("a")).toBe("A");
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
