import { describe, expect, it } from "vitest";
import { detectLanguage, normalizeLanguageTag } from "./detect-language.js";

describe("detectLanguage", () => {
  it.each([
    ["La commission régionale a voté mardi un budget de soutien aux agriculteurs touchés par la sécheresse.", "fr"],
    ["The regional council approved on Tuesday a support budget for farmers hit by the drought.", "en"],
    ["El consejo regional aprobó el martes un presupuesto de apoyo a los agricultores afectados.", "es"],
  ])("identifies %s as %s", (text, expected) => {
    expect(detectLanguage(text).language).toBe(expected);
  });

  it("refuses to guess on a few letters", () => {
    const guess = detectLanguage("AFP, 12:04");
    expect(guess.language).toBeNull();
    expect(guess.messages[0]?.ruleId).toBe("language-unknown");
  });

  it("keeps a stated language when the text is too short", () => {
    expect(detectLanguage("Oui.", "fr-FR").language).toBe("fr");
  });

  it("reports a wrong declaration and trusts the text", () => {
    const guess = detectLanguage(
      "Le conseil municipal a adopté hier soir le nouveau plan de circulation du centre-ville après trois heures de débat.",
      "en",
    );
    expect(guess.language).toBe("fr");
    expect(guess.messages.map((m) => m.ruleId)).toEqual(["language-declaration-wrong"]);
  });
});

describe("normalizeLanguageTag", () => {
  it.each([
    ["fr-FR", "fr"],
    ["EN", "en"],
    ["fr_CA", "fr"],
    ["not a tag", null],
    ["", null],
  ])("%s → %s", (tag, expected) => {
    expect(normalizeLanguageTag(tag)).toBe(expected);
  });
});
