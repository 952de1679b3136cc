/** Country references through the whole annotation: a state's government named with the state's name is that state. */
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../../test/make-article.js";
import { annotateArticle } from "../../annotate-article.js";

function entitiesOf(text: string) {
  const { article } = makeArticle(text, { published: "2024-05-15", language: "fr" });
  return annotateArticle(article).annotations.entities;
}

describe("a state's government followed by the state's name", () => {
  it.each([
    ["Le gouvernement de la Norvège a condamné l'attaque.", "Le gouvernement de la Norvège", "Norvège"],
    ["Le gouvernement d'Israël a démenti.", "Le gouvernement d'Israël", "Israël"],
  ])("« %s » is the state", (text, phrase, state) => {
    const entity = entitiesOf(text).find((candidate) => candidate.mentions.some((mention) => mention.text === phrase));
    expect(entity).toMatchObject({ name: state, placeKind: "country" });
  });

  it.each([
    ["L'allié de la Norvège a condamné l'attaque.", "Norvège"],
    ["Le régime de Bachar al-Assad a tué des civils.", "Bachar al-Assad"],
  ])("« %s »: a partner or a ruler is not the state", (text, name) => {
    const entities = entitiesOf(text);
    expect(entities.filter((entity) => entity.placeKind === "country" && entity.mentions.length > 1)).toEqual([]);
    expect(entities.some((entity) => entity.name === name)).toBe(true);
  });
});

describe("« les deux pays »", () => {
  const holdersOf = (text: string, phrase: string) =>
    entitiesOf(text)
      .filter((entity) => entity.mentions.some((mention) => mention.text === phrase))
      .map((entity) => entity.name)
      .sort();

  it("is the last two states named, one of them only by its demonym", () => {
    expect(holdersOf("Le ministre israélien est arrivé au Maroc. Un accord a été conclu entre les deux pays.", "les deux pays")).toEqual(["Israël", "Maroc"]);
  });

  it("is one of the states named by its capital", () => {
    expect(holdersOf("La Norvège a reçu une délégation venue de Varsovie. Les échanges entre les deux pays progressent.", "les deux pays")).toEqual(["Norvège", "Pologne"]);
  });

  it("is no one when fewer than two states were named", () => {
    expect(holdersOf("Le Maroc a signé un accord. Les deux pays coopèrent.", "Les deux pays")).toEqual([]);
  });
});

describe("the head of a state's official name", () => {
  it("refers back to the state (« le royaume »), but an article opening an official name heads nothing", () => {
    const entities = entitiesOf("Les États-Unis ont condamné l'attaque. Les faits sont graves. Le Maroc a réagi. Le royaume a démenti.");
    const mentionsOf = (name: string) => entities.find((entity) => entity.name === name)?.mentions.map((mention) => mention.text);
    expect(mentionsOf("États-Unis")).toEqual(["États-Unis"]);
    expect(mentionsOf("Maroc")).toEqual(["Maroc", "Le royaume"]);
  });
});
