import { describe, expect, it } from "vitest";
import { findRegressions } from "./pinned.js";

describe("findRegressions", () => {
  const pinned = {
    "seeds.f1": { value: 0.9, better: "higher" as const },
    "seeds.leaked": { value: 0, better: "lower" as const },
  };

  it("accepts scores at or above their floor", () => {
    expect(findRegressions(pinned, { "seeds.f1": 0.93, "seeds.leaked": 0 })).toEqual([]);
  });

  it("flags a drop, a rise in an error count and a missing metric", () => {
    expect(findRegressions(pinned, { "seeds.f1": 0.85, "seeds.leaked": 1 }).map((r) => r.metric)).toEqual([
      "seeds.f1",
      "seeds.leaked",
    ]);
    expect(findRegressions(pinned, { "seeds.leaked": 0 })).toEqual([{ metric: "seeds.f1", pinned: 0.9, reached: undefined }]);
  });
});
