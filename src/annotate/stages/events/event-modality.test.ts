/**
 * Polarity and modality of events through the whole annotation: negated, planned, conditional,
 * reported (with who reports), and sentences that must stay asserted and positive.
 */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../../test/make-article.js";
import { annotateArticle } from "../../annotate-article.js";

function modalityOf(text: string, trigger: string, language = "fr") {
  const { article } = makeArticle(text, { published: "2024-05-15", language });
  const { annotations } = annotateArticle(article);
  const event = annotations.events.find((candidate) => candidate.trigger.text === trigger);
  if (!event) return null;
  const reporter = annotations.entities.find((entity) => entity.id === event.reportedBy)?.name ?? null;
  return { negated: event.negated, modality: event.modality, reported: event.reported, reporter };
}

describe("event polarity and modality in French", () => {
  it.each([
    ["L'Iran n'a jamais menacé Israël.", "menacé", { negated: true, modality: "asserted", reported: false }],
    ["Les soldats ont refusé de tirer sans sommation ; ils n'ont pas arrêté les manifestants.", "arrêté", { negated: true }],
    ["Le ministre devrait rencontrer Mahmoud Abbas la semaine prochaine.", "rencontrer", { negated: false, modality: "planned" }],
    ["Jonas Berg visitera Oslo en juin.", "visitera", { modality: "planned" }],
    ["Si l'Iran attaque Israël, les États-Unis riposteront.", "attaque", { modality: "conditional" }],
    ["Selon la BBC, la police a tué trois manifestants.", "tué", { negated: false, reported: true, reporter: "BBC" }],
    ["La police a arrêté Razan Ghazzawi, selon des militants.", "arrêté", { reported: true, reporter: "militants" }],
    ["Trois manifestants auraient été tués par la police.", "tués", { reported: true, reporter: null }],
  ])("« %s » %s", (text, trigger, expected) => {
    expect(modalityOf(text, trigger)).toMatchObject(expected);
  });

  it.each([
    ["La police a arrêté trois manifestants mardi.", "arrêté"],
    ["Le Maroc et Israël ont signé un accord non contraignant.", "signé"],
    ["Les manifestants, qui n'étaient pas armés, ont été tués par l'armée.", "tués"],
    ["Jonas Berg s'est entretenu au téléphone avec Mette Lund jeudi.", "entretenu au téléphone"],
  ])("« %s »: %s stays asserted by the article", (text, trigger) => {
    expect(modalityOf(text, trigger)).toEqual({ negated: false, modality: "asserted", reported: false, reporter: null });
  });
});

describe("event polarity and modality in English", () => {
  it.each([
    ["Comey never wrote that he felt obstructed or threatened.", "threatened", { negated: true }],
    ["Israel did not attack Gaza.", "attack", { negated: true }],
    ["The minister will visit Jordan next week.", "visit", { modality: "planned" }],
    ["If Iran attacks Israel, the United States will respond.", "attacks", { modality: "conditional" }],
    ["According to Reuters, the army killed three civilians.", "killed", { reported: true, reporter: "Reuters" }],
    ["The rebels reportedly attacked the convoy.", "attacked", { reported: true, reporter: null }],
  ])("“%s” %s", (text, trigger, expected) => {
    expect(modalityOf(text, trigger, "en")).toMatchObject(expected);
  });

  it.each([
    ["Police arrested dozens of activists on Friday.", "arrested"],
    ["Norway and Denmark signed a non-binding agreement.", "signed"],
  ])("“%s”: %s stays asserted by the article", (text, trigger) => {
    expect(modalityOf(text, trigger, "en")).toEqual({ negated: false, modality: "asserted", reported: false, reporter: null });
  });
});
