import { describe, expect, it } from "vitest";
import { displayName } from "./corpus-entity-names.js";

describe("displayName", () => {
  it("shows the fullest name, whatever the order of arrival", () => {
    expect(displayName(["AMD", "Advanced Micro Devices", "AMD"])).toBe("Advanced Micro Devices");
    expect(displayName(["Advanced Micro Devices", "AMD"])).toBe("Advanced Micro Devices");
  });

  it("leaves out where the bearer belongs when a member writes the full name alone", () => {
    expect(displayName(["Williams", "Jamal Williams of the San Diego Chargers", "Jamal Williams"])).toBe("Jamal Williams");
    expect(displayName(["Tom Tennant", "Tom Tennant of the Woodburn Police Department"])).toBe("Tom Tennant");
  });

  it("keeps a complement that is the name's own", () => {
    expect(displayName(["Bank of America", "Bank"])).toBe("Bank of America");
    expect(displayName(["Jamal Williams of the San Diego Chargers", "Williams"])).toBe("Jamal Williams of the San Diego Chargers");
  });
});
